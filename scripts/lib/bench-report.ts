/**
 * The benchmark's figures (`npm run bench`, issue 7): pure functions that turn raw measurements
 * (/proc samples, `/usr/bin/time -v` output, built HTML and JS, logs) into figures, compare them with
 * the Starlight peer and the targets of the issue, and write the Markdown report and the JSON.
 */
import { parse as parseHtml } from 'node-html-parser';
import type { ContentStats } from './bench-content';

// ---------------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------------

/** One child process run: wall time and peak memory. */
export interface StepMeasure {
  /** « check:content », « astro build », « pagefind », « starlight build ». */
  label: string;
  wallMs: number;
  /** Highest sum of the RSS of the process and all its descendants, sampled from /proc. */
  peakTreeRss: number;
  /** « Maximum resident set size » of `/usr/bin/time -v`: the largest single process of the tree. */
  maxProcessRss: number | null;
  /** Number of /proc samples taken. */
  samples: number;
  exitCode: number | null;
  /** Why the step failed (exit code, time limit), if it did. */
  error?: string;
}

/** One file a page loads. */
export interface AssetWeight {
  url: string;
  bytes: number;
  gzip: number;
}

/** A page with everything it loads before any interaction. */
export interface PageWeight {
  /** « fiche (atelier) », « accueil », « recherche », « carte ». */
  label: string;
  url: string;
  html: AssetWeight;
  /** Stylesheets linked by the page (inline `<style>` is part of the HTML). */
  css: AssetWeight[];
  /** Scripts of the page and their static imports. */
  js: AssetWeight[];
  /** Bytes of inline executable scripts (JSON data blocks excluded). */
  inlineJsBytes: number;
  /** What Chromium fetched as scripts while loading the page, with no interaction. */
  browser: { scriptRequests: number; scriptBytes: number; otherRequests: number } | null;
}

/** Search latency in Chromium, on the built site. */
export interface SearchMeasure {
  /** `search('logement')` on a fresh Pagefind instance: index initialisation included. */
  firstMs: number;
  firstResults: number;
  /** `search('jeunes', { filters: { territoire: { any: ['Lot'] } } })` right after. */
  filteredMs: number;
  filteredResults: number;
  /** The same filtered query plus loading the data of its first five results. */
  filteredWithDataMs: number;
  /** Median of five more filtered queries (other words, other territories). */
  warmFilteredMedianMs: number;
}

/** What was measured on the Atlas for one size. */
export interface OursMeasure {
  /** check:content, astro build, pagefind (index-search.ts), in that order. */
  steps: StepMeasure[];
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pages: PageWeight[];
  search: SearchMeasure | null;
}

/** What was measured on the Starlight peer for one size. */
export interface PeerMeasure {
  build: StepMeasure;
  /** Pagefind time as Starlight logs it (« Finished building search index in … »). */
  pagefindMs: number | null;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  page: PageWeight | null;
}

/** Everything measured for one size. */
export interface SizeMeasure {
  size: number;
  content: ContentStats;
  ours: OursMeasure | null;
  peer: PeerMeasure | null;
  /** Failures, in French. */
  errors: string[];
}

/** A whole run. */
export interface BenchRun {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; os: string };
  versions: Record<string, string>;
  options: { sizes: number[]; peer: boolean };
  sizes: SizeMeasure[];
  notes: string[];
}

// ---------------------------------------------------------------------------------------------------
// Parsing raw measurements
// ---------------------------------------------------------------------------------------------------

/** One process, from /proc/<pid>/stat. */
export interface ProcSample {
  pid: number;
  ppid: number;
  /** Resident set size in pages. */
  rssPages: number;
}

/**
 * Reads pid, parent pid and RSS (pages) from the text of /proc/<pid>/stat. The command name, in
 * parentheses, may hold spaces and parentheses: fields are counted after the last « ) ».
 * @returns null when the text is not a stat line.
 */
