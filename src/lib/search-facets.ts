import { FACET_LABELS, facetValues, type FacetContext, type FacetValues } from './facets';
import { SHEET_KINDS, SHEET_KIND_IDS, type SheetKind, type SheetSummary } from './sheet-kinds';
import { byTerritoryOrder, type TerritoryEntry } from './territories';
import { filterTerritoryNames, isRegionWide } from './selection';
import { byOrder } from './order';
import { funderNames, NO_FUNDER } from './funding-table';

/** The Pagefind filters of a sheet: each facet key (src/lib/facets.ts) maps to the values shown to readers. */
export type SearchFacets = FacetValues;
export { FACET_LABELS };

/** The lookups a facet context is built from. */
export interface FacetLookups {
  themes: ReadonlyMap<string, { id: string; data: { name: string; order: number } }>;
  territories: ReadonlyMap<string, TerritoryEntry>;
  sources: ReadonlyMap<string, { data: { shortTitle: string; order: number } }>;
}

/** Builds the resolvers of the facets from the reference collections. */
export function facetContext(lookups: FacetLookups): FacetContext {
  let ctx = contexts.get(lookups);
  if (!ctx) contexts.set(lookups, (ctx = buildContext(lookups)));
  return ctx;
}
const contexts = new WeakMap<FacetLookups, FacetContext>();

function buildContext(lookups: FacetLookups): FacetContext {
  return {
    kindLabel: (kind) => SHEET_KINDS[kind as SheetKind].facet,
    themeNames: (ids) =>
      ids.map((id) => {
        const theme = lookups.themes.get(id);
        if (!theme) throw new Error(`Thème inconnu : ${id}`);
        return theme.data.name;
      }),
    territoryNames: (ids) => territoryFilter(ids, lookups.territories),
    scope: (ids) => scopeValues(ids, lookups.territories),
    kinds: SHEET_KIND_IDS.map((k) => SHEET_KINDS[k].facet),
    themes: [...lookups.themes.values()].sort(byOrder).map((t) => t.data.name),
    territories: [...lookups.territories.values()].sort(byTerritoryOrder).map((t) => t.data.name),
    sources: [...lookups.sources.values()].sort(byOrder).map((s) => s.data.shortTitle),
    scopes: [SCOPE_LOCAL, SCOPE_WIDE],
  };
}

/** The funders of a list of typed amounts, once each, in order of appearance (unnamed ones left out). */
export function fundingFacet(amounts: readonly { funder?: string | undefined }[]): string[] {
  return [...new Set(amounts.flatMap((a) => funderNames(a.funder)))].filter((f) => f !== NO_FUNDER);
}

/**
 * Computes the search filters of a sheet.
 * @param sheet the sheet.
 * @param lookups themes, territories and sources by id.
 * @param extra axis and source labels.
 */
export function sheetFacets(
  sheet: Pick<SheetSummary, 'kind' | 'territories' | 'themes'>,
  lookups: FacetLookups,
  extra: { axis?: string | undefined; source: string; funders?: readonly string[] | undefined },
): SearchFacets {
  return facetValues({ ...sheet, ...extra }, facetContext(lookups));
}

/** Values of the « portée » facet. */
export const SCOPE_LOCAL = 'Locale';
export const SCOPE_WIDE = 'Toute la région';

/**
 * « Toute la région » for a sheet of regional or national scope (even when it also names
 * départements: it applies everywhere), « Locale » otherwise; so that « Locale » with a territory
 * filter gives exactly the sheets of that territory. Same rule as the département pages (src/lib/selection.ts).
 */
export function scopeValues(ids: readonly string[], all: ReadonlyMap<string, TerritoryEntry>): string[] {
  return [isRegionWide({ territories: [...ids] }, all) ? SCOPE_WIDE : SCOPE_LOCAL];
}

/**
 * The territory filter values of a sheet: its own territories (with the départements of its
 * métropoles), and every département when the sheet has a regional or national scope, so that
 * « cantine » filtered on the Gers finds the regional canteen aid.
 */
export function territoryFilter(ids: readonly string[], all: ReadonlyMap<string, TerritoryEntry>): string[] {
  const own = filterTerritoryNames(ids, all);
  if (!isRegionWide({ territories: [...ids] }, all)) return own;
  const departements = [...all.values()].filter((t) => t.data.kind === 'departement').map((t) => t.id);
  return filterTerritoryNames([...new Set([...ids, ...departements])], all);
}
