import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentStats,
  contract,
  countWords,
  createRng,
  generateSheets,
  KIND_DIRS,
  kindCounts,
  MAX_WORDS,
  MIN_WORDS,
  referencesFromEntries,
  sampleSheets,
  slugify,
  starlightFiles,
  starlightUrl,
  type BenchKind,
  type BenchSheet,
} from '../../../scripts/lib/bench-content';
import { formatProblems, validateContent, type RawEntry } from '../../../scripts/lib/content-check';
import { readContent } from '../../../scripts/lib/read-content';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHEET_DIRS = Object.values(KIND_DIRS);
/** The project's reference collections (territoires, thèmes, sources, axes…), without the sheets. */
const references = readContent(join(ROOT, 'content'), ROOT).entries.filter(
  (e) => !SHEET_DIRS.some((dir) => e.file.startsWith(`content/${dir}/`)),
);
const refs = referencesFromEntries(references);

const COLLECTION: Record<BenchKind, RawEntry['collection']> = {
  atelier: 'ateliers',
  mesure: 'mesures',
  action: 'actions',
  figure: 'figures',
  vision: 'visions',
};
const asEntries = (sheets: readonly BenchSheet[]): RawEntry[] =>
  sheets.map((s) => ({ file: `bench/${s.file.path}`, collection: COLLECTION[s.kind], id: s.id, text: s.file.text }));

const sheets250 = generateSheets(250, refs);

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    const r = createRng(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const a = createRng(42);
    const b = createRng(42);
    expect([a(), a()]).toEqual([b(), b()]);
  });
});

