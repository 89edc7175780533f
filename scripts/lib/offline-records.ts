import { parse, type HTMLElement } from 'node-html-parser';
import { globalAssignment } from '../../src/lib/safe-json';
import type { OfflineRecord } from '../../src/lib/offline-search';
import { FILTER_KEYS, type FilterKey } from '../../src/lib/search-state';

function filtersOf(pairs: readonly string[]): Partial<Record<FilterKey, string[]>> {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const pair of pairs) {
    const [key, ...rest] = pair.split(':');
    if (!FILTER_KEYS.includes(key as FilterKey)) continue;
    (filters[key as FilterKey] ??= []).push(rest.join(':'));
  }
  return filters;
}

/** Visible text of an element, with a break between blocks (« itinérante ? » and « Le réseau » stay two words). */
function textOf(el: HTMLElement | null): string {
  return (el?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The visible text of a local example (its summary, figures and funding), read from the <article> of
 * that id, without its hidden search record. The record does not repeat it, to keep pages light.
 */
function exampleBodyText(root: HTMLElement, id: string | null | undefined): string {
  if (!id) return '';
  const article = root.getElementById(id);
  if (!article) return '';
  const copy = parse(article.toString());
  for (const el of copy.querySelectorAll('[hidden], h3, .eyebrow')) el.remove();
  return textOf(copy);
}

/**
 * The search records of a built page, read from its markup: the page itself when it is indexed (the
 * markup Pagefind reads: data-pagefind-body, -meta, -filter, -ignore), then each local example it
 * holds (src/components/sheet/ExampleRecord.astro).
 * @param url root-absolute URL of the page.
 */
export function recordsFromHtml(html: string, url: string): { page: OfflineRecord | null; examples: OfflineRecord[] } {
  // Most of the bytes of a large site are dossiers and lists, never indexed: do not parse them.
  if (!html.includes('data-pagefind-body') && !html.includes('data-example-record')) return { page: null, examples: [] };
  const root = parse(html);
  const examples = root.querySelectorAll('[data-example-record]').map((el) => ({
    url: el.getAttribute('data-url') ?? url,
    title: el.getAttribute('data-title') ?? '',
    kind: el.getAttribute('data-kind') ?? '',
    place: el.getAttribute('data-place') ?? '',
    text: [textOf(el.querySelector('[data-example-text]')), exampleBodyText(root, el.getAttribute('data-example-body'))]
      .filter(Boolean)
      .join(' '),
    // One attribute, a « key:value » pair a line (lighter than one element a value).
    filters: filtersOf((el.getAttribute('data-example-filters') ?? '').split('\n').filter(Boolean)),
  }));
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return { page: null, examples };
  const filters = filtersOf(
    body.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter') ?? ''),
  );
  let kind = '';
  let place = '';
  for (const el of body.querySelectorAll('[data-pagefind-meta]')) {
    const [key, ...rest] = (el.getAttribute('data-pagefind-meta') ?? '').split(':');
    if (key === 'kind') kind = rest.join(':');
    if (key === 'place') place = rest.join(':');
  }
  for (const el of body.querySelectorAll('[data-pagefind-ignore], [hidden], script, style')) el.remove();
  const title = root.querySelector('h1')?.text.trim() ?? url;
  return { page: { url, title, kind, place, text: textOf(body), filters }, examples };
}

/** The offline search record of a built page (null for a page that is not indexed). */
export function recordFromHtml(html: string, url: string): OfflineRecord | null {
  return recordsFromHtml(html, url).page;
}

/** The classic script that ships the index: window.ATLAS_SEARCH_INDEX = [...], safely serialized. */
export function indexScript(records: readonly OfflineRecord[]): string {
  return globalAssignment('ATLAS_SEARCH_INDEX', records);
}
