/**
 * Offline edition: copies dist/ to dist-offline/ with every link made relative (index.html targets),
 * module scripts replaced by classic bundles (search with a shipped index, map), and zips it to
 * atlas-solidarites-hors-ligne.zip, also copied into dist/ for download. Run by `npm run build`.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { relativizeCss, relativizeHtml, rootPrefix } from '../src/lib/site-links';
import { indexScript, recordFromExample, recordFromHtml } from './lib/offline-records';
import type { OfflineRecord } from '../src/lib/offline-search';
import type { ExampleRecord } from '../src/lib/example-records';
import { formatZipSize } from './lib/offline-format';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'dist-offline');
const ZIP_NAME = 'atlas-solidarites-hors-ligne.zip';

rmSync(OUT, { recursive: true, force: true });
cpSync(DIST, OUT, { recursive: true, filter: (src) => !src.startsWith(join(DIST, 'pagefind')) && !src.endsWith(ZIP_NAME) });

// Classic bundles for the two interactive pages.
mkdirSync(join(OUT, '_offline'), { recursive: true });
await build({
  entryPoints: {
    search: join(ROOT, 'src/offline/search-entry.ts'),
    map: join(ROOT, 'src/offline/map-entry.ts'),
    print: join(ROOT, 'src/offline/print-entry.ts'),
    funding: join(ROOT, 'src/offline/funding-entry.ts'),
    share: join(ROOT, 'src/offline/share-entry.ts'),
  },
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  outdir: join(OUT, '_offline'),
  loader: { '.css': 'empty' },
  logLevel: 'warning',
});

const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' });
const records: OfflineRecord[] = [];
for (const file of files) {
  const path = join(OUT, file);
  if (file.endsWith('.css')) writeFileSync(path, relativizeCss(readFileSync(path, 'utf8'), file));
  if (!file.endsWith('.html')) continue;
  let html = readFileSync(path, 'utf8');
  const url = `/${file.replace(/index\.html$/, '')}`;
  const record = recordFromHtml(html, url);
  if (record) records.push(record);
  const root = rootPrefix(file);
  // Module scripts cannot run from file://: swap them for the classic bundles this page needs.
  html = html.replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
  const extra: string[] = [];
  if (html.includes('<atlas-search'))
    extra.push(`<script src="${root}_offline/search-index.js"></script>`, `<script src="${root}_offline/search.js"></script>`);
  if (html.includes('<atlas-map')) extra.push(`<script src="${root}_offline/map.js"></script>`);
  if (html.includes('<atlas-print')) extra.push(`<script src="${root}_offline/print.js"></script>`);
  if (html.includes('<atlas-funding')) extra.push(`<script src="${root}_offline/funding.js"></script>`);
  if (html.includes('<atlas-share')) extra.push(`<script src="${root}_offline/share.js"></script>`);
  // The CSP meta lists hashes of the hosted files; file:// pages load other (classic) scripts.
  html = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
  html = html
    .replace('<html lang="fr"', `<html lang="fr" data-root="${root}"`)
    .replace('</body>', `${extra.join('')}</body>`)
    .replaceAll('data-zip-size>…<', 'data-zip-size>la taille indiquée sur le site en ligne<');
  writeFileSync(path, relativizeHtml(html, file));
}
const { exemples } = JSON.parse(readFileSync(join(DIST, 'recherche-exemples.json'), 'utf8')) as { exemples: ExampleRecord[] };
records.push(...exemples.map(recordFromExample));
writeFileSync(join(OUT, '_offline/search-index.js'), indexScript(records));

// The zip: a top folder, so that unzipping gives one folder with index.html inside.
const entries: Record<string, Uint8Array> = {};
for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' })) {
  const path = join(OUT, file);
  if (statSync(path).isFile()) entries[`atlas-solidarites-hors-ligne/${file}`] = readFileSync(path);
}
const zip = zipSync(entries, { level: 9 });
writeFileSync(join(ROOT, ZIP_NAME), zip);
writeFileSync(join(DIST, ZIP_NAME), zip);
// The download page of the hosted site states the size of the zip.
const page = join(DIST, 'hors-ligne/index.html');
writeFileSync(page, readFileSync(page, 'utf8').replaceAll('data-zip-size>…<', `data-zip-size>${formatZipSize(zip.length)}<`));
console.log(`Édition hors ligne : ${records.length} fiches indexées, ${ZIP_NAME} ${formatZipSize(zip.length)}.`);
