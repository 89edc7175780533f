import { describe, expect, it } from 'vitest';
import type { ContentStats } from '../../../scripts/lib/bench-content';
import {
  evaluateTargets,
  formatBytes,
  formatInt,
  formatMs,
  formatRatio,
  growthExponent,
  median,
  moduleGraph,
  oursSummary,
  pageAssets,
  pageTotals,
  parseProcStat,
  parseStarlightPagefindMs,
  parseTimeVerbose,
  peerRatios,
  reportJson,
  reportMarkdown,
  sitePath,
  staticImports,
  treeRss,
  type BenchRun,
  type PageWeight,
  type SizeMeasure,
  type StepMeasure,
} from '../../../scripts/lib/bench-report';

const GB = 1024 ** 3;
const MB = 1024 ** 2;

describe('parseProcStat', () => {
  const tail = 'S 100 2 2 0 -1 4194560 1 0 0 0 5 6 0 0 20 0 11 0 900 123456789 2500 18446744073709551615 1 1 0 0 0 0 0';
  it.each([
    [`4242 (node) ${tail}`, { pid: 4242, ppid: 100, rssPages: 2500 }],
    [`77 (tsx (watch) a) b) ${tail}`, { pid: 77, ppid: 100, rssPages: 2500 }],
    [`1 (init) R 0 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 1 1000 12 1`, { pid: 1, ppid: 0, rssPages: 12 }],
    ['not a stat line', null],
    ['12 (x) S', null],
  ])('%s', (text, expected) => {
    expect(parseProcStat(text)).toEqual(expected);
  });
});

describe('treeRss', () => {
  const procs = [
    { pid: 1, ppid: 0, rssPages: 1000 },
    { pid: 10, ppid: 1, rssPages: 1 },
    { pid: 11, ppid: 10, rssPages: 100 },
    { pid: 12, ppid: 11, rssPages: 50 },
    { pid: 13, ppid: 10, rssPages: 25 },
    { pid: 20, ppid: 1, rssPages: 999 },
  ];
  it.each([
    [10, (1 + 100 + 50 + 25) * 4096],
    [11, 150 * 4096],
    [20, 999 * 4096],
    [99, 0],
  ])('tree of %i', (root, bytes) => {
    expect(treeRss(procs, root)).toBe(bytes);
  });
  it('uses the page size given', () => {
    expect(treeRss(procs, 12, 16384)).toBe(50 * 16384);
  });
});

describe('parseTimeVerbose', () => {
  it.each([
    [
      '\tCommand being timed: "node astro.mjs build"\n\tMaximum resident set size (kbytes): 1523400\n\tExit status: 0\n',
      { maxRssBytes: 1523400 * 1024, exitStatus: 0 },
    ],
    [
      'Command exited with non-zero status 1\n\tMaximum resident set size (kbytes): 2048\n\tExit status: 1',
      { maxRssBytes: 2097152, exitStatus: 1 },
    ],
    ['', { maxRssBytes: null, exitStatus: null }],
  ])('%#', (text, expected) => {
    expect(parseTimeVerbose(text)).toEqual(expected);
  });
});

describe('parseStarlightPagefindMs', () => {
  it.each([
    ['03:01:55 [starlight:pagefind] Finished building search index in 481ms.', 481],
    ['[starlight:pagefind] Finished building search index in 24.31s.', 24310],
    ['[starlight:pagefind] Found 252 HTML files.', null],
  ])('%s', (log, ms) => {
    expect(parseStarlightPagefindMs(log)).toBe(ms);
  });
});

describe('sitePath', () => {
  it.each([
    ['/_astro/a.js', '/recherche/', '/_astro/a.js'],
    ['style.css', '/fiches/x/', '/fiches/x/style.css'],
    ['./b.js', '/_astro/a.js', '/_astro/b.js'],
    ['../c.js', '/_astro/sub/a.js', '/_astro/c.js'],
    ['/pagefind/pagefind.js?v=1', '/', '/pagefind/pagefind.js'],
    ['https://cdn.example.com/a.js', '/', null],
    ['//cdn.example.com/a.js', '/', null],
  ])('%s from %s', (ref, base, expected) => {
    expect(sitePath(ref, base)).toBe(expected);
  });
});

