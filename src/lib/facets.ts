/**
 * THE search facets, declared once: key, French label, URL parameter, value source and order of
 * values. Pages (data-pagefind-filter), the Pagefind and offline indexes, the search page, its URL
 * state and the offline search all read this list. A leaf module (no import), small enough for the
 * browser bundle of the search page.
 *
 * To add a facet: one entry here, and the resolver it needs in `FacetContext` (src/lib/search-facets.ts).
 */

/** What a facet value function may read of a sheet. */
export interface FacetSheet {
  kind: string;
  territories: readonly string[];
  themes: readonly string[];
  /** Label of the strategy or pacte axis, for measures, examples and pacte actions. */
  axis?: string | undefined;
  /** Short title of the source document. */
  source: string;
  /** Funders of the sheet's typed amounts (« État », « CAF »), as in the Financements table. */
  funders?: readonly string[] | undefined;
}

/** Resolvers the value and order functions use (built at build time from the collections). */
export interface FacetContext {
  /** « Atelier », « Exemple local »: the facet value of a kind (registry). */
  kindLabel: (kind: string) => string;
  /** Theme names of theme ids. */
  themeNames: (ids: readonly string[]) => string[];
  /** Territory names for filters (a métropole is filed under its département too; a regional or national sheet under every département). */
  territoryNames: (ids: readonly string[]) => string[];
  /** « Locale » or « Toute la région » for the territories of a sheet. */
  scope: (ids: readonly string[]) => string[];
  /** Reference orders of values. */
  kinds: readonly string[];
  themes: readonly string[];
  territories: readonly string[];
  sources: readonly string[];
  scopes: readonly string[];
}

/** One facet. */
export interface Facet {
  /** Key of the Pagefind filter. */
  key: string;
  /** French label on the search page. */
  label: string;
  /** Parameter in the search page URL (`/recherche/?territoire=Lot`). */
  param: string;
  /** The values of a sheet. */
  values: (sheet: FacetSheet, ctx: FacetContext) => string[];
  /** Reference order of values on the search page (then French alphabetical order). */
  order: (ctx: FacetContext) => readonly string[];
  /** Open on the search page even when nothing is selected. */
  open?: boolean;
}

/** The facets, in the order the search page shows them. */
export const FACETS = [
  {
    key: 'kind',
    label: 'Type de fiche',
    param: 'kind',
    values: (s, c) => [c.kindLabel(s.kind)],
    order: (c) => c.kinds,
    open: true,
  },
  { key: 'theme', label: 'Thème', param: 'theme', values: (s, c) => c.themeNames(s.themes), order: (c) => c.themes },
  {
    key: 'territoire',
    label: 'Territoire',
    param: 'territoire',
    values: (s, c) => c.territoryNames(s.territories),
    order: (c) => c.territories,
  },
  { key: 'portee', label: 'Portée', param: 'portee', values: (s, c) => c.scope(s.territories), order: (c) => c.scopes },
  { key: 'axe', label: 'Axe', param: 'axe', values: (s) => (s.axis ? [s.axis] : []), order: () => [] },
  { key: 'source', label: 'Source', param: 'source', values: (s) => [s.source], order: (c) => c.sources },
  { key: 'financeur', label: 'Financeur', param: 'financeur', values: (s) => [...(s.funders ?? [])], order: () => [] },
] as const satisfies readonly Facet[];

export type FacetKey = (typeof FACETS)[number]['key'];
/** The facet keys, in display order. */
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);
/** The French label of each facet. */
export const FACET_LABELS = Object.fromEntries(FACETS.map((f) => [f.key, f.label])) as Record<FacetKey, string>;
/** The URL parameter of each facet. */
export const FACET_PARAMS = Object.fromEntries(FACETS.map((f) => [f.key, f.param])) as Record<FacetKey, string>;
/** The values of every facet of a sheet, by key. */
export type FacetValues = Record<FacetKey, string[]>;

/** Computes the facet values of a sheet. */
export function facetValues(sheet: FacetSheet, ctx: FacetContext): FacetValues {
  return Object.fromEntries(FACETS.map((f) => [f.key, f.values(sheet, ctx)])) as FacetValues;
}

/** The reference order of each facet's values. */
export function facetOrders(ctx: FacetContext): Record<FacetKey, string[]> {
  return Object.fromEntries(FACETS.map((f) => [f.key, [...f.order(ctx)]])) as Record<FacetKey, string[]>;
}