describe('slugify', () => {
  it.each([
    ['Épicerie solidaire à Foix', 'epicerie-solidaire-a-foix'],
    ['L’Isle-Jourdain', 'l-isle-jourdain'],
    ['Cœur de ville', 'coeur-de-ville'],
    ['  --A--b  ', 'a-b'],
    ['Garantir un repas équilibré par jour', 'garantir-un-repas-equilibre-par-jour'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['## Le constat', 2],
    ['Un ; deux : trois.', 3],
    ['- Ouvrir une épicerie ;', 3],
    ['l’accès aux droits', 3],
    ['En 2024, 120 familles', 4],
    ['**le logement** des jeunes', 4],
  ])('« %s » has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('contract', () => {
  it.each([
    ['bénéficié de le pass culture', 'bénéficié du pass culture'],
    ['bénéficié de les permanences', 'bénéficié des permanences'],
    ['consacrés à le sport', 'consacrés au sport'],
    ['à les familles', 'aux familles'],
    ['de **le logement**', 'du **logement**'],
    ['la garde le soir', 'la garde le soir'],
    ['de l’accès', 'de l’accès'],
  ])('%s → %s', (text, expected) => {
    expect(contract(text)).toBe(expected);
  });
});

describe('kindCounts', () => {
  it.each([
    [1, { atelier: 0, mesure: 0, action: 0, figure: 1, vision: 0 }],
    [20, { atelier: 6, mesure: 4, action: 6, figure: 1, vision: 3 }],
    [250, { atelier: 75, mesure: 50, action: 75, figure: 13, vision: 37 }],
    [2000, { atelier: 600, mesure: 400, action: 600, figure: 100, vision: 300 }],
    [10000, { atelier: 3000, mesure: 2000, action: 3000, figure: 500, vision: 1500 }],
  ])('%i sheets', (size, counts) => {
    expect(kindCounts(size)).toEqual(counts);
  });
});

describe('referencesFromEntries', () => {
  it('reads the reference collections of the project', () => {
    expect(refs.territories).toHaveLength(18);
    expect(refs.themes).toHaveLength(16);
    expect(refs.axes).toEqual(['axe-1', 'axe-2', 'axe-3', 'axe-4', 'axe-5', 'axe-6']);
    expect(refs.sousAxes).toEqual(['1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '3-1', '3-2', '3-3']);
    expect(refs.sources).toHaveLength(5);
    expect(refs.territories.find((t) => t.id === 'lot')).toEqual({ id: 'lot', name: 'Lot', kind: 'departement', code: '46' });
    expect(refs.territories.find((t) => t.id === 'national')).toEqual({ id: 'national', name: 'National', kind: 'national' });
  });
});

describe('generateSheets', () => {
  it.each([1, 20, 250])('gives %i sheets that pass every check of check:content', (size) => {
    const sheets = size === 250 ? sheets250 : generateSheets(size, refs);
    expect(sheets).toHaveLength(size);
    expect(formatProblems(validateContent([...references, ...asEntries(sheets)]))).toBe('');
  });

  it.each([
    [1, { atelier: 0, mesure: 0, action: 0, figure: 1, vision: 0 }, 0, { min: 471, max: 471, mean: 471 }, 5574],
    [20, { atelier: 6, mesure: 4, action: 6, figure: 1, vision: 3 }, 8, { min: 420, max: 854, mean: 604 }, 107908],
    [250, { atelier: 75, mesure: 50, action: 75, figure: 13, vision: 37 }, 87, { min: 402, max: 869, mean: 624 }, 1386248],
  ])('%i sheets: exact counts, examples, words and bytes', (size, byKind, examples, words, bytes) => {
    const sheets = size === 250 ? sheets250 : generateSheets(size, refs);
    expect(contentStats(sheets)).toEqual({ sheets: size, byKind, examples, words, bytes });
  });

  it(`writes bodies of ${MIN_WORDS} to ${MAX_WORDS} words, counted from the file`, () => {
    const sheets = generateSheets(2000, refs);
    for (const s of sheets) {
      expect(s.words).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(s.words).toBeLessThanOrEqual(MAX_WORDS);
      expect(countWords(s.file.text.split(/\n---\n/)[1]!)).toBe(s.words);
    }
  });

  it('covers the 13 départements, the 3 métropoles, the region and every theme at 250 sheets', () => {
    const used = new Set(sheets250.flatMap((s) => s.territories));
    const places = refs.territories.filter((t) => t.kind === 'departement' || t.kind === 'metropole');
    expect(places).toHaveLength(16);
    for (const t of places) expect(used, t.id).toContain(t.id);
    expect(used).toContain('region-occitanie');
    const themes = new Set(sheets250.flatMap((s) => s.themes));
    expect([...themes].sort()).toEqual(refs.themes.map((t) => t.id).sort());
  });

  it('gives unique ids and unique local example ids', () => {
    const ids = sheets250.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const examples = sheets250.flatMap((s) => [...s.file.text.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]));
    expect(examples).toHaveLength(87);
    expect(new Set(examples).size).toBe(87);
  });

  it('writes words the search benchmark looks for, in the Lot too', () => {
    const text = sheets250.map((s) => s.file.text).join('\n');
    expect(text).toContain('logement');
    expect(text).toContain('jeunes');
    expect(sheets250.some((s) => s.territories.includes('lot') && /jeunes/.test(s.body))).toBe(true);
  });

  it('spreads visions over figures: none is named by more than 9 visions, whatever the size', () => {
    for (const size of [250, 2000]) {
      const sheets = size === 250 ? sheets250 : generateSheets(size, refs);
      const named = new Map<string, number>();
      for (const s of sheets.filter((x) => x.kind === 'vision')) {
        for (const id of /^figures: \[(.*)\]$/m.exec(s.file.text)![1]!.split(', ')) named.set(id, (named.get(id) ?? 0) + 1);
      }
      expect(Math.max(...named.values())).toBe(9);
    }
  }, 30_000); // generates 2 000 sheets: slow on a loaded machine

  it('is deterministic, and the seed changes the text', () => {
    expect(generateSheets(30, refs).map((s) => s.file.text)).toEqual(generateSheets(30, refs).map((s) => s.file.text));
    expect(generateSheets(30, refs, 1)[0]!.body).not.toBe(generateSheets(30, refs, 2)[0]!.body);
  });

  it('keeps the first sheets the same whatever the size, so page weights compare across sizes', () => {
    expect(sampleSheets(generateSheets(40, refs))).toEqual(sampleSheets(sheets250));
  });

  it('fails on missing reference data', () => {
    expect(() => generateSheets(10, { ...refs, sources: refs.sources.filter((s) => s !== 'bilan-strategie-2021') })).toThrow(
      'source de référence manquante : bilan-strategie-2021',
    );
    expect(() => generateSheets(10, { ...refs, territories: [] })).toThrow('territoires de référence manquants');
  });
});

describe('sampleSheets', () => {
  it('takes the first sheet of each kind', () => {
    expect(sampleSheets(sheets250).map((s) => [s.kind, s.url, s.words])).toEqual([
      ['atelier', '/ateliers/atelier-00002-garantir-un-repas-equilibre-par-jour/', 448],
      ['mesure', '/mesures/mesure-00004-financer-les-licences-sportives/', 514],
      ['action', '/pactes/action-00003-prevenir-les-impayes/', 854],
      ['figure', '/figures/figure-00001-veilleur-des-solidarites/', 471],
      ['vision', '/figures/visions/vision-00007-paris/', 467],
    ]);
  });
});

describe('starlightFiles', () => {
  const files = starlightFiles(sheets250.slice(0, 3));

  it('gives the config, a home page and one Markdown doc per sheet', () => {
    expect(files.map((f) => f.path)).toEqual([
      'package.json',
      'astro.config.mjs',
      'src/content.config.ts',
      'src/content/docs/index.md',
      ...sheets250.slice(0, 3).map((s) => `src/content/docs/fiches/${s.id}.md`),
    ]);
    expect(JSON.parse(files[0]!.text)).toEqual({
      name: 'atlas-bench-starlight',
      private: true,
      type: 'module',
      dependencies: { astro: '7.3.5', '@astrojs/starlight': '0.42.4' },
    });
    expect(files[1]!.text).toContain("sidebar: [{ label: 'Accueil', link: '/' }]");
  });

  it('keeps the same title, summary and body', () => {
    const s = sheets250[0]!;
    expect(files[4]!.text).toBe(
      `---\ntitle: ${JSON.stringify(s.title)}\ndescription: ${JSON.stringify(s.summary)}\n---\n\n${s.body}`,
    );
    expect(starlightUrl(s)).toBe(`/fiches/${s.id}/`);
  });
});
