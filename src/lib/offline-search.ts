import { FILTER_KEYS, type FilterKey } from './search-state';

/** One record of the offline search index (a sheet page or a local example). */
export interface OfflineRecord {
  /** Root-absolute URL, with an anchor for a local example. */
  url: string;
  title: string;
  /** Kind label (« Atelier »). */
  kind: string;
  /** Territory line. */
  place: string;
  /** Searchable text. */
  text: string;
  /** Filter values per key. */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Lowercases, removes accents and punctuation: « Épicerie l’Été » → « epicerie l ete ». */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A light French stem: drops a plural s or x (« cantines » → « cantine »). */
export function stem(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

/** The stemmed words of a query (words of one letter are ignored). */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      normalize(query)
        .split(' ')
        .filter((w) => w.length > 1)
        .map(stem),
    ),
  ];
}

/** Whether a record carries, for every key in use, at least one of the chosen values. */
export function matchesFilters(record: OfflineRecord, filters: Partial<Record<FilterKey, string[]>>): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = filters[key] ?? [];
    return wanted.length === 0 || wanted.some((v) => record.filters[key]?.includes(v));
  });
}

interface Prepared {
  record: OfflineRecord;
  titleWords: string[];
  words: string[];
}

/** Prepares records once: their normalised words. */
export function prepare(records: readonly OfflineRecord[]): Prepared[] {
  return records.map((record) => ({
    record,
    titleWords: normalize(record.title).split(' '),
    words: normalize(`${record.title} ${record.place} ${record.text}`).split(' '),
  }));
}

/**
 * Searches prepared records: every query term must start a word of the record (prefix match, so
 * « cantine » finds « cantines »); filters as in Pagefind (any value within a key, all keys).
 * Ranked by title hits then text hits, ties in index order. An empty query browses by filters.
 */
export function searchOffline(
  prepared: readonly Prepared[],
  query: string,
  filters: Partial<Record<FilterKey, string[]>>,
): OfflineRecord[] {
  const terms = queryTerms(query);
  const scored: { record: OfflineRecord; score: number; index: number }[] = [];
  prepared.forEach((p, index) => {
    if (!matchesFilters(p.record, filters)) return;
    let score = 0;
    for (const term of terms) {
      const hits = p.words.filter((w) => w.startsWith(term)).length;
      if (hits === 0) return;
      score += hits + 5 * p.titleWords.filter((w) => w.startsWith(term)).length;
    }
    scored.push({ record: p.record, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.record);
}

/** Counts of each filter value over all records, like Pagefind's filters(). */
export function filterCounts(records: readonly OfflineRecord[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const key of FILTER_KEYS) {
    const counts: Record<string, number> = {};
    for (const r of records) for (const v of r.filters[key] ?? []) counts[v] = (counts[v] ?? 0) + 1;
    out[key] = counts;
  }
  return out;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * An excerpt of about `length` characters around the first query term, HTML-escaped, with the
 * matching words wrapped in <mark> (the same shape as Pagefind's excerpts).
 */
export function excerptHtml(text: string, query: string, length = 180): string {
  const terms = queryTerms(query);
  const words = text.split(/(\s+)/);
  const norm = words.map((w) => stem(normalize(w)));
  const first = terms.length ? norm.findIndex((w) => terms.some((t) => w.startsWith(t))) : -1;
  let start = 0;
  let chars = 0;
  for (let i = Math.max(0, first) - 1; i >= 0 && chars < length / 3; i--) {
    chars += words[i]!.length;
    start = i;
  }
  if (first <= 0) start = 0;
  const out: string[] = [];
  let used = 0;
  for (let i = start; i < words.length && used < length; i++) {
    const w = words[i]!;
    used += w.length;
    const hit = terms.length > 0 && /\S/.test(w) && terms.some((t) => norm[i]!.startsWith(t));
    out.push(hit ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w));
  }
  return `${start > 0 ? '… ' : ''}${out.join('').trim()}${used >= length ? ' …' : ''}`;
}
