import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { relativizeCss, relativizeHtml, rootPrefix } from '../../lib/site-links';
import { safeJson } from '../../lib/safe-json';
import { indexScript, recordsFromHtml } from '../../../scripts/lib/offline-records';
import type { OfflineRecord } from '../../lib/offline-search';
import { OFFLINE_ENTRY, OFFLINE_FOLDER, entryPage, formatZipSize, offlineBanner } from '../../../scripts/lib/offline-format';
import { withOfflineCsp } from '../../../scripts/lib/offline-csp';
import { zipToFile } from '../../../scripts/lib/zip';
import { siteConfig } from '../../site.config';
import { publicBaseUrl } from '../../lib/publication';
import type { PostBuildStep } from '../post-build';

export const ZIP_NAME = 'atlas-solidarites-hors-ligne.zip';

/** The classic (IIFE) bundles of the offline edition, by name: file:// cannot run module scripts. */
const BUNDLES = ['search', 'map', 'print', 'commune', 'funding', 'share'] as const;

/**
 * The offline edition: writes dist/ into dist-offline/atlas/ (next to dist/) with every link made relative
 * (index.html targets), module scripts replaced by classic bundles (search with a shipped index, map,
 * print, commune), its own Content-Security-Policy, a « copie hors ligne du <date> » banner on every page,
 * and « Ouvrir l’Atlas.html » beside the folder; zips it to atlas-solidarites-hors-ligne.zip, also copied
 * into dist/ for download, and writes the zip's size on the download page.
 */
export const offlineEdition: PostBuildStep = {
  name: 'édition hors ligne',
  async run({ dist, project, out }) {
    const OUT_ROOT = join(out, 'dist-offline');
    const OUT = join(OUT_ROOT, OFFLINE_FOLDER);
    const copyDate = new Date().toISOString().slice(0, 10);
    rmSync(OUT_ROOT, { recursive: true, force: true });
    // Not copied: the online search index, the zip itself, and the files for web servers (precompressed
    // variants and _headers of `npm run build:server`, present when this step is run again on its own).
    const copied = (file: string) =>
      !file.startsWith('pagefind/') && file !== ZIP_NAME && !/\.(br|gz)$/.test(file) && file !== '_headers';
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => copied(f) && statSync(join(dist, f)).isFile());

    mkdirSync(join(OUT, '_offline'), { recursive: true });
    await build({
      entryPoints: Object.fromEntries(BUNDLES.map((b) => [b, join(project, `src/offline/${b}-entry.ts`)])),
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      outdir: join(OUT, '_offline'),
      loader: { '.css': 'empty' },
      logLevel: 'warning',
    });

    // Each file of dist/ is written once into the offline folder: pages and stylesheets rewritten, the rest
    // copied as it is (no copy of dist/ first, then a rewrite: a large edition is read and written once).
    const records: OfflineRecord[] = [];
    const examples: OfflineRecord[] = [];
    const made = new Set<string>();
    for (const file of files) {
      const from = join(dist, file);
      const path = join(OUT, file);
      const folder = dirname(path);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      if (file.endsWith('.css')) {
        writeFileSync(path, relativizeCss(readFileSync(from, 'utf8'), file));
        continue;
      }
      if (!file.endsWith('.html')) {
        copyFileSync(from, path);
        continue;
      }
      let html = readFileSync(from, 'utf8');
      const url = `/${file.replace(/index\.html$/, '')}`;
      const found = recordsFromHtml(html, url);
      if (found.page) records.push(found.page);
      examples.push(...found.examples);
      const root = rootPrefix(file);
      // Module scripts cannot run from file://: swap them for the classic bundles this page needs.
      html = html.replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
      const extra: string[] = [];
      if (html.includes('<atlas-search') || html.includes('<atlas-commune'))
        extra.push(`<script src="${root}_offline/communes.js"></script>`);
      if (html.includes('<atlas-search'))
        extra.push(
          `<script src="${root}_offline/search-index.js"></script>`,
          `<script src="${root}_offline/search.js"></script>`,
        );
      if (html.includes('<atlas-commune')) extra.push(`<script src="${root}_offline/commune.js"></script>`);
      if (html.includes('<atlas-map')) extra.push(`<script src="${root}_offline/map.js"></script>`);
      if (html.includes('<atlas-print')) extra.push(`<script src="${root}_offline/print.js"></script>`);
      if (html.includes('<atlas-funding')) extra.push(`<script src="${root}_offline/funding.js"></script>`);
      if (html.includes('<atlas-share')) extra.push(`<script src="${root}_offline/share.js"></script>`);
      html = html
        .replace('<html lang="fr"', `<html lang="fr" data-root="${root}"`)
        .replace(/(<main\b[^>]*>)/, `$1${offlineBanner(copyDate, siteConfig.lastUpdated, publicBaseUrl(siteConfig))}`)
        .replace('</body>', `${extra.join('')}</body>`)
        .replaceAll('data-zip-size>…<', 'data-zip-size>la taille indiquée sur le site en ligne<')
        // The download link would be dead here: keep the paragraph that says where the copy comes from.
        .replace(/<p data-online-only>[\s\S]*?<\/p>/g, '')
        .replace(/<p data-offline-only hidden>/g, '<p data-offline-only>');
      // The hosted CSP lists hashes of module scripts removed above: the offline pages get their own.
      writeFileSync(path, withOfflineCsp(relativizeHtml(html, file)));
    }
    records.push(...examples);
    writeFileSync(join(OUT, '_offline/search-index.js'), indexScript(records));
    const communes: unknown = JSON.parse(readFileSync(join(dist, 'communes.json'), 'utf8'));
    writeFileSync(join(OUT, '_offline/communes.js'), `window.ATLAS_COMMUNES=${safeJson(communes)};\n`);

    // The zip opens on one obvious file next to one folder.
    writeFileSync(join(OUT_ROOT, OFFLINE_ENTRY), entryPage(copyDate));
    const inZip = readdirSync(OUT_ROOT, { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .sort()
      .filter((f) => statSync(join(OUT_ROOT, f)).isFile());
    // Level 6: on the real site's 16 MB, level 9 takes 15 % longer for a zip 0.07 % smaller. Each file is
    // read when its turn comes, and the archive is written as it grows (scripts/lib/zip.ts).
    const zipPath = join(out, ZIP_NAME);
    const zipBytes = await zipToFile(
      inZip.map((name) => ({ name, read: () => readFile(join(OUT_ROOT, name)) })),
      zipPath,
      6,
    );
    copyFileSync(zipPath, join(dist, ZIP_NAME));
    // The download page of the hosted site states the size of the zip.
    const page = join(dist, 'hors-ligne/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll('data-zip-size>…<', `data-zip-size>${formatZipSize(zipBytes)}<`));
    return `${records.length} fiches indexées, ${ZIP_NAME} ${formatZipSize(zipBytes)}`;
  },
};
