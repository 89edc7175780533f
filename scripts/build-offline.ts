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
import { OFFLINE_ENTRY, OFFLINE_FOLDER, entryPage, formatZipSize, offlineBanner } from './lib/offline-format';
import { withOfflineCsp } from './lib/offline-csp';
import { siteConfig } from '../src/site.config';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
// dist-offline/ holds « Ouvrir l’Atlas.html » and one folder with the whole site.
const OUT_ROOT = join(ROOT, 'dist-offline');
const OUT = join(OUT_ROOT, OFFLINE_FOLDER);
const COPY_DATE = new Date().toISOString().slice(0, 10);
const ZIP_NAME = 'atlas-solidarites-hors-ligne.zip';

rmSync(OUT_ROOT, { recursive: true, force: true });
// Not copied: the online search index, the zip itself, and the files for web servers (precompressed
// variants and _headers of `npm run build:server`, present when this step is run again on its own).
cpSync(DIST, OUT, {
  recursive: true,
  filter: (src) =>
    !src.startsWith(join(DIST, 'pagefind')) &&
    !src.endsWith(ZIP_NAME) &&
    !/\.(br|gz)$/.test(src) &&
    src !== join(DIST, '_headers'),
});

// Classic bundles for the two interactive pages.
mkdirSync(join(OUT, '_offline'), { recursive: true });
await build({
  entryPoints: {
    search: join(ROOT, 'src/offline/search-entry.ts'),
    map: join(ROOT, 'src/offline/map-entry.ts'),
    print: join(ROOT, 'src/offline/print-entry.ts'),
    commune: join(ROOT, 'src/offline/commune-entry.ts'),
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
  if (html.includes('<atlas-search') || html.includes('<atlas-commune'))
    extra.push(`<script src="${root}_offline/communes.js"></script>`);
  if (html.includes('<atlas-search'))
    extra.push(`<script src="${root}_offline/search-index.js"></script>`, `<script src="${root}_offline/search.js"></script>`);
  if (html.includes('<atlas-commune')) extra.push(`<script src="${root}_offline/commune.js"></script>`);
  if (html.includes('<atlas-map')) extra.push(`<script src="${root}_offline/map.js"></script>`);
  if (html.includes('<atlas-print')) extra.push(`<script src="${root}_offline/print.js"></script>`);
  html = html
    .replace('<html lang="fr"', `<html lang="fr" data-root="${root}"`)
    .replace(/(<main\b[^>]*>)/, `$1${offlineBanner(COPY_DATE, siteConfig.lastUpdated, siteConfig.url)}`)
    .replace('</body>', `${extra.join('')}</body>`)
    .replaceAll('data-zip-size>…<', 'data-zip-size>la taille indiquée sur le site en ligne<')
    // The download link would be dead here: keep the paragraph that says where the copy comes from.
    .replace(/<p data-online-only>[\s\S]*?<\/p>/g, '')
    .replace(/<p data-offline-only hidden>/g, '<p data-offline-only>');
  // The hosted CSP lists hashes of module scripts removed above: the offline pages get their own.
  writeFileSync(path, withOfflineCsp(relativizeHtml(html, file)));
}
const { exemples } = JSON.parse(readFileSync(join(DIST, 'recherche-exemples.json'), 'utf8')) as { exemples: ExampleRecord[] };
records.push(...exemples.map(recordFromExample));
writeFileSync(join(OUT, '_offline/search-index.js'), indexScript(records));
writeFileSync(
  join(OUT, '_offline/communes.js'),
  `window.ATLAS_COMMUNES=${readFileSync(join(DIST, 'communes.json'), 'utf8').replace(/</g, '\\u003c')};\n`,
);

// The zip opens on one obvious file next to one folder.
writeFileSync(join(OUT_ROOT, OFFLINE_ENTRY), entryPage(COPY_DATE));
const entries: Record<string, Uint8Array> = {};
for (const file of readdirSync(OUT_ROOT, { recursive: true, encoding: 'utf8' })) {
  const path = join(OUT_ROOT, file);
  if (statSync(path).isFile()) entries[file] = readFileSync(path);
}
const zip = zipSync(entries, { level: 9 });
writeFileSync(join(ROOT, ZIP_NAME), zip);
writeFileSync(join(DIST, ZIP_NAME), zip);
// The download page of the hosted site states the size of the zip.
const page = join(DIST, 'hors-ligne/index.html');
writeFileSync(page, readFileSync(page, 'utf8').replaceAll('data-zip-size>…<', `data-zip-size>${formatZipSize(zip.length)}<`));
console.log(`Édition hors ligne : ${records.length} fiches indexées, ${ZIP_NAME} ${formatZipSize(zip.length)}.`);
