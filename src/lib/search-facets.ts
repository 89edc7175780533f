import type { SheetSummary } from './sheet-index';
import { SHEET_KINDS } from './sheet-kinds';
import { filterTerritoryNames, type TerritoryEntry } from './territories';

/** The Pagefind filters of a sheet: each key maps to the values shown to readers. */
export interface SearchFacets {
  /** « Atelier », « Exemple local »… */
  kind: string[];
  /** Theme names. */
  theme: string[];
  /**
   * Territory names, métropoles filed under their département too; a regional or national sheet
   * applies everywhere, so it is filed under every département as well.
   */
  territoire: string[];
  /** « Toute la région » (regional or national scope), « Locale » (only départements or métropoles). */
  portee: string[];
  /** « Axe 3 — … » for measures and examples, « Pacte axe 1 — … » for pacte actions. */
  axe: string[];
  /** Short title of the source document. */
  source: string[];
}

/** The filter keys in the order the search page shows them, with their French labels. */
export const FACET_LABELS: Record<keyof SearchFacets, string> = {
  kind: 'Type de fiche',
  theme: 'Thème',
  territoire: 'Territoire',
  portee: 'Portée',
  axe: 'Axe',
  source: 'Source',
};

/**
 * Computes the search filters of a sheet.
 * @param sheet the sheet.
 * @param lookups names of themes and territories by id.
 * @param extra axis and source labels.
 */
export function sheetFacets(
  sheet: Pick<SheetSummary, 'kind' | 'territories' | 'themes'>,
  lookups: { themes: ReadonlyMap<string, { data: { name: string } }>; territories: ReadonlyMap<string, TerritoryEntry> },
  extra: { axis?: string | undefined; source: string },
): SearchFacets {
  return {
    kind: [SHEET_KINDS[sheet.kind].label],
    theme: sheet.themes.map((id) => {
      const theme = lookups.themes.get(id);
      if (!theme) throw new Error(`Thème inconnu : ${id}`);
      return theme.data.name;
    }),
    territoire: territoryFilter(sheet.territories, lookups.territories),
    portee: scopeValues(sheet.territories, lookups.territories),
    axe: extra.axis ? [extra.axis] : [],
    source: [extra.source],
  };
}

/** Values of the « portée » facet. */
export const SCOPE_LOCAL = 'Locale';
export const SCOPE_WIDE = 'Toute la région';

function isWide(ids: readonly string[], all: ReadonlyMap<string, TerritoryEntry>): boolean {
  return ids.some((id) => ['region', 'national'].includes(all.get(id)?.data.kind ?? ''));
}

/**
 * « Toute la région » for a sheet of regional or national scope (even when it also names
 * départements: it applies everywhere), « Locale » otherwise; so that « Locale » with a territory
 * filter gives exactly the sheets of that territory.
 */
export function scopeValues(ids: readonly string[], all: ReadonlyMap<string, TerritoryEntry>): string[] {
  return [isWide(ids, all) ? SCOPE_WIDE : SCOPE_LOCAL];
}

/**
 * The territory filter values of a sheet: its own territories (with the départements of its
 * métropoles), and every département when the sheet has a regional or national scope, so that
 * « cantine » filtered on the Gers finds the regional canteen aid.
 */
export function territoryFilter(ids: readonly string[], all: ReadonlyMap<string, TerritoryEntry>): string[] {
  const own = filterTerritoryNames(ids, all);
  if (!isWide(ids, all)) return own;
  const departements = [...all.values()].filter((t) => t.data.kind === 'departement').map((t) => t.id);
  return filterTerritoryNames([...new Set([...ids, ...departements])], all);
}
