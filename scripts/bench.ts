/**
 * `npm run bench` (issue 7): builds synthetic content of 250, 2 000 and 10 000 sheets, measures the
 * build, the Pagefind indexing, the weight of the pages and the search in Chromium, does the same with a
 * plain Starlight site, and writes a Markdown report and a JSON file into bench-results/.
 *   npm run bench -- --sizes 250,2000   fewer sizes
 *   npm run bench -- --no-peer          without Starlight
 *   npm run bench -- --keep             keep the temporary folder (content, builds, logs)
 *   npm run bench -- --from bench-results/bench-250.json   rewrite that report from its measures
 * Everything is built in a temporary folder: the project's dist/ and node_modules/.astro are not touched.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import {
  contentStats,
  generateSheets,
  KIND_DIRS,
  REFERENCE_DIRS,
  referencesFromEntries,
  sampleSheets,
  STARLIGHT_VERSIONS,
  starlightFiles,
  starlightUrl,
  type BenchFile,
  type BenchSheet,
} from './lib/bench-content';
import {
  median,
  moduleGraph,
  pageAssets,
  parseProcStat,
  parseStarlightPagefindMs,
  parseTimeVerbose,
  reportJson,
  reportMarkdown,
  evaluateTargets,
  treeRss,
  type AssetWeight,
  type BenchRun,
  type PageWeight,
  type ProcSample,
  type SearchMeasure,
  type SizeMeasure,
  type StepMeasure,
} from './lib/bench-report';
import { readContent } from './lib/read-content';
import { copyProject } from './lib/project-copy';
import { serveStatic } from './lib/static-server';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = CHROMIUM_PATH;
const NODE = process.execPath;

// ---------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('--sizes') ?? '250,2000,10000').split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 50_000)) {
  console.error('--sizes : des entiers entre 1 et 50 000 séparés par des virgules (ex. --sizes 250,2000)');
  process.exit(2);
}
const withPeer = !args.includes('--no-peer');
const keep = args.includes('--keep');
/** Rewrites the report from a JSON file written by an earlier run, without measuring anything. */
const from = option('--from');

// ---------------------------------------------------------------------------------------------------
// Child processes: every one is a process group, killed on exit
// ---------------------------------------------------------------------------------------------------

const children = new Set<ChildProcess>();
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
let cleaned = false;

function killAll(): void {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}

