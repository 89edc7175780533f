/**
 * `npm test`: every check, in order — type check, lint, format, unit tests, production build, build
 * checks over dist/, browser tests in Debian's Chromium, then the generated nginx configuration in
 * Debian's nginx. Installs Chromium, poppler-utils, nginx and its Brotli module from Debian when
 * missing (root on Debian), and ends with one line « N passed, N failed » summing every suite.
 */
import { CHROMIUM_PATH } from './lib/chromium';
import { BROTLI_STATIC_MODULE, NGINX_PATH } from './lib/nginx';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countsFromVitestJson, summaryLine, sumCounts, type SuiteCounts } from './lib/test-summary';

const CHROMIUM = CHROMIUM_PATH;
const reports = mkdtempSync(join(tmpdir(), 'atlas-tests-'));
const counts: SuiteCounts[] = [];
let failed = false;

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const ok = result.status === 0;
  if (!ok) {
    console.error(`✗ ${label} a échoué (code ${result.status})`);
    failed = true;
  }
  return ok;
}

/** A check that is not a test suite still counts as one test in the summary. */
function check(label: string, command: string, args: string[]): void {
  const ok = run(label, command, args);
  counts.push({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function suite(name: string): void {
  const file = join(reports, `${name}.json`);
  run(`tests ${name}`, 'npx', [
    'vitest',
    'run',
    '--project',
    name,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (existsSync(file)) counts.push(countsFromVitestJson(JSON.parse(readFileSync(file, 'utf8'))));
  else counts.push({ passed: 0, failed: 1, skipped: 0 });
}

/**
 * The browser tests need Chromium, the print tests pdftotext/pdfinfo (poppler-utils) and the server
 * tests nginx with its Brotli module: install the Debian packages that are missing (as root, or
 * with sudo).
 */
function ensureBrowserTools(): void {
  const missing = [
    existsSync(CHROMIUM) ? null : 'chromium',
    spawnSync('pdftotext', ['-v']).error ? 'poppler-utils' : null,
    existsSync(NGINX_PATH) ? null : 'nginx',
    existsSync(BROTLI_STATIC_MODULE) ? null : 'libnginx-mod-http-brotli-static',
  ].filter((p): p is string => p !== null);
  if (missing.length === 0) return;
  console.log(`\n=== Installation des paquets Debian manquants : ${missing.join(', ')}`);
  const prefix = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args: string[]) => {
    const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
    // RUNLEVEL=1: installing nginx must not start the system service on port 80.
    spawnSync(cmd!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' } });
  };
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...missing]);
  if (!existsSync(CHROMIUM))
    throw new Error('Chromium introuvable : installez le paquet « chromium » ou définissez CHROMIUM_PATH');
}

check('contenu (npm run check:content)', 'npm', ['run', 'check:content']);
check('vérification des types (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
check('lint (eslint)', 'npx', ['eslint', '.']);
check('format (prettier --check)', 'npx', ['prettier', '--check', '.']);
suite('unit');
if (run('construction du site (npm run build)', 'npm', ['run', 'build'])) {
  suite('build');
  ensureBrowserTools();
  suite('e2e');
  suite('server');
} else {
  counts.push({ passed: 0, failed: 1, skipped: 0 });
}

const total = sumCounts(counts);
console.log(`\n${summaryLine(total)}`);
process.exit(failed || total.failed > 0 ? 1 : 0);
