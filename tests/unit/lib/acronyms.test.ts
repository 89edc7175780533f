import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../helpers/random';
import {
  ACRONYM_PATTERN,
  abbreviateFirstUses,
  acronymMatches,
  findAcronyms,
  foldPlural,
  glossarySearchText,
  NOT_ACRONYMS,
  type GlossaryTerm,
} from '../../../src/lib/acronyms';

const CONTENT = resolve(import.meta.dirname, '../../../content');

/** Every MDX and YAML file of the content, except the glossary itself and the contributors' guide. */
function contentText(): string {
  const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.(mdx|yaml)$/.test(f) && !f.startsWith('glossaire'),
  );
  return files.map((f) => readFileSync(join(CONTENT, f), 'utf8')).join('\n');
}

function glossary(): GlossaryTerm[] {
  const dir = join(CONTENT, 'glossaire');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = load(readFileSync(join(dir, f), 'utf8')) as { term: string; variants?: string[]; expansion?: string };
      return { id: f.slice(0, -5), term: data.term, variants: data.variants ?? [], expansion: data.expansion };
    });
}

describe('the glossary covers the content', () => {
  it('has an entry for every word of two capitals or more, except the listed non-acronyms', () => {
    const known = new Set(glossary().flatMap((e) => [e.term, ...e.variants]));
    const missing = findAcronyms(contentText()).filter((w) => !known.has(w) && !(w in NOT_ACRONYMS));
    expect(missing, `sigles sans entrée dans content/glossaire/ : ${missing.join(', ')}`).toEqual([]);
  });
  it('lists as non-acronyms only words the content uses and the glossary does not define', () => {
    const words = new Set(findAcronyms(contentText()));
    const known = new Set(glossary().flatMap((e) => [e.term, ...e.variants]));
    const stale = Object.keys(NOT_ACRONYMS).filter((w) => !words.has(w) || known.has(w));
    expect(stale).toEqual([]);
  });
  it('defines only acronyms the content uses', () => {
    const words = new Set(findAcronyms(contentText()));
    const unused = glossary()
      .filter((e) => ![e.term, ...e.variants].some((t) => words.has(t)))
      .map((e) => e.term);
    expect(unused, `entrées du glossaire inutilisées : ${unused.join(', ')}`).toEqual([]);
  });
});

const entries: GlossaryTerm[] = [
  { id: 'ccas', term: 'CCAS', variants: [], expansion: 'centre communal d’action sociale' },
  { id: 'cias', term: 'CIAS', variants: [], expansion: 'centre intercommunal d’action sociale' },
  { id: 'ddetspp', term: 'DDETSPP', variants: ['DDETS-PP'], expansion: 'direction départementale…' },
  { id: 'ce1', term: 'CE1', variants: [], expansion: 'cours élémentaire première année' },
];

describe('findAcronyms', () => {
  it('finds words of two capitals or more, with digits, once each', () => {
    expect(findAcronyms('Le CCAS et le CCAS’BAR, en CE1, avec AG2I, P2P et la DDETS-PP ; Table ronde II. Pas Le ni À.')).toEqual([
      'CCAS',
      'BAR',
      'CE1',
      'AG2I',
      'P2P',
      'DDETS',
      'PP',
      'II',
    ]);
  });
});

describe('glossarySearchText', () => {
  it('adds the expansion of each acronym used, and the acronym of each expansion spelled out', () => {
    const text = glossarySearchText('Le CCAS de Cahors et le centre intercommunal d’action sociale voisin', entries);
    expect(text).toContain('centre communal d’action sociale');
    expect(text).not.toContain('CCAS :');
    expect(text).toContain('centre intercommunal d’action sociale : CIAS');
    expect(glossarySearchText('rien à signaler', entries)).toBe('');
    expect(glossarySearchText('les Centres Communaux d’Action Sociale', entries)).toBe('centre communal d’action sociale : CCAS');
  });
});

describe('abbreviateFirstUses', () => {
  const html =
    '<html><head><title>CCAS</title></head><body><header>CCAS</header><main><h1>Le CCAS</h1><p>Le CCAS et le CCAS.</p>' +
    '<script>const a = "<p>CIAS</p>";</script><p><a href="/x/">CIAS</a> puis CIAS en CE1</p></main></body></html>';
  const out = abbreviateFirstUses(html, entries);
  it('marks the first use of each acronym in the main content only, linked to its entry', () => {
    expect(out.match(/<abbr/g)).toHaveLength(3);
    expect(out).toContain(
      '<p>Le <a class="abbr-link" href="/glossaire/#ccas"><abbr title="centre communal d’action sociale">CCAS</abbr></a> et le CCAS.</p>',
    );
    expect(out).toContain('<header>CCAS</header>');
    expect(out).toContain('<h1>Le CCAS</h1>');
  });
  it('leaves links, scripts and titles alone', () => {
    expect(out).toContain('const a = "<p>CIAS</p>";');
    expect(out).toContain('<a href="/x/">CIAS</a> puis <a class="abbr-link" href="/glossaire/#cias">');
    expect(out).toContain('<title>CCAS</title>');
  });
});

describe('foldPlural', () => {
  it('folds as the two regular expressions it replaces, on every ending', () => {
    const reference = (w: string) => w.replace(/aux$/, 'al').replace(/(?<=\w{3})[sx]$/, '');
    const words = [
      '',
      's',
      'x',
      'aux',
      'baux',
      'communaux',
      'centres',
      'abcs',
      'ab-s',
      "l'as",
      'a1bs',
      'prix',
      'ccas',
      'bus',
      'jeux',
      'xx',
      'sss',
      'as',
      'ras',
      'tras',
    ];
    for (const w of words) expect(foldPlural(w), w).toBe(reference(w));
    // And on every word of up to five characters over an alphabet with each kind of character.
    const alphabet = ['a', 's', 'x', 'u', '1', "'", '-'];
    let all = [''];
    for (let n = 0; n < 5; n += 1) {
      all = all.flatMap((w) => alphabet.map((c) => w + c));
      for (const w of all) if (foldPlural(w) !== reference(w)) expect(foldPlural(w), w).toBe(reference(w));
    }
    expect(foldPlural('centres')).toBe('centre');
    expect(foldPlural('communaux')).toBe('communal');
  });
});

describe('acronymMatches', () => {
  it('finds exactly what ACRONYM_PATTERN finds, at the same places, on every kind of text', () => {
    const pieces = [
      'A',
      'B',
      'É',
      'Z',
      'a',
      'é',
      '1',
      '0',
      ' ',
      '-',
      '’',
      '(',
      '\u{1D400}',
      '\u{1F600}',
      '\uDC00',
      '\uD800',
      'CCAS',
      'CE1',
      'aCCAS',
      '1AB',
    ];
    const rand = seededRandom(11);
    let found = 0;
    for (let k = 0; k < 5000; k += 1) {
      const text = Array.from({ length: 1 + rand(12) }, () => pieces[rand(pieces.length)]!).join('');
      const expected = [...text.matchAll(ACRONYM_PATTERN)].map((m) => ({ word: m[0], index: m.index }));
      const actual = acronymMatches(text);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual, JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(1000);
    expect(findAcronyms('Le CCAS et le CIAS, puis le CCAS ; CE1, A1, 2AB, ÉPCI')).toEqual(['CCAS', 'CIAS', 'CE1', 'ÉPCI']);
  });
});
