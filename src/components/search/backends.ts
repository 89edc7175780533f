import { excerptHtml, filterCounts, prepare, searchOffline, type OfflineRecord } from '../../lib/offline-search';
import type { SearchState } from '../../lib/search-state';
import { toPagefindFilters } from '../../lib/search-state';
import { isGenuineMatch } from '../../lib/search-match';

/** One result, with what it shows and the filter values it carries. */
export interface Hit {
  url: string;
  /** HTML with only <mark> around matches (escaped text otherwise). */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Partial<Record<string, string[]>>;
}

/** A search engine: Pagefind on the hosted site, the shipped index in the offline edition. */
export interface SearchBackend {
  /** Counts of every filter value over the whole site (shown before any search). */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Every result of a search, in relevance order, only real matches of the words typed. */
  search(state: SearchState): Promise<Hit[]>;
}

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o: { filters: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

/**
 * Pagefind, loaded on first use from /pagefind/. Every result's data is read (Pagefind caches the
 * fragments) to drop the results found only through a truncated form of a query word.
 */
export async function pagefindBackend(): Promise<SearchBackend> {
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  return {
    filters: () => pagefind.filters(),
    search: async (state) => {
      const found = await pagefind.search(state.q || null, { filters: toPagefindFilters(state) });
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data
        .filter((d) => !state.q || isGenuineMatch(d.content, d.locations, state.q))
        .map((d) => ({ url: d.url, excerpt: d.excerpt, meta: d.meta, filters: d.filters }));
    },
  };
}

/** The offline index (search-index.js sets window.ATLAS_SEARCH_INDEX): whole-word prefixes only, nothing to drop. */
export function offlineBackend(records: OfflineRecord[]): SearchBackend {
  const prepared = prepare(records);
  const counts = filterCounts(records);
  return {
    filters: async () => counts,
    search: async (state) =>
      searchOffline(prepared, state.q, state.filters).map((r) => ({
        url: r.url,
        excerpt: excerptHtml(r.text, state.q),
        meta: { title: r.title, kind: r.kind, place: r.place },
        filters: r.filters,
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
