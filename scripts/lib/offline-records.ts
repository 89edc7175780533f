import { parse } from 'node-html-parser';
import { globalAssignment } from '../../src/lib/safe-json';
import type { OfflineRecord } from '../../src/lib/offline-search';
import type { ExampleRecord } from '../../src/lib/example-records';
import { exampleRecordContent } from '../../src/lib/example-records';
import { FILTER_KEYS, type FilterKey } from '../../src/lib/search-state';

/**
 * The offline search record of a built page, read from the same markup Pagefind reads
 * (data-pagefind-body, -meta, -filter, -ignore). Null for a page that is not indexed.
 * @param url root-absolute URL of the page.
 */
export function recordFromHtml(html: string, url: string): OfflineRecord | null {
  // Most of the bytes of a large site are dossiers and lists, never indexed: do not parse them.
  if (!html.includes('data-pagefind-body')) return null;
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return null;
  const filters: Partial<Record<FilterKey, string[]>> = {};
  let kind = '';
  let place = '';
  for (const el of body.querySelectorAll('[data-pagefind-filter]')) {
    const [key, ...rest] = (el.getAttribute('data-pagefind-filter') ?? '').split(':');
    if (!FILTER_KEYS.includes(key as FilterKey)) continue;
    (filters[key as FilterKey] ??= []).push(rest.join(':'));
  }
  for (const el of body.querySelectorAll('[data-pagefind-meta]')) {
    const [key, ...rest] = (el.getAttribute('data-pagefind-meta') ?? '').split(':');
    if (key === 'kind') kind = rest.join(':');
    if (key === 'place') place = rest.join(':');
  }
  for (const el of body.querySelectorAll('[data-pagefind-ignore], [hidden], script, style')) el.remove();
  const title = root.querySelector('h1')?.text.trim() ?? url;
  // structuredText puts a line break between block elements, so that « itinérante ? » and « Le réseau » stay two words.
  const text = body.structuredText.replace(/\s+/g, ' ').trim();
  return { url, title, kind, place, text, filters };
}

/** The offline record of a local example (from /donnees/exemples-locaux.json). */
export function recordFromExample(x: ExampleRecord): OfflineRecord {
  return {
    url: x.url,
    title: x.title,
    kind: x.facets.kind[0] ?? '',
    place: x.place,
    text: exampleRecordContent(x).replace(/\s+/g, ' '),
    filters: { ...x.facets },
  };
}

/** The classic script that ships the index: window.ATLAS_SEARCH_INDEX = [...]. */
export function indexScript(records: readonly OfflineRecord[]): string {
  return globalAssignment('ATLAS_SEARCH_INDEX', records);
}