function cleanUp(): void {
  if (cleaned) return;
  cleaned = true;
  killAll();
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`Dossier temporaire conservé : ${work}`);
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\nInterrompu (${signal}) : arrêt des processus lancés.`);
    cleanUp();
    process.exit(130);
  });
}

/** All processes of the machine, from /proc. */
function readProcs(): ProcSample[] {
  const out: ProcSample[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const p = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (p) out.push(p);
    } catch {
      // the process ended between readdir and read
    }
  }
  return out;
}

interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  timeoutMs: number;
  /** Log file (stdout and stderr). */
  log: string;
}

/**
 * Runs a command under `/usr/bin/time -v` in its own process group, samples the RSS of its process
 * tree every 100 ms, and kills the group when the time limit is reached.
 * @returns the measure and the lines of output that match `keepLines`.
 */
async function measure(
  label: string,
  command: string,
  commandArgs: string[],
  opts: RunOptions,
  keepLines = /Finished building search index|error|erreur/i,
): Promise<{ step: StepMeasure; kept: string[]; tail: string[] }> {
  const timeFile = `${opts.log}.time`;
  const log = createWriteStream(opts.log);
  const kept: string[] = [];
  const tail: string[] = [];
  const start = performance.now();
  const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, command, ...commandArgs], {
    cwd: opts.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...opts.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let peak = 0;
  let samples = 0;
  const sample = () => {
    if (!child.pid) return;
    peak = Math.max(peak, treeRss(readProcs(), child.pid));
    samples++;
  };
  const sampler = setInterval(sample, 100);
  let buffer = '';
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (keepLines.test(line) && kept.length < 200) kept.push(line);
      tail.push(line);
      if (tail.length > 30) tail.shift();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, opts.timeoutMs);
  const exitCode = await new Promise<number | null>((done) => {
    child.on('error', () => done(null));
    child.on('close', (code) => done(code));
  });
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  clearTimeout(timer);
  children.delete(child);
  await new Promise<void>((done) => log.end(done));
  const time = existsSync(timeFile) ? parseTimeVerbose(readFileSync(timeFile, 'utf8')) : { maxRssBytes: null, exitStatus: null };
  const step: StepMeasure = {
    label,
    wallMs: Math.round(wallMs),
    peakTreeRss: peak,
    maxProcessRss: time.maxRssBytes,
    samples,
    exitCode,
  };
  if (timedOut) step.error = `délai de ${Math.round(opts.timeoutMs / 1000)} s dépassé`;
  else if (exitCode !== 0) step.error = `code de sortie ${exitCode}`;
  return { step, kept, tail };
}

// ---------------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------------

function writeFiles(root: string, files: readonly BenchFile[]): void {
  const dirs = new Set(files.map((f) => dirname(join(root, f.path))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(root, f.path), f.text);
}

function du(path: string): { bytes: number; files: number } {
  if (!existsSync(path)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(path, name));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Removes the caches Astro and Vite keep in node_modules, so each build starts cold. */
function clearBuildCaches(project: string): void {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.vite-temp']) {
    rmSync(join(project, dir), { recursive: true, force: true });
  }
}

/** A copy of the project to build in (scripts/lib/project-copy.ts). */
const makeProjectCopy = (dest: string): void => copyProject(ROOT, dest);

// ---------------------------------------------------------------------------------------------------
// Pages and search
// ---------------------------------------------------------------------------------------------------

function weigh(url: string, bytes: Buffer): AssetWeight {
  return { url, bytes: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

/** Reads a site path from a built site (null when missing). */
function reader(dist: string): (path: string) => Buffer | null {
  return (path) => {
    const file = join(dist, decodeURIComponent(path).replace(/\/$/, '/index.html'));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null;
  };
}

/** The page and every stylesheet and script it loads before any interaction, from disk. */
function pageWeight(dist: string, label: string, url: string): PageWeight {
  const read = reader(dist);
  const html = read(url);
  if (!html) throw new Error(`page absente de la construction : ${url}`);
  const assets = pageAssets(html.toString('utf8'), url);
  const files = (paths: readonly string[]) =>
    paths.map((p) => {
      const body = read(p);
      if (!body) throw new Error(`fichier chargé par ${url} absent : ${p}`);
      return weigh(p, body);
    });
  const js = moduleGraph(assets.scripts, (p) => read(p)?.toString('utf8') ?? null);
  return {
    label,
    url,
    html: weigh(url, html),
    css: files(assets.stylesheets),
    js: files(js),
    inlineJsBytes: assets.inlineJsBytes,
    browser: null,
  };
}

/** Version of the Chromium used, once it has been launched. */
let chromiumVersion = '';

async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: 60_000,
    args: [...CHROMIUM_ARGS],
  });
  chromiumVersion = browser.version();
  return browser;
}

/** What Chromium requests while loading a page, with no interaction. */
async function browserLoad(browser: Browser, base: string, url: string): Promise<NonNullable<PageWeight['browser']>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    let other = 0;
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script')
        sizes.push(
          response.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
      else if (type !== 'document') other++;
    });
    await page.goto(base + url, { waitUntil: 'networkidle', timeout: 60_000 });
    const bytes = await Promise.all(sizes);
    return { scriptRequests: bytes.length, scriptBytes: bytes.reduce((s, b) => s + b, 0), otherRequests: other };
  } finally {
    await context.close();
  }
}

/** Times Pagefind in the page, on a fresh instance (the page's own search app already loaded one). */
async function searchLatency(browser: Browser, base: string): Promise<SearchMeasure> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${base}/recherche/`, { waitUntil: 'networkidle', timeout: 60_000 });
    return await page
      .evaluate(async () => {
        type Result = { data(): Promise<unknown> };
        type Pagefind = {
          search(q: string, o?: { filters: Record<string, { any: string[] }> }): Promise<{ results: Result[] }>;
        };
        const url = `/pagefind/pagefind.js?bench=${Date.now()}`;
        const t0 = performance.now();
        const pagefind = (await import(url)) as Pagefind;
        const first = await pagefind.search('logement');
        const t1 = performance.now();
        const filtered = await pagefind.search('jeunes', { filters: { territoire: { any: ['Lot'] } } });
        const t2 = performance.now();
        await Promise.all(filtered.results.slice(0, 5).map((r) => r.data()));
        const t3 = performance.now();
        const warm: number[] = [];
        for (const [q, place] of [
          ['emploi', 'Aude'],
          ['cantine', 'Gard'],
          ['mobilité', 'Tarn'],
          ['santé', 'Hérault'],
          ['numérique', 'Aveyron'],
        ] as const) {
          const s = performance.now();
          await pagefind.search(q, { filters: { territoire: { any: [place] } } });
          warm.push(performance.now() - s);
        }
        return {
          firstMs: t1 - t0,
          firstResults: first.results.length,
          filteredMs: t2 - t1,
          filteredResults: filtered.results.length,
          filteredWithDataMs: t3 - t1,
          warm,
        };
      })
      .then(({ warm, ...rest }) => ({ ...rest, warmFilteredMedianMs: median(warm) }));
  } finally {
    await context.close();
  }
}

