/**
 * `npm run bench`: generates synthetic sheets, builds the Atlas (`npm run build`, step by step) and two
 * Starlight peers (the same text as .md and as .mdx) from them, measures time, process-tree memory,
 * dist and index sizes, the heaviest sheet page and the search in Chromium, and writes
 * bench-results/bench-<sizes>.md and .json. Options (see README « Benchmark »):
 *   --sizes 2000,10000   --repeat 2   --no-peer   --no-real   --keep   --from bench-results/x.json
 * Everything is built in a temporary folder; Starlight is installed by npm in /tmp, never in the project.
 */
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
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml } from 'node-html-parser';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium';
import { serveStatic } from '../scripts/lib/static-server';
import {
  contentStats,
  generateSheets,
  REFERENCE_SPECS,
  SHEET_SPECS,
  STARLIGHT_VERSIONS,
  starlightFiles,
  type BenchSheet,
} from './lib/content';
import {
  evaluateTargets,
  parseProcStat,
  reportMarkdown,
  treeRss,
  type BenchRun,
  type Build,
  type OursBuild,
  type SizeRun,
  type Step,
} from './lib/report';
import { buildPlan } from './lib/plan';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (option('--sizes') ?? '2000,10000').split(',').map(Number);
const repeat = Number(option('--repeat') ?? 1);
if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 50_000) || !(repeat >= 1 && repeat <= 5)) {
  console.error('--sizes : entiers de 1 à 50 000 séparés par des virgules ; --repeat : 1 à 5');
  process.exit(2);
}
const peers = !args.includes('--no-peer');
const real = !args.includes('--no-real');
const keep = args.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const peerDir = join(tmpdir(), `atlas-bench-starlight-${STARLIGHT_VERSIONS['@astrojs/starlight']}`);

