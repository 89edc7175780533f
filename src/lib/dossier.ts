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

/**
 * How many sheets a printable dossier reprints in full. Above it, a dossier is a commented list — each
 * sheet's kind, title, summary, place, source and address, without its body: a dossier of thousands of
 * pages is not printed, and on a large edition reprinting every sheet in each dossier that holds it (its
 * themes, its département, each of their combinations, and for a sheet valid in the whole région each of
 * the 13 départements) made most of the site's bytes. The real content's largest dossier has about a
 * hundred sheets, all printed in full.
 */
export const DOSSIER_IN_FULL_MAX = 150;

/** How a part of a dossier prints its sheets: in full, or in brief. */
export type DossierForm = 'full' | 'brief';

/**
 * How a dossier prints its sheets, given how many are its own (`local`: the département's, or all those of
 * a theme) and how many are valid in the whole région (printed after them): its own sheets in full while
 * they are at most `max`, the regional ones in full only while the whole dossier is.
 */
export function dossierForms(
  local: number,
  regional: number,
  max: number = DOSSIER_IN_FULL_MAX,
): { local: DossierForm; regional: DossierForm } {
  return { local: local <= max ? 'full' : 'brief', regional: local + regional <= max ? 'full' : 'brief' };
}

/**
 * The limit of sheets printed in full: DOSSIER_IN_FULL_MAX, or ATLAS_DOSSIER_IN_FULL_MAX (a whole number)
 * so that a test build can exercise the brief form with the real content. Build-time only.
 */
export function inFullMax(value: string | undefined): number {
  if (value === undefined || value === '') return DOSSIER_IN_FULL_MAX;
  if (!/^\d+$/.test(value)) throw new Error(`ATLAS_DOSSIER_IN_FULL_MAX : nombre entier attendu, « ${value} » reçu`);
  return Number(value);
}
