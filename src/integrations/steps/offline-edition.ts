import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { relativizeCss, relativizeHtml, rootPrefix } from '../../lib/site-links';
import { indexScript, recordsFromHtml } from '../../../scripts/lib/offline-records';
import type { OfflineRecord } from '../../lib/offline-search';
import { formatZipSize } from '../../../scripts/lib/offline-format';
import type { PostBuildStep } from '../post-build';

export const ZIP_NAME = 'atlas-solidarites-hors-ligne.zip';

/**
 * The offline edition: copies dist/ to dist-offline/ (next to dist/) with every link made relative
 * (index.html targets), module scripts replaced by classic bundles (search with a shipped index, map,
 * print), zips it to atlas-solidarites-hors-ligne.zip, also copied into dist/ for download, and writes
 * the zip's size on the download page.
 */
export const offlineEdition: PostBuildStep = {
  name: 'édition hors ligne',
  async run({ dist, project, out }) {
    const OUT = join(out, 'dist-offline');
    rmSync(OUT, { recursive: true, force: true });
    cpSync(dist, OUT, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) && !src.endsWith(ZIP_NAME) });

    // Classic bundles for the interactive pages.
    mkdirSync(join(OUT, '_offline'), { recursive: true });
    await build({
      entryPoints: {
        search: join(project, 'src/offline/search-entry.ts'),
        map: join(project, 'src/offline/map-entry.ts'),
        print: join(project, 'src/offline/print-entry.ts'),
      },
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      outdir: join(OUT, '_offline'),
      loader: { '.css': 'empty' },
      logLevel: 'warning',
    });

    const records: OfflineRecord[] = [];
    const examples: OfflineRecord[] = [];
    for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' })) {
      const path = join(OUT, file);
      if (file.endsWith('.css')) writeFileSync(path, relativizeCss(readFileSync(path, 'utf8'), file));
      if (!file.endsWith('.html')) continue;
      let html = readFileSync(path, 'utf8');
      const url = `/${file.replace(/index\.html$/, '')}`;
      const found = recordsFromHtml(html, url);
      if (found.page) records.push(found.page);
      examples.push(...found.examples);
      const root = rootPrefix(file);
      // Module scripts cannot run from file://: swap them for the classic bundles this page needs.
      html = html.replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
      const extra: string[] = [];
      if (html.includes('<atlas-search'))
        extra.push(
          `<script src="${root}_offline/search-index.js"></script>`,
          `<script src="${root}_offline/search.js"></script>`,
        );
      if (html.includes('<atlas-map')) extra.push(`<script src="${root}_offline/map.js"></script>`);
      if (html.includes('<atlas-print')) extra.push(`<script src="${root}_offline/print.js"></script>`);
      // The CSP meta lists hashes of the hosted files; file:// pages load other (classic) scripts.
      html = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
      html = html
        .replace('<html lang="fr"', `<html lang="fr" data-root="${root}"`)
        .replace('</body>', `${extra.join('')}</body>`)
        .replaceAll('data-zip-size>…<', 'data-zip-size>la taille indiquée sur le site en ligne<');
      writeFileSync(path, relativizeHtml(html, file));
    }
    records.push(...examples);
    writeFileSync(join(OUT, '_offline/search-index.js'), indexScript(records));

    // The zip: a top folder, so that unzipping gives one folder with index.html inside.
    const entries: Record<string, Uint8Array> = {};
    for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' })) {
      const path = join(OUT, file);
      if (statSync(path).isFile()) entries[`atlas-solidarites-hors-ligne/${file}`] = readFileSync(path);
    }
    const zip = zipSync(entries, { level: 9 });
    writeFileSync(join(out, ZIP_NAME), zip);
    writeFileSync(join(dist, ZIP_NAME), zip);
    // The download page of the hosted site states the size of the zip.
    const page = join(dist, 'hors-ligne/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll('data-zip-size>…<', `data-zip-size>${formatZipSize(zip.length)}<`));
    return `${records.length} fiches indexées, ${ZIP_NAME} ${formatZipSize(zip.length)}`;
  },
};