// Every child is a process group, killed on exit or Ctrl-C.
const children = new Set<ChildProcess>();
function cleanUp(): void {
  for (const c of children) {
    try {
      process.kill(-c.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
  if (keep) console.log(`Dossier temporaire conservé : ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

function procs() {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .flatMap((n) => {
      try {
        return [parseProcStat(readFileSync(`/proc/${n}/stat`, 'utf8'))].filter((p) => p !== null);
      } catch {
        return []; // the process ended meanwhile
      }
    });
}

/** Runs a command in its own process group, sampling its tree's RSS every 100 ms; kills it at the time limit. */
async function step(
  label: string,
  cmd: string,
  cmdArgs: string[],
  cwd: string,
  env: Record<string, string>,
  log: string,
  timeoutMs: number,
): Promise<Step & { output: string }> {
  const out = createWriteStream(log);
  let output = '';
  const start = performance.now();
  const child = spawn(cmd, cmdArgs, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(procs(), child.pid!))), 100);
  const onData = (chunk: Buffer) => {
    out.write(chunk);
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((done) => child.on('close', done).on('error', () => done(null)));
  clearInterval(sampler);
  clearTimeout(timer);
  children.delete(child);
  await new Promise((done) => out.end(done));
  const s: Step & { output: string } = { label, wallMs: Math.round(performance.now() - start), peakRss, exitCode, output };
  if (timedOut) s.error = `délai de ${Math.round(timeoutMs / 1000)} s dépassé`;
  else if (exitCode !== 0) s.error = `code de sortie ${exitCode} (journal ${log})`;
  console.log(
    `    ${label} : ${(s.wallMs / 1000).toFixed(1)} s, ${(peakRss / 1024 ** 3).toFixed(2)} Go${s.error ? ` — ${s.error}` : ''}`,
  );
  return s;
}

function du(path: string): number {
  if (!existsSync(path)) return 0;
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce((t, n) => {
    const s = statSync(join(path, n));
    return s.isFile() ? t + s.size : t;
  }, 0);
}

function writeFiles(root: string, files: readonly { path: string; text: string }[]): void {
  for (const dir of new Set(files.map((f) => dirname(join(root, f.path))))) mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(root, f.path), f.text);
}

const clearCaches = (dir: string) =>
  ['dist', 'dist-offline', 'dist-server', '.astro', 'node_modules/.astro', 'node_modules/.vite'].forEach((d) =>
    rmSync(join(dir, d), { recursive: true, force: true }),
  );

/** A copy of the project whose node_modules is a folder of links, so Astro's caches stay in the copy. */
function projectCopy(dest: string): void {
  for (const n of ['src', 'scripts', 'public']) cpSync(join(ROOT, n), join(dest, n), { recursive: true });
  for (const n of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, n), join(dest, n));
  mkdirSync(join(dest, 'node_modules'));
  for (const n of readdirSync(join(ROOT, 'node_modules')))
    if (!n.startsWith('.') || n === '.bin') symlinkSync(join(ROOT, 'node_modules', n), join(dest, 'node_modules', n));
}

/** gzip of a page with its linked stylesheets and scripts, read from dist/. */
function pageGzip(dist: string, url: string): number {
  const read = (p: string) => readFileSync(join(dist, decodeURIComponent(p.split('?')[0]!).replace(/\/$/, '/index.html')));
  const html = read(url);
  const doc = parseHtml(html.toString());
  const links = [
    ...doc.querySelectorAll('link[rel=stylesheet], link[rel=modulepreload]').map((l) => l.getAttribute('href')),
    ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
  ].filter((h): h is string => !!h && h.startsWith('/'));
  return [html, ...links.map(read)].reduce((t, b) => t + gzipSync(b, { level: 6 }).length, 0);
}

/** The first search (index initialisation included), then a search filtered on a territory, in Chromium. */
async function searchTimes(dist: string, territory: string): Promise<OursBuild['search']> {
  const { server, url } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/recherche/`, { waitUntil: 'networkidle' });
    return await page.evaluate(async (place) => {
      type Pagefind = { search(q: string, o?: object): Promise<{ results: unknown[] }> };
      const t0 = performance.now();
      const pagefind = (await import(`/pagefind/pagefind.js?bench=${Date.now()}`)) as Pagefind;
      await pagefind.search('logement');
      const t1 = performance.now();
      const filtered = await pagefind.search('jeunes', { filters: { territoire: { any: [place] } } });
      return {
        firstMs: Math.round(t1 - t0),
        filteredMs: Math.round(performance.now() - t1),
        filteredResults: filtered.results.length,
      };
    }, territory);
  } finally {
    await browser.close();
    server.close();
  }
}

/** `npm run build`, step by step (bench/lib/plan.ts), on a content folder. */
async function buildOurs(
  project: string,
  contentDir: string,
  logs: string,
  size: number,
  sample: readonly BenchSheet[],
): Promise<{ build: OursBuild; errors: string[] }> {
  clearCaches(project);
  const env = { ATLAS_CONTENT_DIR: contentDir };
  const tsx = join(project, 'node_modules/tsx/dist/cli.mjs');
  const limit = 300_000 + size * 300;
  const steps: Step[] = [];
  const errors: string[] = [];
  // The commands of `npm run build`, with the last post-build steps timed apart (bench/lib/plan.ts).
  for (const planned of buildPlan()) {
    const cmd = planned.file.endsWith('.mjs') ? [planned.file, ...planned.args] : [tsx, planned.file, ...planned.args];
    const s = await step(
      planned.label,
      NODE,
      cmd,
      project,
      { ...env, ...planned.env },
      join(logs, `${basename(planned.file, extname(planned.file))}.log`),
      limit * 2,
    );
    steps.push({
      label: s.label,
      wallMs: s.wallMs,
      peakRss: s.peakRss,
      exitCode: s.exitCode,
      ...(s.error ? { error: s.error } : {}),
    });
    if (s.error) {
      errors.push(`${planned.label} : ${s.error}\n${s.output.slice(-800)}`);
      break;
    }
  }
  const dist = join(project, 'dist');
  const build: OursBuild = { steps, distBytes: du(dist), indexBytes: du(join(dist, 'pagefind')), sheetPage: null, search: null };
  if (errors.length > 0 || sample.length === 0) return { build, errors };
  const urls = sample.map(
    (s) =>
      `/${readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .find((f) => f.endsWith(`/${s.id}/index.html`))!
        .replace(/index\.html$/, '')}`,
  );
  build.sheetPage = urls.map((url) => ({ url, gzipBytes: pageGzip(dist, url) })).sort((a, b) => b.gzipBytes - a.gzipBytes)[0]!;
  try {
    build.search = await searchTimes(dist, 'Lot');
  } catch (error) {
    errors.push(`recherche dans Chromium : ${String(error)}`);
  }
  return { build, errors };
}

async function buildPeer(
  sheets: readonly BenchSheet[],
  ext: '.md' | '.mdx',
  log: string,
  size: number,
): Promise<{ build: Build; errors: string[] }> {
  rmSync(join(peerDir, 'src'), { recursive: true, force: true });
  clearCaches(peerDir);
  writeFiles(peerDir, starlightFiles(sheets, ext));
  const s = await step(
    `starlight ${ext}`,
    NODE,
    [join(peerDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    peerDir,
    {},
    log,
    600_000 + size * 900,
  );
  const build = {
    steps: [
      { label: s.label, wallMs: s.wallMs, peakRss: s.peakRss, exitCode: s.exitCode, ...(s.error ? { error: s.error } : {}) },
    ],
    distBytes: du(join(peerDir, 'dist')),
    indexBytes: du(join(peerDir, 'dist/pagefind')),
  };
  return { build, errors: s.error ? [`Starlight ${ext} : ${s.error}\n${s.output.slice(-800)}`] : [] };
}

async function ensurePeer(): Promise<void> {
  const pkg = join(peerDir, 'node_modules/@astrojs/starlight/package.json');
  if (
    existsSync(pkg) &&
    (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version === STARLIGHT_VERSIONS['@astrojs/starlight']
  )
    return;
  console.log(`Installation des pairs dans ${peerDir} (npm)…`);
  mkdirSync(peerDir, { recursive: true });
  writeFiles(peerDir, starlightFiles([], '.md').slice(0, 1));
  const s = await step(
    'npm install',
    'npm',
    ['install', '--no-audit', '--no-fund'],
    peerDir,
    {},
    join(work, 'peer-install.log'),
    600_000,
  );
  if (s.error) throw new Error(`installation de Starlight : ${s.error}`);
}

const version = (pkg: string, base = ROOT) => {
  try {
    return (JSON.parse(readFileSync(join(base, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
};

async function main(): Promise<number> {
  const project = join(work, 'project');
  projectCopy(project);
  if (peers) await ensurePeer();
  const refs = Object.fromEntries(
    REFERENCE_SPECS.map((s) => [
      s.name,
      readdirSync(join(ROOT, 'content', s.dir))
        .filter((f) => f.endsWith(s.ext))
        .map((f) => basename(f, s.ext)),
    ]),
  );
  const run: BenchRun = {
    startedAt: new Date().toISOString().slice(0, 19),
    finishedAt: '',
    machine: `${cpus().length} cœurs (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 1024 ** 3)} Go`,
    versions: {
      node: process.version,
      astro: version('astro'),
      pagefind: version('pagefind'),
      ...(peers ? { '@astrojs/starlight': version('@astrojs/starlight', peerDir) } : {}),
    },
    options: { sizes, repeat, peers },
    content: [],
    runs: [],
    real: null,
    notes: [
      'Machine partagée (2 cœurs, d’autres processus en cours) : les temps absolus sont bruités ; les rapports mesurés dans la même course le sont moins.',
      'Chaque construction part à froid (dist/, .astro et caches de Vite effacés).',
    ],
  };
  const name = `bench-${sizes.join('-')}${repeat > 1 ? `-x${repeat}` : ''}${peers ? '' : '-sans-pair'}`;
  const save = () => {
    run.finishedAt = new Date().toISOString().slice(0, 19);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      join(ROOT, 'bench-results', `${name}.json`),
      `${JSON.stringify({ ...run, targets: evaluateTargets(run) }, null, 2)}\n`,
    );
    writeFileSync(join(ROOT, 'bench-results', `${name}.md`), reportMarkdown(run));
  };
  if (real) {
    console.log('\n=== site réel');
    const logs = join(work, 'logs-real');
    mkdirSync(logs, { recursive: true });
    run.real = (await buildOurs(project, join(ROOT, 'content'), logs, 100, [])).build;
  }
  for (const size of sizes) {
    const sheets = generateSheets(size, refs);
    run.content.push(contentStats(sheets));
    const contentDir = join(work, `content-${size}`);
    for (const s of REFERENCE_SPECS) cpSync(join(ROOT, 'content', s.dir), join(contentDir, s.dir), { recursive: true });
    writeFiles(contentDir, sheets);
    const sample = SHEET_SPECS.map((s) => sheets.find((x) => x.collection === s.name)).filter((s) => s !== undefined);
    for (let r = 1; r <= repeat; r++) {
      console.log(`\n=== ${size} fiches, passage ${r}/${repeat}`);
      const logs = join(work, `logs-${size}-${r}`);
      mkdirSync(logs, { recursive: true });
      const ours = await buildOurs(project, contentDir, logs, size, sample);
      const entry: SizeRun = { size, run: r, ours: ours.build, md: null, mdx: null, errors: ours.errors };
      run.runs.push(entry);
      if (ours.errors.some((e) => e.startsWith('check:content')))
        throw new Error(`contenu synthétique invalide : ${ours.errors[0]}`);
      if (peers) {
        for (const ext of ['.md', '.mdx'] as const) {
          const p = await buildPeer(sheets, ext, join(logs, `starlight${ext}.log`), size);
          entry[ext === '.md' ? 'md' : 'mdx'] = p.build;
          entry.errors.push(...p.errors);
        }
      }
      save();
    }
    if (!keep) rmSync(contentDir, { recursive: true, force: true });
  }
  save();
  console.log(`\nRapport : bench-results/${name}.md et .json`);
  for (const t of evaluateTargets(run))
    console.log(
      `  ${t.met === null ? 'non mesuré' : t.met ? 'atteint    ' : 'non atteint'} ${t.label} : ${t.measured} (${t.threshold})`,
    );
  return run.runs.some((r) => r.errors.length > 0) ? 1 : 0;
}

/** `--from bench-results/x.json`: writes the Markdown report again from those measures (after a change to the report). */
function rewrite(file: string): number {
  const saved = JSON.parse(readFileSync(resolve(file), 'utf8')) as BenchRun;
  writeFileSync(resolve(file).replace(/\.json$/, '.md'), reportMarkdown(saved));
  return 0;
}

const from = option('--from');
(from ? Promise.resolve(rewrite(from)) : main()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nLe banc d’essai a échoué : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
