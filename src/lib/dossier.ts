/**
 * What a printed dossier shows around its sheets: the anchor of each sheet, the dates of the
 * information of its sources, and a search selection described in French. Pure functions, shared by
 * the static dossiers (src/layouts/DossierLayout.astro) and the dossier of a search (/dossier/).
 */
import { FILTER_KEYS, type FilterKey, type SearchState } from './search-state';

/** The id of a sheet inside a dossier (« exemple:x » → « fiche-exemple-x »), for the table of contents. */
export function dossierAnchor(key: string): string {
  return `fiche-${key.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * The dates of the information of a dossier: one line per source document, « <titre> : informations
 * de juin 2023 », in the order the sheets first cite them, without duplicates.
 */
export function informationLines(sources: readonly { title: string; date: string }[]): string[] {
  const seen = new Map<string, string>();
  for (const s of sources) if (!seen.has(s.title)) seen.set(s.title, s.date);
  return [...seen].map(([title, date]) => `${title}\u00A0: informations de ${date}`);
}

/** A search selection in words, one line per criterion: « Recherche : « cantine » », « Thème : Alimentation ». */
export function describeSearch(state: SearchState, labels: Record<FilterKey, string>): string[] {
  const lines: string[] = [];
  if (state.q) lines.push(`Recherche\u00A0: «\u00A0${state.q}\u00A0»`);
  for (const key of FILTER_KEYS) {
    const values = state.filters[key];
    if (values.length > 0) lines.push(`${labels[key]}\u00A0: ${values.join(' ou ')}`);
  }
  return lines;
}
