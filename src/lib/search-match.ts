/**
 * Search results that do not lie: Pagefind, when a word is not in its index (a commune no sheet
 * names), falls back to shorter and shorter prefixes of it (« Mirande » → « M€ », « Mende » →
 * « mener », « Foix » → « foyer »). These functions check each result against the words typed, count
 * the filters of the results kept, sort them, and find next steps when nothing is left.
 */
import { FILTER_KEYS, type FilterKey, type SortOrder } from './search-state';

/** Lowercase, no accents, punctuation as spaces (the same folding as the offline index). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9€]+/g, ' ')
    .trim();
}

/** Words the check ignores: they carry no meaning of their own in a query. */
const STOP_WORDS = new Set(
  'a au aux d de des du en et l la le les pour par sur dans un une ou avec sans mon ma mes ce cette ces qui que'.split(' '),
);

/** The meaningful words of a query, folded. */
export function meaningfulWords(query: string): string[] {
  return [
    ...new Set(
      fold(query)
        .split(' ')
        .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
    ),
  ];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * How much of a query word a found word must share for a real match: the whole word up to four
 * letters, otherwise at least 60 % of it and four letters (« cantine » finds « cantines »,
 * « enfants » finds « enfance », « Mende » does not find « mener »).
 */
export function neededPrefix(word: string): number {
  return word.length <= 4 ? word.length : Math.max(4, Math.ceil(word.length * 0.6));
}

/** Whether one found word is a real match of a query word. */
export function wordMatches(queryWord: string, found: string): boolean {
  return fold(found)
    .split(' ')
    .some((piece) => commonPrefix(queryWord, piece) >= neededPrefix(queryWord));
}

/**
 * Whether a Pagefind result really matches the query: each meaningful query word matches one of
 * the words Pagefind marked (content split on white space, at `locations`). A query made only of
 * stop words is not checked.
 * @param content the result's plain content (Pagefind's `data.content`).
 * @param locations word positions of the matches in the content.
 */
export function isGenuineMatch(content: string, locations: readonly number[], query: string): boolean {
  const words = meaningfulWords(query);
  if (words.length === 0) return true;
  const all = content.split(/[^\S\uFEFF]+/);
  const found = locations.map((i) => all[i] ?? '').filter(Boolean);
  return words.every((w) => found.some((f) => wordMatches(w, f)));
}

/** Counts of each filter value over the results shown, so that « Gers (5) » sits beside 5 results. */
export function countFilters(
  results: readonly { filters: Partial<Record<string, string[]>> }[],
): Record<FilterKey, Record<string, number>> {
  const out = Object.fromEntries(FILTER_KEYS.map((k) => [k, {}])) as Record<FilterKey, Record<string, number>>;
  for (const r of results) {
    for (const key of FILTER_KEYS) for (const v of r.filters[key] ?? []) out[key][v] = (out[key][v] ?? 0) + 1;
  }
  return out;
}

/**
 * Orders results: as found (relevance), or by département in INSEE order, sheets valid in the whole
 * region after the local ones (ties keep the relevance order).
 * @param departements département names in reference order.
 */
export function sortResults<T extends { filters: Partial<Record<string, string[]>> }>(
  results: readonly T[],
  order: SortOrder,
  departements: readonly string[],
  wideValue: string,
): T[] {
  if (order === 'pertinence') return [...results];
  const rank = (r: T) => {
    if ((r.filters.portee ?? []).includes(wideValue)) return departements.length;
    const ranks = (r.filters.territoire ?? []).map((t) => departements.indexOf(t)).filter((i) => i >= 0);
    return ranks.length ? Math.min(...ranks) : departements.length + 1;
  };
  return results
    .map((r, i) => ({ r, i, k: rank(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.r);
}

/** A named thing the empty state can point to (a theme, a département). */
export interface Named {
  name: string;
  href: string;
}

/**
 * The themes whose name is closest to the query words: a name word sharing enough of a query word
 * (see neededPrefix), best first. « mobilité Gers » → Mobilité; « logement » → Logement et hébergement.
 */
export function nearestThemes<T extends Named>(query: string, themes: readonly T[], limit = 3): T[] {
  const words = meaningfulWords(query);
  return themes
    .map((t, i) => {
      const names = meaningfulWords(t.name);
      const score = words.reduce((n, w) => n + (names.some((x) => wordMatches(w, x) || wordMatches(x, w)) ? 1 : 0), 0);
      return { t, i, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.t);
}

/** The territories named in a query (« mobilité Gers » → Gers), matched on whole folded names. */
export function territoriesInQuery<T extends Named>(query: string, territories: readonly T[]): T[] {
  const q = ` ${fold(query)} `;
  return territories.filter((t) => q.includes(` ${fold(t.name)} `));
}

/** The query without the territory names it contains, as typed (« mobilité Gers » → « mobilité »). */
export function withoutTerritories(query: string, territories: readonly Named[]): string {
  const words = query.split(/\s+/).filter(Boolean);
  const keep = words.map(() => true);
  for (const t of territories) {
    for (let size = 1; size <= 3; size++) {
      for (let i = 0; i + size <= words.length; i++) {
        if (fold(words.slice(i, i + size).join(' ')) === fold(t.name)) keep.fill(false, i, i + size);
      }
    }
  }
  return words.filter((_, i) => keep[i]).join(' ');
}