describe('pageAssets', () => {
  it('lists stylesheets, module preloads, scripts and inline code', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="/favicon.svg">
      <link href="/_astro/print.css" rel="stylesheet" media="print">
      <link rel="stylesheet" href="/_astro/common.css">
      <link rel="modulepreload" href="/_astro/chunk.js">
      <link rel="stylesheet" href="https://fonts.example.com/f.css">
      <style>body{margin:0}</style>
      <script>var a=1;</script>
      <script type="application/json" data-config>{"a":1}</script>
    </head><body>
      <script type="module" src="/_astro/page.js"></script>
      <script type="module">import "./x.js";</script>
      <script src="/_astro/common.css"></script>
    </body></html>`;
    expect(pageAssets(html, '/fiches/a/')).toEqual({
      stylesheets: ['/_astro/print.css', '/_astro/common.css'],
      scripts: ['/_astro/chunk.js', '/_astro/page.js', '/_astro/common.css'],
      inlineJsBytes: 'var a=1;'.length + 'import "./x.js";'.length,
      external: ['https://fonts.example.com/f.css'],
    });
  });

  it('finds nothing in a page without CSS or JS files', () => {
    expect(pageAssets('<p>Bonjour</p>', '/')).toEqual({ stylesheets: [], scripts: [], inlineJsBytes: 0, external: [] });
  });
});

describe('staticImports', () => {
  it.each([
    ['import{t as e}from"./starlight-toc.js";e()', ['/_astro/starlight-toc.js']],
    ['import"./side.js";', ['/_astro/side.js']],
    ['import * as L from "../vendor/leaflet.js";', ['/vendor/leaflet.js']],
    ["export { a } from './a.js';\nexport * from '/_astro/b.js'", ['/_astro/a.js', '/_astro/b.js']],
    ['import x from "./x.js";import y from "./x.js"', ['/_astro/x.js']],
    ['const m=await import("./lazy.js");', []],
    ['e(()=>import(`./lazy.js`))', []],
    ['if(import.meta.url)x()', []],
    ['import{a}from"leaflet"', []],
    ['var s="not an import from \\"./x.js\\"";', []],
  ])('%s', (js, expected) => {
    expect(staticImports(js, '/_astro/page.js')).toEqual(expected);
  });
});

describe('moduleGraph', () => {
  const files: Record<string, string> = {
    '/_astro/a.js': 'import"./b.js";import{c}from"./c.js";import("./lazy.js")',
    '/_astro/b.js': 'import"./c.js";',
    '/_astro/c.js': 'import"./a.js";',
    '/_astro/lazy.js': '',
  };
  it('follows static imports once each, cycles included, and keeps missing files', () => {
    expect(moduleGraph(['/_astro/a.js'], (p) => files[p] ?? null)).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
    expect(moduleGraph(['/_astro/missing.js'], () => null)).toEqual(['/_astro/missing.js']);
    expect(moduleGraph([], () => null)).toEqual([]);
  });
});

const page = (label: string, html: number, css: number[], js: number[], inlineJsBytes = 0): PageWeight => ({
  label,
  url: `/${label}/`,
  html: { url: `/${label}/`, bytes: html * 4, gzip: html },
  css: css.map((gzip, i) => ({ url: `/c${i}.css`, bytes: gzip * 5, gzip })),
  js: js.map((gzip, i) => ({ url: `/j${i}.js`, bytes: gzip * 3, gzip })),
  inlineJsBytes,
  browser: { scriptRequests: js.length, scriptBytes: js.reduce((s, g) => s + g * 3, 0), otherRequests: 0 },
});

describe('pageTotals', () => {
  it.each([
    [page('a', 7000, [], []), { htmlGzip: 7000, cssGzip: 0, jsGzip: 0, totalGzip: 7000, jsBytes: 0 }],
    [
      page('b', 5900, [12100, 300], [4000], 900),
      { htmlGzip: 5900, cssGzip: 12400, jsGzip: 4000, totalGzip: 22300, jsBytes: 12900 },
    ],
  ])('%#', (p, totals) => {
    expect(pageTotals(p)).toEqual(totals);
  });
});

describe('growthExponent and median', () => {
  it.each([
    [1000, 10, 2000, 20, 1],
    [1000, 10, 2000, 40, 2],
    [2000, 30_000, 10_000, 150_000, 1],
    [1000, null, 2000, 20, null],
    [1000, 10, 1000, 20, null],
    [1000, 0, 2000, 20, null],
  ])('n %i t %s → n %i t %s: %s', (n1, t1, n2, t2, expected) => {
    const e = growthExponent(n1, t1, n2, t2);
    if (expected === null) expect(e).toBeNull();
    else expect(e).toBeCloseTo(expected, 10);
  });
  it.each([
    [[], 0],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %d', (values, m) => {
    expect(median(values)).toBe(m);
  });
});

describe('formatting', () => {
  it.each([
    [0, '0 o'],
    [1023, '1023 o'],
    [12 * 1024, '12,0 Ko'],
    [22_700, '22,2 Ko'],
    [13.6 * MB, '13,6 Mo'],
    [4 * GB, '4,00 Go'],
    [1.45e9, '1,35 Go'],
    [null, '—'],
  ])('formatBytes(%s) = %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
  it.each([
    [41.2, '41 ms'],
    [999.4, '999 ms'],
    [28_834, '28,8 s'],
    [166_000, '166,0 s'],
    [null, '—'],
  ])('formatMs(%s) = %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
  it.each([
    [0.3141, '0,31×'],
    [5.087, '5,09×'],
    [null, '—'],
  ])('formatRatio(%s) = %s', (r, text) => {
    expect(formatRatio(r)).toBe(text);
  });
  it.each([
    [250, '250'],
    [10000, '10 000'],
    [1234567, '1 234 567'],
  ])('formatInt(%i) = %s', (n, text) => {
    expect(formatInt(n)).toBe(text);
  });
});

// A run in which every figure is chosen so that the expected results are easy to check by hand.
const step = (label: string, wallMs: number, peakTreeRss: number, extra: Partial<StepMeasure> = {}): StepMeasure => ({
  label,
  wallMs,
  peakTreeRss,
  maxProcessRss: peakTreeRss / 2,
  samples: 10,
  exitCode: 0,
  ...extra,
});
const content = (n: number): ContentStats => ({
  sheets: n,
  byKind: { atelier: n * 0.3, mesure: n * 0.2, action: n * 0.3, figure: n * 0.05, vision: n * 0.15 },
  examples: n * 0.35,
  words: { min: 401, max: 873, mean: 633 },
  bytes: n * 5600,
});
const size = (n: number, ms: number, peak: number, peer: number | null, filteredMs: number): SizeMeasure => ({
  size: n,
  content: content(n),
  ours: {
    steps: [step('check:content', ms * 0.1, 300 * MB), step('astro build', ms * 0.8, peak), step('pagefind', ms * 0.1, 250 * MB)],
    distBytes: n * 20_000,
    distFiles: n * 2,
    pagefindBytes: n * 1000,
    pages: [
      page('fiche (atelier)', 7000, [], [], 220),
      page('fiche (figure)', 8100, [], []),
      page('accueil', 6200, [], []),
      page('recherche', 5400, [], [3000]),
    ],
    search: {
      firstMs: 120,
      firstResults: 111,
      filteredMs,
      filteredResults: 3,
      filteredWithDataMs: filteredMs + 10,
      warmFilteredMedianMs: 8,
    },
  },
  peer:
    peer === null
      ? null
      : {
          build: step('starlight build', peer, 2 * peak),
          pagefindMs: peer / 7,
          distBytes: n * 30_000,
          distFiles: n,
          pagefindBytes: n * 900,
          page: page('fiche (atelier)', 5900, [12100], [4000]),
        },
  errors: [],
});
const run = (sizes: SizeMeasure[]): BenchRun => ({
  startedAt: '2026-11-25T03:00:00.000Z',
  finishedAt: '2026-11-25T03:20:00.000Z',
  machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryBytes: 24 * GB, os: 'linux 6.18' },
  versions: { node: 'v22.23.3', astro: '7.3.5' },
  options: { sizes: sizes.map((s) => s.size), peer: true },
  sizes,
  notes: ['Une remarque.'],
});

describe('oursSummary and peerRatios', () => {
  const m = size(2000, 30_000, GB, 40_000, 100);
  it('sums the steps and takes the highest peak', () => {
    expect(oursSummary(m.ours!)).toEqual({ buildMs: 27_000, fullBuildMs: 30_000, peakRss: GB });
  });
  it('gives the ratios to the peer', () => {
    expect(peerRatios(m)).toEqual({
      fullBuild: 0.75,
      build: 0.675,
      peakRss: 0.5,
      dist: 20_000 / 30_000,
      pagefindIndex: 1000 / 900,
      sheetPage: 7000 / 22_000,
    });
  });
  it('gives no build time when a step failed, and no ratio without the peer', () => {
    const failed = size(250, 10_000, GB, null, 50);
    failed.ours!.steps[2] = step('pagefind', 1000, MB, { error: 'code de sortie 1', exitCode: 1 });
    expect(oursSummary(failed.ours!)).toEqual({ buildMs: null, fullBuildMs: null, peakRss: GB });
    expect(peerRatios(failed).fullBuild).toBeNull();
  });
});

describe('evaluateTargets', () => {
  it('checks every target of the issue on a run that meets them but one', () => {
    const r = run([
      size(250, 10_000, 0.7 * GB, 6000, 40),
      size(2000, 30_000, GB, 35_000, 80),
      size(10_000, 160_000, 3 * GB, 170_000, 120),
    ]);
    expect(evaluateTargets(r).map((t) => [t.id, t.status, t.measured])).toEqual([
      [
        'build-time',
        'atteint',
        '160,0 s (npm run build complet) ; astro + Pagefind 144,0 s ; 0,94× du pair (0,96× de la référence de 166,0 s)',
      ],
      ['peak-memory', 'atteint', '3,00 Go'],
      ['linear-growth', 'atteint', '1,04 (2 000 → 10 000)'],
      ['sheet-weight', 'atteint', '7,9 Ko (fiche (figure), 10 000 fiches)'],
      [
        'sheet-no-js',
        'non atteint',
        '220 o de JS au chargement (fiche (atelier), dont 220 o en ligne ; 0 script(s) demandé(s) par Chromium)',
      ],
      ['filtered-search', 'atteint', '120 ms (3 résultats)'],
    ]);
  });

  it('says what is not measured, and falls back on the reference figure without the peer', () => {
    const r = run([size(250, 10_000, 0.7 * GB, null, 40)]);
    r.sizes[0]!.ours!.pages = [];
    expect(evaluateTargets(r).map((t) => [t.id, t.status, t.target, t.measured])).toEqual([
      ['build-time', 'non mesuré', '< pair (166,0 s, pair de référence)', 'taille 10 000 non mesurée'],
      ['peak-memory', 'non mesuré', '≤ 4,00 Go', 'taille 10 000 non mesurée'],
      ['linear-growth', 'non mesuré', 'exposant ≤ 1,15 entre les deux plus grandes tailles', 'au moins deux tailles nécessaires'],
      ['sheet-weight', 'non mesuré', '≤ 12,0 Ko', 'non mesuré'],
      ['sheet-no-js', 'non mesuré', '0 octet de JS au chargement', 'non mesuré'],
      ['filtered-search', 'non mesuré', '≤ 150 ms', 'taille 10 000 non mesurée'],
    ]);
  });

  it('fails the time, memory, weight and search targets when they are missed', () => {
    const big = size(10_000, 200_000, 5 * GB, 170_000, 400);
    big.ours!.pages = [page('fiche (mesure)', 13_000, [], [])];
    const r = run([size(2000, 20_000, GB, null, 40), big]);
    expect(evaluateTargets(r).map((t) => [t.id, t.status])).toEqual([
      ['build-time', 'non atteint'],
      ['peak-memory', 'non atteint'],
      ['linear-growth', 'non atteint'],
      ['sheet-weight', 'non atteint'],
      ['sheet-no-js', 'atteint'],
      ['filtered-search', 'non atteint'],
    ]);
  });
});

describe('the report', () => {
  const r = run([size(250, 10_000, 0.7 * GB, 6000, 40), size(2000, 30_000, GB, 35_000, 80)]);
  const md = reportMarkdown(r);

  it('has every section, in French', () => {
    for (const heading of [
      '# Banc d’essai de l’Atlas des solidarités',
      '## Objectifs de l’issue 7',
      '## Contenu généré',
      '## Construction',
      '## Poids des pages',
      '## Recherche dans Chromium',
      '## Comparaison avec Starlight',
      '## Remarques',
    ]) {
      expect(md).toContain(`${heading}\n`);
    }
  });

  it('writes the exact rows of the build and comparison tables', () => {
    expect(md).toContain(
      '| 2 000 | 3,0 s | 24,0 s | 1,00 Go (512,0 Mo) | 3,0 s | 250,0 Mo (125,0 Mo) | 30,0 s | 15,0 | 38,1 Mo (4 000 fichiers) | 1,9 Mo |',
    );
    expect(md).toContain(
      '| 2 000 | 35,0 s (5,0 s) | 2,00 Go (1,00 Go) | 57,2 Mo | 1,7 Mo | 0,86× | 0,77× | 0,50× | 0,67× | 0,32× |',
    );
    expect(md).toContain('| 250 | 120 ms | 111 | 40 ms | 3 | 50 ms | 8 ms |');
    expect(md).toContain(
      '| 2 000 | Starlight — fiche (atelier) | 5,8 Ko | 11,8 Ko | 3,9 Ko | **21,5 Ko** | 11,7 Ko | 1 script(s), 11,7 Ko |',
    );
    expect(md).toContain('Croissance (exposant b de t ∝ n^b ; 1 = linéaire) : 250 → 2 000 : temps 0,53, mémoire 0,17.');
    expect(md).toContain('- Une remarque.');
  });

  it('gives the JSON the raw run, the derived figures and the targets', () => {
    const json = reportJson(r) as {
      derived: { size: number; ours: { fullBuildMs: number; msPerSheet: number } }[];
      targets: unknown[];
    };
    expect(json.derived.map((d) => [d.size, d.ours.fullBuildMs, d.ours.msPerSheet])).toEqual([
      [250, 10_000, 40],
      [2000, 30_000, 15],
    ]);
    expect(json.targets).toHaveLength(6);
    expect(JSON.parse(JSON.stringify(json))).toMatchObject({ options: { sizes: [250, 2000], peer: true } });
  });
});
