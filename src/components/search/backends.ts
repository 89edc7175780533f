import { excerptHtml, filterCounts, prepare, searchOffline, type OfflineRecord } from '../../lib/offline-search';
import type { SearchState } from '../../lib/search-state';
import { toPagefindFilters } from '../../lib/search-state';

/** What a result shows. */
export interface ResultData {
  url: string;
  /** HTML with only <mark> around matches (escaped text otherwise). */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A search engine: Pagefind on the hosted site, the shipped index in the offline edition. */
export interface SearchBackend {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(state: SearchState): Promise<{ data(): Promise<ResultData> }[]>;
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o: { filters: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

/** Pagefind, loaded on first use from /pagefind/. */
export async function pagefindBackend(): Promise<SearchBackend> {
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  return {
    filters: () => pagefind.filters(),
    search: async (state) => (await pagefind.search(state.q || null, { filters: toPagefindFilters(state) })).results,
  };
}

/** The offline index (search-index.js sets window.ATLAS_SEARCH_INDEX). */
export function offlineBackend(records: OfflineRecord[]): SearchBackend {
  const prepared = prepare(records);
  const counts = filterCounts(records);
  return {
    filters: async () => counts,
    search: async (state) =>
      searchOffline(prepared, state.q, state.filters).map((r) => ({
        data: async () => ({
          url: r.url,
          excerpt: excerptHtml(r.text, state.q),
          meta: { title: r.title, kind: r.kind, place: r.place },
        }),
      })),
  };
}

declare global {
  interface Window {
    ATLAS_SEARCH_INDEX?: OfflineRecord[];
  }
}

/** The backend for this page: the shipped index when present, else Pagefind. */
export function chooseBackend(): Promise<SearchBackend> {
  return window.ATLAS_SEARCH_INDEX ? Promise.resolve(offlineBackend(window.ATLAS_SEARCH_INDEX)) : pagefindBackend();
}
