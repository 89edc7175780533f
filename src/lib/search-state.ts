/** The state of a search, kept in the page URL so a search can be bookmarked and sent by e-mail. */

/** The filter keys, in the order the search page shows them. */
export const FILTER_KEYS = ['kind', 'theme', 'territoire', 'axe', 'source', 'financeur'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  /** The words typed (may be empty: browsing by filters). */
  q: string;
  /** Selected values per filter key. */
  filters: Record<FilterKey, string[]>;
}

/** A state with no query and no filter. */
export function emptyState(): SearchState {
  return { q: '', filters: { kind: [], theme: [], territoire: [], axe: [], source: [], financeur: [] } };
}

/** Reads a state from URL parameters: `?q=cantine&territoire=Lot&theme=Mobilité`. Unknown keys are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const key of FILTER_KEYS) {
    state.filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  }
  return state;
}

/** Writes a state as URL parameters, in a stable order (query first, then filters in key order). */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  return params;
}

/** Whether the state asks for anything (a query or at least one filter). */
export function hasCriteria(state: SearchState): boolean {
  return state.q.length > 0 || FILTER_KEYS.some((k) => state.filters[k].length > 0);
}

/**
 * The Pagefind filter object: values of one key are alternatives (any), keys combine (all).
 */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) out[key] = { any: [...state.filters[key]] };
  return out;
}

/**
 * Orders the values of a filter for display: by the given reference order (territories in INSEE
 * order, kinds in site order…), then alphabetically in French for values not in it.
 */
export function orderValues(values: readonly string[], reference: readonly string[] = []): string[] {
  const rank = new Map(reference.map((v, i) => [v, i]));
  const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
  return [...values].sort((a, b) => {
    const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || collator.compare(a, b);
  });
}

/** « 1 résultat », « 12 résultats », « Aucun résultat ». */
export function resultCountLabel(count: number): string {
  if (count === 0) return 'Aucun résultat';
  return `${new Intl.NumberFormat('fr-FR').format(count)}\u00A0résultat${count > 1 ? 's' : ''}`;
}

/** The same state without one filter value (for « retirer ce filtre »). */
export function withoutFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  return { q: state.q, filters: { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) } };
}
