import { FACET_LABELS, facetValues, type FacetContext, type FacetValues } from './facets';
import { SHEET_KINDS, SHEET_KIND_IDS, type SheetKind, type SheetSummary } from './sheet-kinds';
import { byTerritoryOrder, type TerritoryEntry } from './territories';
import { filterTerritoryNames } from './selection';
import { byOrder } from './order';

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
    territoryNames: (ids) => filterTerritoryNames(ids, lookups.territories),
    kinds: SHEET_KIND_IDS.map((k) => SHEET_KINDS[k].facet),
    themes: [...lookups.themes.values()].sort(byOrder).map((t) => t.data.name),
    territories: [...lookups.territories.values()].sort(byTerritoryOrder).map((t) => t.data.name),
    sources: [...lookups.sources.values()].sort(byOrder).map((s) => s.data.shortTitle),
  };
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
  extra: { axis?: string | undefined; source: string },
): SearchFacets {
  return facetValues({ ...sheet, ...extra }, facetContext(lookups));
}