/** Serves a built site and measures, in Chromium, what each page loads; and the search when asked. */
async function browserMeasures(
  dist: string,
  pages: PageWeight[],
  withSearch: boolean,
): Promise<{ search: SearchMeasure | null; errors: string[] }> {
  const errors: string[] = [];
  if (!existsSync(CHROMIUM)) return { search: null, errors: [`Chromium introuvable (${CHROMIUM}) : mesures navigateur sautées`] };
  const { server, url } = await serveStatic(dist);
  const browser = await launchBrowser();
  let search: SearchMeasure | null = null;
  try {
    for (const p of pages) {
      try {
        p.browser = await browserLoad(browser, url, p.url);
      } catch (error) {
        errors.push(`chargement de ${p.url} dans Chromium : ${String(error)}`);
      }
    }
    if (withSearch) {
      try {
        search = await searchLatency(browser, url);
      } catch (error) {
        errors.push(`recherche dans Chromium : ${String(error)}`);
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
  return { search, errors };
}

// ---------------------------------------------------------------------------------------------------
// One size
// ---------------------------------------------------------------------------------------------------

/** A time limit that grows with the size: 5 minutes plus 0.3 s per sheet. */
const limit = (size: number, factor = 1) => Math.round((300_000 + size * 300) * factor);

async function benchOurs(size: number, sheets: BenchSheet[], contentDir: string, project: string) {
  const logs = join(work, `logs-${size}`);
  mkdirSync(logs, { recursive: true });
  const env = { ATLAS_CONTENT_DIR: contentDir };
  const tsx = join(project, 'node_modules/tsx/dist/cli.mjs');
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const errors: string[] = [];

  console.log(`  check:content…`);
  const check = await measure('check:content', NODE, [tsx, 'scripts/check-content.ts'], {
    cwd: project,
    env,
    timeoutMs: limit(size, 0.5),
    log: join(logs, 'check-content.log'),
  });
  if (check.step.error) {
    // A generator bug: stop everything, loudly.
    throw new Error(
      `le contenu synthétique de ${size} fiches est invalide (${check.step.error}) :\n${check.tail.join('\n')}\n(journal : ${join(logs, 'check-content.log')})`,
    );
  }
  clearBuildCaches(project);
  console.log(`  astro build…`);
  const build = await measure('astro build', NODE, [astro, 'build'], {
    cwd: project,
    env,
    timeoutMs: limit(size, 2),
    log: join(logs, 'astro-build.log'),
  });
  const steps = [check.step, build.step];
  if (build.step.error) {
    errors.push(`astro build : ${build.step.error} — ${build.tail.slice(-5).join(' / ')}`);
    return { ours: { steps, distBytes: 0, distFiles: 0, pagefindBytes: 0, pages: [], search: null }, errors };
  }
  console.log(`  Pagefind (scripts/index-search.ts)…`);
  const index = await measure('pagefind', NODE, [tsx, 'scripts/index-search.ts'], {
    cwd: project,
    env,
    timeoutMs: limit(size),
    log: join(logs, 'index-search.log'),
  });
  steps.push(index.step);
  if (index.step.error) errors.push(`Pagefind : ${index.step.error} — ${index.tail.slice(-5).join(' / ')}`);

  const dist = join(project, 'dist');
  const total = du(dist);
  const pages: PageWeight[] = [];
  try {
    for (const s of sampleSheets(sheets)) pages.push(pageWeight(dist, `fiche (${s.kind})`, s.url));
    pages.push(
      pageWeight(dist, 'accueil', '/'),
      pageWeight(dist, 'recherche', '/recherche/'),
      pageWeight(dist, 'carte', '/carte/'),
    );
  } catch (error) {
    errors.push(`poids des pages : ${String(error)}`);
  }
  console.log(`  Chromium : pages et recherche…`);
  const browser = await browserMeasures(dist, pages, !index.step.error);
  errors.push(...browser.errors);
  return {
    ours: {
      steps,
      distBytes: total.bytes,
      distFiles: total.files,
      pagefindBytes: du(join(dist, 'pagefind')).bytes,
      pages,
      search: browser.search,
    },
    errors,
  };
}

async function ensurePeer(peerDir: string): Promise<void> {
  const installed = join(peerDir, 'node_modules/@astrojs/starlight/package.json');
  const version = existsSync(installed) ? (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version : null;
  if (version === STARLIGHT_VERSIONS['@astrojs/starlight']) return;
  console.log(
    `Installation du pair : astro ${STARLIGHT_VERSIONS.astro}, @astrojs/starlight ${STARLIGHT_VERSIONS['@astrojs/starlight']}…`,
  );
  mkdirSync(peerDir, { recursive: true });
  writeFiles(
    peerDir,
    starlightFiles([]).filter((f) => f.path === 'package.json'),
  );
  const npm = await measure('npm install', 'npm', ['install', '--no-audit', '--no-fund', '--no-save'], {
    cwd: peerDir,
    timeoutMs: 600_000,
    log: join(work, 'peer-install.log'),
  });
  if (npm.step.error) throw new Error(`installation de Starlight : ${npm.step.error}\n${npm.tail.join('\n')}`);
}

async function benchPeer(size: number, sheets: BenchSheet[], peerDir: string) {
  const errors: string[] = [];
  rmSync(join(peerDir, 'src'), { recursive: true, force: true });
  clearBuildCaches(peerDir);
  writeFiles(peerDir, starlightFiles(sheets));
  console.log(`  Starlight : astro build (avec Pagefind)…`);
  const run = await measure('starlight build', NODE, [join(peerDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: peerDir,
    timeoutMs: limit(size, 3),
    log: join(work, `logs-${size}`, 'starlight-build.log'),
  });
  if (run.step.error) errors.push(`Starlight : ${run.step.error} — ${run.tail.slice(-5).join(' / ')}`);
  const dist = join(peerDir, 'dist');
  let page: PageWeight | null = null;
  const first = sampleSheets(sheets)[0];
  const atelier = sheets.find((s) => s.kind === 'atelier') ?? first;
  if (!run.step.error && atelier) {
    try {
      page = pageWeight(dist, 'fiche (atelier)', starlightUrl(atelier));
      const browser = await browserMeasures(dist, [page], false);
      errors.push(...browser.errors);
    } catch (error) {
      errors.push(`Starlight, poids de la page : ${String(error)}`);
    }
  }
  const total = du(dist);
  const peer = {
    build: run.step,
    pagefindMs: parseStarlightPagefindMs(run.kept.join('\n')),
    distBytes: total.bytes,
    distFiles: total.files,
    pagefindBytes: du(join(dist, 'pagefind')).bytes,
    page,
  };
  rmSync(dist, { recursive: true, force: true });
  return { peer, errors };
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

function version(pkg: string, base = ROOT): string {
  try {
    return (JSON.parse(readFileSync(join(base, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

async function main(): Promise<number> {
  const startedAt = new Date().toISOString();
  console.log(
    `Banc d’essai : ${sizes.join(', ')} fiches${withPeer ? ', avec le pair Starlight' : ''} ; dossier temporaire ${work}`,
  );
  const project = join(work, 'project');
  makeProjectCopy(project);
  const refEntries = readContent(join(ROOT, 'content'), ROOT).entries.filter(
    (e) => !Object.values(KIND_DIRS).some((dir) => e.file.startsWith(`content/${dir}/`)),
  );
  const refs = referencesFromEntries(refEntries);
  const peerDir = join(tmpdir(), `atlas-bench-starlight-${STARLIGHT_VERSIONS['@astrojs/starlight']}`);
  if (withPeer) await ensurePeer(peerDir);

  const results: SizeMeasure[] = [];
  const run = (): BenchRun => ({
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? '?',
      memoryBytes: totalmem(),
      os: `${platform()} ${release()}`,
    },
    versions: {
      node: process.version,
      astro: version('astro'),
      pagefind: version('pagefind'),
      chromium: chromiumVersion ? `${chromiumVersion} (Debian)` : 'absent',
      ...(withPeer ? { '@astrojs/starlight': version('@astrojs/starlight', peerDir) } : {}),
    },
    options: { sizes, peer: withPeer },
    sizes: results,
    notes: [
      `Mémoire libre au départ : ${Math.round(freemem() / 1024 ** 3)} Go.`,
      'Les étapes tournent l’une après l’autre, à froid (caches d’Astro et de Vite effacés avant chaque construction).',
      ...(process.env.NODE_OPTIONS ? [`NODE_OPTIONS=${process.env.NODE_OPTIONS}`] : []),
    ],
  });
  const outDir = join(ROOT, 'bench-results');
  const name = `bench-${sizes.join('-')}${withPeer ? '' : '-sans-pair'}`;
  const save = () => {
    mkdirSync(outDir, { recursive: true });
    const r = run();
    writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(reportJson(r), null, 2)}\n`);
    writeFileSync(join(outDir, `${name}.md`), reportMarkdown(r));
    return r;
  };

  for (const size of sizes) {
    console.log(`\n=== ${size} fiches`);
    const sheets = generateSheets(size, refs);
    const contentDir = join(work, `content-${size}`);
    for (const dir of REFERENCE_DIRS) cpSync(join(ROOT, 'content', dir), join(contentDir, dir), { recursive: true });
    writeFiles(
      contentDir,
      sheets.map((s) => s.file),
    );
    const measureSize: SizeMeasure = { size, content: contentStats(sheets), ours: null, peer: null, errors: [] };
    results.push(measureSize);
    const ours = await benchOurs(size, sheets, contentDir, project);
    measureSize.ours = ours.ours;
    measureSize.errors.push(...ours.errors);
    if (withPeer) {
      const peer = await benchPeer(size, sheets, peerDir);
      measureSize.peer = peer.peer;
      measureSize.errors.push(...peer.errors);
    }
    if (!keep) {
      rmSync(contentDir, { recursive: true, force: true });
      rmSync(join(project, 'dist'), { recursive: true, force: true });
    }
    save();
  }
  const final = save();
  console.log(`\nRapport : bench-results/${name}.md et .json`);
  for (const t of evaluateTargets(final)) console.log(`  ${t.status.padEnd(11)} ${t.label} : ${t.measured}`);
  const failed = results.flatMap((r) => r.errors);
  for (const e of failed) console.error(`  ✗ ${e}`);
  return failed.length > 0 ? 1 : 0;
}

/** `--from bench-results/x.json`: the Markdown report and the JSON again, from the measures of that file. */
function rewriteReport(file: string): number {
  const saved = JSON.parse(readFileSync(resolve(file), 'utf8')) as BenchRun;
  const r: BenchRun = {
    startedAt: saved.startedAt,
    finishedAt: saved.finishedAt,
    machine: saved.machine,
    versions: saved.versions,
    options: saved.options,
    sizes: saved.sizes,
    notes: saved.notes,
  };
  const base = resolve(file).replace(/\.json$/, '');
  writeFileSync(`${base}.json`, `${JSON.stringify(reportJson(r), null, 2)}\n`);
  writeFileSync(`${base}.md`, reportMarkdown(r));
  console.log(`Rapport réécrit : ${base}.md et .json`);
  return 0;
}

(from ? Promise.resolve().then(() => rewriteReport(from)) : main())
  .then((code) => {
    cleanUp();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(`\nLe banc d’essai a échoué : ${error instanceof Error ? error.message : String(error)}`);
    cleanUp();
    process.exit(1);
  });
