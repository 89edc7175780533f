import { describe, expect, it } from 'vitest';
import { localHref, relativizeCss, relativizeHtml, rootPrefix } from '../../../src/lib/site-links';
import {
  excerptHtml,
  filterCounts,
  matchesFilters,
  normalize,
  prepare,
  queryTerms,
  searchOffline,
  type OfflineRecord,
} from '../../../src/lib/offline-search';

describe('links for the offline edition', () => {
  it.each([
    ['index.html', './'],
    ['ateliers/index.html', '../'],
    ['ateliers/capendu/index.html', '../../'],
    ['/figures/visions/x/index.html', '../../../'],
  ])('goes from %s to the root with %s', (page, prefix) => {
    expect(rootPrefix(page)).toBe(prefix);
  });

  it.each([
    ['/', '../', '../index.html'],
    ['/ateliers/capendu/', '../', '../ateliers/capendu/index.html'],
    ['/mesures/repas/#a1-gard-x', '../../', '../../mesures/repas/index.html#a1-gard-x'],
    ['/recherche/?q=cantine', './', './recherche/index.html?q=cantine'],
    ['/favicon.svg', '../', '../favicon.svg'],
    ['https://www.unccas.org', '../', 'https://www.unccas.org'],
    ['mailto:contact@unccas.org', '../', 'mailto:contact@unccas.org'],
    ['#contenu', '../', '#contenu'],
    ['//cdn.example.org/x.js', '../', '//cdn.example.org/x.js'],
  ])('rewrites %s', (href, root, expected) => {
    expect(localHref(href, root)).toBe(expected);
  });

  it('leaves links alone on the hosted site', () => {
    expect(localHref('/ateliers/', null)).toBe('/ateliers/');
  });

  it('rewrites href, src, action and CSS urls of a page', () => {
    const html =
      '<a href="/themes/">t</a><script src="/_astro/a.js"></script><form action="/recherche/"></form><style>.x{background:url(/_astro/i.png)}</style><a href="https://x.org/">x</a>';
    expect(relativizeHtml(html, 'ateliers/x/index.html')).toBe(
      '<a href="../../themes/index.html">t</a><script src="../../_astro/a.js"></script><form action="../../recherche/index.html"></form><style>.x{background:url(../../_astro/i.png)}</style><a href="https://x.org/">x</a>',
    );
    expect(relativizeCss('a{background:url("/_astro/l.png")}', '_astro/x.css')).toBe('a{background:url("../_astro/l.png")}');
  });
});

const rec = (title: string, text: string, filters: OfflineRecord['filters'] = {}): OfflineRecord => ({
  url: `/${title}/`,
  title,
  kind: 'Atelier',
  place: '',
  text,
  filters,
});

describe('offline search', () => {
  const records = [
    rec('Les cantines scolaires', 'Cantine à 1 € à Capendu (Aude).', { territoire: ['Aude'], theme: ['Alimentation'] }),
    rec('Épicerie solidaire', 'Une épicerie itinérante, comme la cantine du village.', {
      territoire: ['Lozère'],
      theme: ['Alimentation'],
    }),
    rec('Kalipolys', 'Espace ouvert et polyvalent à Langogne.', { territoire: ['Lozère'], theme: ['Gouvernance et CCAS'] }),
  ];
  const prepared = prepare(records);

  it('normalises accents, case and punctuation, and stems plurals', () => {
    expect(normalize('Épicerie l’Été !')).toBe('epicerie l ete');
    expect(queryTerms('Les cantines scolaires')).toEqual(['les', 'cantine', 'scolaire']);
  });

  it('finds words by prefix, title hits first', () => {
    expect(searchOffline(prepared, 'cantine', {}).map((r) => r.title)).toEqual(['Les cantines scolaires', 'Épicerie solidaire']);
    expect(searchOffline(prepared, 'KALIPOLYS', {}).map((r) => r.title)).toEqual(['Kalipolys']);
    expect(searchOffline(prepared, 'epicerie', {}).map((r) => r.title)).toEqual(['Épicerie solidaire']);
  });

  it('requires every word of the query', () => {
    expect(searchOffline(prepared, 'cantine village', {}).map((r) => r.title)).toEqual(['Épicerie solidaire']);
    expect(searchOffline(prepared, 'cantine inexistant', {})).toEqual([]);
  });

  it('filters like Pagefind and browses with no query', () => {
    expect(searchOffline(prepared, '', { territoire: ['Lozère'] }).map((r) => r.title)).toEqual([
      'Épicerie solidaire',
      'Kalipolys',
    ]);
    expect(searchOffline(prepared, '', { territoire: ['Lozère'], theme: ['Alimentation'] }).map((r) => r.title)).toEqual([
      'Épicerie solidaire',
    ]);
    expect(matchesFilters(records[0]!, { territoire: ['Aude', 'Gers'] })).toBe(true);
  });

  it('counts filter values', () => {
    expect(filterCounts(records).territoire).toEqual({ Aude: 1, Lozère: 2 });
  });

  it('builds an escaped excerpt with the matches marked', () => {
    expect(excerptHtml('Un <b>menu</b> à la cantine & plus', 'cantine')).toBe(
      'Un &lt;b&gt;menu&lt;/b&gt; à la <mark>cantine</mark> &amp; plus',
    );
  });
});