export function parseProcStat(text: string): ProcSample | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 1 || close < open) return null;
  const pid = Number(text.slice(0, open).trim());
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // rest[0] is field 3 (state): field n is rest[n - 3]; ppid is field 4, rss field 24.
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isFinite(rssPages)) return null;
  return { pid, ppid, rssPages };
}

/** Sum of the RSS (bytes) of `root` and every descendant of it among `procs`. */
export function treeRss(procs: readonly ProcSample[], root: number, pageSize = 4096): number {
  const children = new Map<number, ProcSample[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const seen = new Set<number>();
  const stack = procs.filter((p) => p.pid === root);
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    total += p.rssPages * pageSize;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return total;
}

/** The figures of `/usr/bin/time -v` the benchmark uses. */
export function parseTimeVerbose(text: string): { maxRssBytes: number | null; exitStatus: number | null } {
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
  const exit = /Exit status:\s*(\d+)/.exec(text);
  return { maxRssBytes: rss ? Number(rss[1]) * 1024 : null, exitStatus: exit ? Number(exit[1]) : null };
}

/** Pagefind time from Starlight's log line « Finished building search index in 14ms. » or « in 2.34s. ». */
export function parseStarlightPagefindMs(log: string): number | null {
  const m = /Finished building search index in ([\d.]+)(ms|s)\b/.exec(log);
  if (!m) return null;
  const value = Number(m[1]);
  return m[2] === 's' ? Math.round(value * 1000) : value;
}

/** Resolves a reference found in a page or a script to a site path (null for another host). */
export function sitePath(ref: string, base: string): string | null {
  const url = new URL(ref, new URL(base, 'http://127.0.0.1/'));
  return url.host === '127.0.0.1' ? url.pathname : null;
}

/** What a page loads by itself: stylesheets, scripts and module preloads, and its inline scripts. */
export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineJsBytes: number;
  /** Stylesheets or scripts on another host (the site should have none). */
  external: string[];
}

const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json', 'importmap', 'speculationrules']);

/**
 * Lists what an HTML page loads before any interaction: `<link rel="stylesheet">`,
 * `<link rel="modulepreload">`, `<script src>`, and the bytes of inline scripts (JSON blocks excluded).
 * @param html the page.
 * @param pageUrl its path (« /recherche/ »), to resolve relative references.
 */
export function pageAssets(html: string, pageUrl: string): PageAssets {
  const root = parseHtml(html, { blockTextElements: { script: true, style: true, noscript: true } });
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const external: string[] = [];
  let inlineJsBytes = 0;
  const add = (list: string[], ref: string) => {
    const path = sitePath(ref, pageUrl);
    if (path === null) external.push(ref);
    else if (!list.includes(path)) list.push(path);
  };
  for (const link of root.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) add(stylesheets, href);
    else if (rel.includes('modulepreload')) add(scripts, href);
  }
  for (const script of root.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (DATA_SCRIPT_TYPES.has(type)) continue;
    const src = script.getAttribute('src');
    if (src) add(scripts, src);
    else inlineJsBytes += Buffer.byteLength(script.rawText, 'utf8');
  }
  return { stylesheets, scripts, inlineJsBytes, external };
}

/**
 * The static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`), as
 * site paths. Dynamic `import("x")` is left out: it loads only when the code runs it.
 * @param js the module's code (minified or not).
 * @param jsUrl its path, to resolve relative specifiers.
 */
export function staticImports(js: string, jsUrl: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of js.matchAll(pattern)) {
    const spec = m[1]!;
    if (!/^(\.{1,2}\/|\/)/.test(spec)) continue;
    const path = sitePath(spec, jsUrl);
    if (path !== null && !out.includes(path)) out.push(path);
  }
  return out;
}

/**
 * Follows static imports from the page's scripts: every JS file the page loads before any interaction.
 * @param entries the page's scripts.
 * @param read the text of a site path, or null when it is missing.
 */
