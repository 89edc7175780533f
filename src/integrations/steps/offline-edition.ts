import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { safeJson } from '../../lib/safe-json';
import { indexScript } from '../../../scripts/lib/offline-records';
import { writeOfflinePages, type OfflinePagesResult } from '../../../scripts/lib/offline-pages';
import { runWorkers, shareByWeight, threadCount, THREADS_FROM_PAGES } from '../../../scripts/lib/workers';
import type { OfflineRecord } from '../../lib/offline-search';
import { OFFLINE_ENTRY, OFFLINE_FOLDER, entryPage, formatZipSize } from '../../../scripts/lib/offline-format';
import { zipToFile } from '../../../scripts/lib/zip';
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

    // Each file of dist/ is written once into the offline folder (scripts/lib/offline-pages.ts; no copy of
    // dist/ first, then a rewrite: a large edition is read and written once), on every core for a large site.
    const pages = files.filter((f) => f.endsWith('.html')).length;
    let found: OfflinePagesResult;
    if (pages >= THREADS_FROM_PAGES) {
      const sized = files.map((file, i) => ({ file, i, size: statSync(join(dist, file)).size }));
      const shares = shareByWeight(sized, threadCount(), (f) => f.size);
      const results = await runWorkers<{ dist: string; OUT: string; files: string[]; copyDate: string }, OfflinePagesResult>(
        join(project, 'scripts/lib/offline-worker.ts'),
        shares.map((share) => ({ dist, OUT, files: share.map((f) => f.file), copyDate })),
      );
      found = new Array<OfflinePagesResult[number]>(files.length);
      shares.forEach((share, k) => share.forEach((f, j) => (found[f.i] = results[k]![j]!)));
    } else found = writeOfflinePages(dist, OUT, files, copyDate);
    // In the order of the files: the pages, then the local examples.
    const records: OfflineRecord[] = found.flatMap((f) => (f.page ? [f.page] : []));
    const examples: OfflineRecord[] = found.flatMap((f) => f.examples);
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