export function moduleGraph(entries: readonly string[], read: (path: string) => string | null): string[] {
  const seen: string[] = [];
  const queue = [...entries];
  while (queue.length > 0 && seen.length < 500) {
    const path = queue.shift()!;
    if (seen.includes(path)) continue;
    seen.push(path);
    const code = read(path);
    if (code !== null) queue.push(...staticImports(code, path));
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------------
// Derived figures
// ---------------------------------------------------------------------------------------------------

/** Totals of a page (gzip bytes unless said). */
export function pageTotals(page: PageWeight): {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  totalGzip: number;
  /** JavaScript loaded before any interaction, uncompressed: files plus inline scripts. */
  jsBytes: number;
} {
  const cssGzip = page.css.reduce((s, a) => s + a.gzip, 0);
  const jsGzip = page.js.reduce((s, a) => s + a.gzip, 0);
  return {
    htmlGzip: page.html.gzip,
    cssGzip,
    jsGzip,
    totalGzip: page.html.gzip + cssGzip + jsGzip,
    jsBytes: page.js.reduce((s, a) => s + a.bytes, 0) + page.inlineJsBytes,
  };
}

/** Wall time of the steps with the given labels (null if one is missing or failed). */
function stepsMs(steps: readonly StepMeasure[], labels: readonly string[]): number | null {
  let total = 0;
  for (const label of labels) {
    const step = steps.find((s) => s.label === label);
    if (!step || step.error) return null;
    total += step.wallMs;
  }
  return total;
}

/** Build figures of the Atlas for one size. */
export function oursSummary(ours: OursMeasure): {
  /** astro build + Pagefind. */
  buildMs: number | null;
  /** check:content + astro build + Pagefind: the whole `npm run build`. */
  fullBuildMs: number | null;
  /** Highest peak of the steps (they run one after the other). */
  peakRss: number;
} {
  return {
    buildMs: stepsMs(ours.steps, ['astro build', 'pagefind']),
    fullBuildMs: stepsMs(ours.steps, ['check:content', 'astro build', 'pagefind']),
    peakRss: Math.max(0, ...ours.steps.map((s) => s.peakTreeRss)),
  };
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return a / b;
}

/** Ratios of the Atlas to the peer for one size (below 1: the Atlas does better). */
export function peerRatios(m: SizeMeasure): {
  fullBuild: number | null;
  build: number | null;
  peakRss: number | null;
  dist: number | null;
  pagefindIndex: number | null;
  sheetPage: number | null;
} {
  if (!m.ours || !m.peer || m.peer.build.error) {
    return { fullBuild: null, build: null, peakRss: null, dist: null, pagefindIndex: null, sheetPage: null };
  }
  const ours = oursSummary(m.ours);
  const sheet = m.ours.pages.find((p) => p.label === 'fiche (atelier)');
  return {
    fullBuild: ratio(ours.fullBuildMs, m.peer.build.wallMs),
    build: ratio(ours.buildMs, m.peer.build.wallMs),
    peakRss: ratio(ours.peakRss, m.peer.build.peakTreeRss),
    dist: ratio(m.ours.distBytes, m.peer.distBytes),
    pagefindIndex: ratio(m.ours.pagefindBytes, m.peer.pagefindBytes),
    sheetPage: sheet && m.peer.page ? ratio(pageTotals(sheet).totalGzip, pageTotals(m.peer.page).totalGzip) : null,
  };
}

/**
 * Exponent b of t ∝ n^b between two sizes: 1 is linear growth, 2 quadratic.
 * @returns null when a value is missing or not positive.
 */
export function growthExponent(n1: number, t1: number | null, n2: number, t2: number | null): number | null {
  if (t1 === null || t2 === null || t1 <= 0 || t2 <= 0 || n1 <= 0 || n2 <= 0 || n1 === n2) return null;
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

/** Median of a non-empty list (0 for an empty one). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ---------------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------------

/** Figures measured earlier for a plain Starlight site on this kind of machine (issue 7). */
export const REFERENCE = {
  2000: { buildMs: 34_000, peakRss: 1.45e9 },
  10000: { buildMs: 166_000, pagefindMs: 24_000, peakRss: 4.7e9, distBytes: 304e6 },
  sheetPage: { totalKB: 22.7, htmlKB: 6.4, cssKB: 12.2, jsKB: 4.1 },
} as const;

/** Thresholds of the issue. 1 Ko = 1 024 octets, 1 Go = 1 024³ octets. */
export const TARGETS = {
  size: 10_000,
  peakRss: 4 * 1024 ** 3,
  /** Growth is « close to linear » when the time exponent between the two largest sizes is at most this. */
  growthExponent: 1.15,
  sheetPageGzip: 12 * 1024,
  filteredSearchMs: 150,
} as const;

export type TargetStatus = 'atteint' | 'non atteint' | 'non mesuré';

/** One target of the issue and how the run did. */
export interface TargetResult {
  id: 'build-time' | 'peak-memory' | 'linear-growth' | 'sheet-weight' | 'sheet-no-js' | 'filtered-search';
  label: string;
  target: string;
  measured: string;
  status: TargetStatus;
}

const status = (ok: boolean | null): TargetStatus => (ok === null ? 'non mesuré' : ok ? 'atteint' : 'non atteint');

/** The sheet pages of a size (one per kind). */
function sheetPages(m: SizeMeasure): PageWeight[] {
  return m.ours?.pages.filter((p) => p.label.startsWith('fiche')) ?? [];
}

/** Checks every target of the issue against the run. */
export function evaluateTargets(run: Pick<BenchRun, 'sizes'>): TargetResult[] {
  const at = run.sizes.find((s) => s.size === TARGETS.size && s.ours);
  const ours = at?.ours ? oursSummary(at.ours) : null;
  const missing = `taille ${formatInt(TARGETS.size)} non mesurée`;
  const results: TargetResult[] = [];

  // 1. Build time against the peer (measured if possible, else the reference figure).
  {
    const peerMs = at?.peer && !at.peer.build.error ? at.peer.build.wallMs : null;
    const against = peerMs ?? REFERENCE[10000].buildMs;
    const source = peerMs !== null ? 'pair mesuré' : 'pair de référence';
    const full = ours?.fullBuildMs ?? null;
    results.push({
      id: 'build-time',
      label: `${formatInt(TARGETS.size)} fiches construites et indexées plus vite que le pair`,
      target: `< pair (${formatMs(against)}, ${source})`,
      measured:
        full === null
          ? missing
          : `${formatMs(full)} (npm run build complet) ; astro + Pagefind ${formatMs(ours?.buildMs ?? null)} ; ${formatRatio(ratio(full, against))} du pair` +
            (peerMs !== null
              ? ` (${formatRatio(ratio(full, REFERENCE[10000].buildMs))} de la référence de ${formatMs(REFERENCE[10000].buildMs)})`
              : ''),
      status: status(full === null ? null : full < against),
    });
  }
  // 2. Peak memory.
  results.push({
    id: 'peak-memory',
    label: `Mémoire de pointe à ${formatInt(TARGETS.size)} fiches`,
    target: `≤ ${formatBytes(TARGETS.peakRss)}`,
    measured: ours ? formatBytes(ours.peakRss) : missing,
    status: status(ours ? ours.peakRss <= TARGETS.peakRss : null),
  });
  // 3. Growth between the two largest sizes measured.
  {
    const built = run.sizes.filter((s) => s.ours && oursSummary(s.ours).fullBuildMs !== null).sort((a, b) => a.size - b.size);
    const [a, b] = built.slice(-2);
    const exp =
      a && b ? growthExponent(a.size, oursSummary(a.ours!).fullBuildMs, b.size, oursSummary(b.ours!).fullBuildMs) : null;
    results.push({
      id: 'linear-growth',
      label: 'Croissance proche du linéaire (temps de construction)',
      target: `exposant ≤ ${formatNumber(TARGETS.growthExponent, 2)} entre les deux plus grandes tailles`,
      measured:
        exp === null || !a || !b
          ? 'au moins deux tailles nécessaires'
          : `${formatNumber(exp, 2)} (${formatInt(a.size)} → ${formatInt(b.size)})`,
      status: status(exp === null ? null : exp <= TARGETS.growthExponent),
    });
  }
  // 4 and 5. Sheet page weight and JavaScript, at the largest size measured.
  {
    const largest = [...run.sizes].filter((s) => sheetPages(s).length > 0).sort((x, y) => y.size - x.size)[0];
    const pages = largest ? sheetPages(largest) : [];
    const heaviest = pages.map((p) => ({ p, t: pageTotals(p) })).sort((x, y) => y.t.totalGzip - x.t.totalGzip)[0];
    results.push({
      id: 'sheet-weight',
      label: 'Page de fiche compressée (HTML + CSS + JS), la plus lourde des types de fiche',
      target: `≤ ${formatBytes(TARGETS.sheetPageGzip)}`,
      measured: heaviest
        ? `${formatBytes(heaviest.t.totalGzip)} (${heaviest.p.label}, ${formatInt(largest!.size)} fiches)`
        : 'non mesuré',
      status: status(heaviest ? heaviest.t.totalGzip <= TARGETS.sheetPageGzip : null),
    });
    // JS files and inline scripts found in the HTML, and scripts Chromium fetched while loading.
    const js = pages.map((p) => ({
      p,
      bytes: pageTotals(p).jsBytes,
      inline: p.inlineJsBytes,
      fetched: p.browser?.scriptRequests ?? 0,
    }));
    const worst = [...js].sort((x, y) => y.bytes + y.fetched - (x.bytes + x.fetched))[0];
    const anyJs = js.some((x) => x.bytes > 0 || x.fetched > 0);
    results.push({
      id: 'sheet-no-js',
      label: 'Aucun JavaScript sur une page de fiche avant d’utiliser la recherche',
      target: '0 octet de JS au chargement',
      measured: !worst
        ? 'non mesuré'
        : anyJs
          ? `${formatBytes(worst.bytes)} de JS au chargement (${worst.p.label}, dont ${formatBytes(worst.inline)} en ligne ; ${worst.fetched} script(s) demandé(s) par Chromium)`
          : '0 octet (analyse du HTML et Chromium)',
      status: status(worst ? !anyJs : null),
    });
  }
  // 6. Filtered search.
  {
    const search = at?.ours?.search ?? null;
    results.push({
      id: 'filtered-search',
      label: `Recherche filtrée à ${formatInt(TARGETS.size)} fiches (Chromium)`,
      target: `≤ ${TARGETS.filteredSearchMs} ms`,
      measured: search ? `${formatMs(search.filteredMs)} (${search.filteredResults} résultats)` : missing,
      status: status(search ? search.filteredMs <= TARGETS.filteredSearchMs : null),
    });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------
// Formatting (French)
// ---------------------------------------------------------------------------------------------------

/** 12345 → « 12 345 » (ordinary spaces, for Markdown tables). */
export function formatInt(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** 1.2345 with 2 digits → « 1,23 ». */
export function formatNumber(n: number, digits = 1): string {
  return n.toFixed(digits).replace('.', ',');
}

/** Bytes in o, Ko, Mo or Go (powers of 1 024). */
export function formatBytes(n: number | null): string {
  if (n === null) return '—';
  if (n < 1024) return `${Math.round(n)} o`;
  if (n < 1024 ** 2) return `${formatNumber(n / 1024)} Ko`;
  if (n < 1024 ** 3) return `${formatNumber(n / 1024 ** 2)} Mo`;
  return `${formatNumber(n / 1024 ** 3, 2)} Go`;
}

/** Milliseconds as « 123 ms » below a second, else « 34,2 s ». */
export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${formatNumber(ms / 1000)} s`;
}

/** 0.5234 → « 0,52× ». */
export function formatRatio(r: number | null): string {
  return r === null ? '—' : `${formatNumber(r, 2)}×`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function stepCell(steps: readonly StepMeasure[], label: string): [string, string] {
  const s = steps.find((x) => x.label === label);
  if (!s) return ['—', '—'];
  if (s.error) return [`échec (${s.error})`, formatBytes(s.peakTreeRss)];
  return [formatMs(s.wallMs), `${formatBytes(s.peakTreeRss)} (${formatBytes(s.maxProcessRss)})`];
}

// ---------------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------------

/** The JSON file: the raw run, the derived figures and the targets. */
export function reportJson(run: BenchRun): Record<string, unknown> {
  return {
    ...run,
    derived: run.sizes.map((m) => ({
      size: m.size,
      ours: m.ours
        ? {
            ...oursSummary(m.ours),
            msPerSheet: ratio(oursSummary(m.ours).fullBuildMs, m.size),
            pages: m.ours.pages.map((p) => ({ label: p.label, url: p.url, ...pageTotals(p) })),
          }
        : null,
      peer: m.peer ? { buildMs: m.peer.build.error ? null : m.peer.build.wallMs, peakRss: m.peer.build.peakTreeRss } : null,
      ratios: peerRatios(m),
    })),
    targets: evaluateTargets(run),
    reference: REFERENCE,
    thresholds: TARGETS,
  };
}

/** The Markdown report, in French. */
export function reportMarkdown(run: BenchRun): string {
  const out: string[] = [];
  const sizes = [...run.sizes].sort((a, b) => a.size - b.size);
  out.push('# Banc d’essai de l’Atlas des solidarités', '');
  out.push(
    `Mesuré le ${run.startedAt.slice(0, 10)} (de ${run.startedAt.slice(11, 19)} à ${run.finishedAt.slice(11, 19)} UTC) ` +
      `sur ${run.machine.cpus} cœurs (${run.machine.cpuModel}), ${formatBytes(run.machine.memoryBytes)} de mémoire, ${run.machine.os}. ` +
      `Versions : ${Object.entries(run.versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    '',
    `Tailles : ${sizes.map((s) => formatInt(s.size)).join(', ')} fiches ; pair Starlight : ${run.options.peer ? 'oui' : 'non'}. ` +
      'Contenu synthétique (toutes les collections, les 13 départements et les 3 métropoles, tous les thèmes, ' +
      '400 à 900 mots de texte par fiche) généré par `scripts/lib/bench-content.ts`.',
    '',
  );

  out.push('## Objectifs de l’issue 7', '');
  out.push(
    table(
      ['Objectif', 'Seuil', 'Mesuré', 'Résultat'],
      evaluateTargets(run).map((t) => [t.label, t.target, t.measured, t.status === 'atteint' ? '**atteint**' : t.status]),
    ),
    '',
  );

  out.push('## Contenu généré', '');
  out.push(
    table(
      [
        'Fiches',
        'Ateliers',
        'Mesures',
        'Exemples locaux',
        'Actions',
        'Figures',
        'Visions',
        'Mots par fiche (min–moy–max)',
        'MDX',
      ],
      sizes.map((m) => [
        formatInt(m.size),
        formatInt(m.content.byKind.atelier),
        formatInt(m.content.byKind.mesure),
        formatInt(m.content.examples),
        formatInt(m.content.byKind.action),
        formatInt(m.content.byKind.figure),
        formatInt(m.content.byKind.vision),
        `${m.content.words.min}–${m.content.words.mean}–${m.content.words.max}`,
        formatBytes(m.content.bytes),
      ]),
    ),
    '',
  );

  out.push('## Construction', '');
  out.push(
    'Temps : horloge murale du processus lancé. Mémoire : pointe de la somme des RSS du processus et de tous ses ' +
      'descendants, relevée dans /proc toutes les 100 ms ; entre parenthèses, le « Maximum resident set size » de ' +
      '`/usr/bin/time -v` (le plus gros processus seul).',
    '',
  );
  out.push(
    table(
      [
        'Fiches',
        'check:content',
        'astro build',
        'mémoire astro',
        'Pagefind',
        'mémoire Pagefind',
        'npm run build',
        'ms par fiche',
        'dist',
        'index Pagefind',
      ],
      sizes.map((m) => {
        if (!m.ours) return [formatInt(m.size), 'non mesuré', '', '', '', '', '', '', '', ''];
        const s = oursSummary(m.ours);
        const [check] = stepCell(m.ours.steps, 'check:content');
        const [astro, astroMem] = stepCell(m.ours.steps, 'astro build');
        const [pf, pfMem] = stepCell(m.ours.steps, 'pagefind');
        return [
          formatInt(m.size),
          check,
          astro,
          astroMem,
          pf,
          pfMem,
          formatMs(s.fullBuildMs),
          s.fullBuildMs === null ? '—' : formatNumber(s.fullBuildMs / m.size, 1),
          `${formatBytes(m.ours.distBytes)} (${formatInt(m.ours.distFiles)} fichiers)`,
          formatBytes(m.ours.pagefindBytes),
        ];
      }),
    ),
    '',
  );
  const exps = sizes
    .slice(1)
    .map((m, i) => {
      const prev = sizes[i]!;
      const e =
        m.ours && prev.ours
          ? growthExponent(prev.size, oursSummary(prev.ours).fullBuildMs, m.size, oursSummary(m.ours).fullBuildMs)
          : null;
      const mem =
        m.ours && prev.ours
          ? growthExponent(prev.size, oursSummary(prev.ours).peakRss, m.size, oursSummary(m.ours).peakRss)
          : null;
      return e === null
        ? null
        : `${formatInt(prev.size)} → ${formatInt(m.size)} : temps ${formatNumber(e, 2)}, mémoire ${mem === null ? '—' : formatNumber(mem, 2)}`;
    })
    .filter((x): x is string => x !== null);
  if (exps.length > 0) {
    out.push(`Croissance (exposant b de t ∝ n^b ; 1 = linéaire) : ${exps.join(' ; ')}.`, '');
  }

  out.push('## Poids des pages', '');
  out.push(
    'Octets transférés compressés en gzip (niveau 6), fichier par fichier : le HTML, chaque feuille de style liée et ' +
      'chaque script chargé au démarrage (balises `<script src>`, `modulepreload` et imports statiques suivis ; ' +
      'les `import()` dynamiques, chargés à l’usage, sont exclus). « JS au chargement » : octets non compressés de ' +
      'ces scripts et des scripts en ligne ; « Chromium » : scripts réellement demandés pendant le chargement, sans interaction.',
    '',
  );
  const pageRows: string[][] = [];
  for (const m of sizes) {
    const pages: { who: string; p: PageWeight }[] = [
      ...(m.ours?.pages ?? []).map((p) => ({ who: 'Atlas', p })),
      ...(m.peer?.page ? [{ who: 'Starlight', p: m.peer.page }] : []),
    ];
    for (const { who, p } of pages) {
      const t = pageTotals(p);
      pageRows.push([
        formatInt(m.size),
        `${who} — ${p.label}`,
        formatBytes(t.htmlGzip),
        formatBytes(t.cssGzip),
        formatBytes(t.jsGzip),
        `**${formatBytes(t.totalGzip)}**`,
        formatBytes(t.jsBytes),
        p.browser ? `${p.browser.scriptRequests} script(s), ${formatBytes(p.browser.scriptBytes)}` : '—',
      ]);
    }
  }
  out.push(table(['Fiches', 'Page', 'HTML', 'CSS', 'JS', 'Total', 'JS au chargement', 'Chromium'], pageRows), '');

  out.push('## Recherche dans Chromium', '');
  out.push(
    'Chromium de Debian (headless) sur le site construit servi sur 127.0.0.1. Après le chargement de `/recherche/`, ' +
      'une instance neuve de Pagefind est importée (`/pagefind/pagefind.js?bench`) ; temps `performance.now()` dans la page.',
    '',
  );
  out.push(
    table(
      [
        'Fiches',
        "`search('logement')` (avec l’initialisation)",
        'résultats',
        "`search('jeunes', territoire Lot)`",
        'résultats',
        'filtrée + 5 résultats chargés',
        'filtrée, médiane de 5 autres',
      ],
      sizes.map((m) => {
        const s = m.ours?.search;
        return s
          ? [
              formatInt(m.size),
              formatMs(s.firstMs),
              formatInt(s.firstResults),
              formatMs(s.filteredMs),
              formatInt(s.filteredResults),
              formatMs(s.filteredWithDataMs),
              formatMs(s.warmFilteredMedianMs),
            ]
          : [formatInt(m.size), 'non mesuré', '', '', '', '', ''];
      }),
    ),
    '',
  );

  out.push('## Comparaison avec Starlight', '');
  if (!run.options.peer) {
    out.push('Pair Starlight non lancé (`--no-peer`).', '');
  } else {
    out.push(
      'Site Starlight nu (mêmes titres, résumés en `description` et textes, en Markdown ; barre latérale sans les fiches ; ' +
        'Pagefind lancé par Starlight à la fin de `astro build`). Rapport = Atlas / Starlight : en dessous de 1, l’Atlas fait mieux.',
      '',
    );
    out.push(
      table(
        [
          'Fiches',
          'Starlight : build (dont Pagefind)',
          'mémoire',
          'dist',
          'index',
          'npm run build / pair',
          'astro + Pagefind / pair',
          'mémoire / pair',
          'dist / pair',
          'page de fiche / pair',
        ],
        sizes.map((m) => {
          if (!m.peer) return [formatInt(m.size), 'non mesuré', '', '', '', '', '', '', '', ''];
          const r = peerRatios(m);
          const b = m.peer.build;
          return [
            formatInt(m.size),
            b.error ? `échec (${b.error})` : `${formatMs(b.wallMs)} (${formatMs(m.peer.pagefindMs)})`,
            `${formatBytes(b.peakTreeRss)} (${formatBytes(b.maxProcessRss)})`,
            formatBytes(m.peer.distBytes),
            formatBytes(m.peer.pagefindBytes),
            formatRatio(r.fullBuild),
            formatRatio(r.build),
            formatRatio(r.peakRss),
            formatRatio(r.dist),
            formatRatio(r.sheetPage),
          ];
        }),
      ),
      '',
    );
  }
  out.push('Chiffres de référence d’un site Starlight nu mesurés auparavant sur ce type de machine (issue 7) :', '');
  out.push(
    table(
      ['Mesure', 'Référence'],
      [
        ['2 000 fiches : construction', `${formatMs(REFERENCE[2000].buildMs)}, pointe 1,45 Go`],
        ['10 000 fiches : construction', `${formatMs(REFERENCE[10000].buildMs)} (Pagefind 24 s), pointe 4,7 Go, dist 304 Mo`],
        ['Page de fiche compressée', '22,7 Ko (HTML 6,4 ; CSS 12,2 ; JS 4,1)'],
      ],
    ),
    '',
  );

  const errors = sizes.flatMap((m) => m.errors.map((e) => `${formatInt(m.size)} fiches : ${e}`));
  if (errors.length > 0 || run.notes.length > 0) {
    out.push('## Remarques', '');
    for (const line of [...errors, ...run.notes]) out.push(`- ${line}`);
    out.push('');
  }
  return out.join('\n');
}
