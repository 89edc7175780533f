/**
 * The pages of the offline edition (src/integrations/steps/offline-edition.ts): each file of dist/ written
 * once into the offline folder — pages and stylesheets rewritten for file://, the rest copied as it is —
 * with the search records each page holds. Run on the main thread for a small site, on one worker
 * thread per core for a large one (scripts/lib/offline-worker.ts).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { relativizeCss, relativizeHtml, rootPrefix } from '../../src/lib/site-links';
import type { OfflineRecord } from '../../src/lib/offline-search';
import { siteConfig } from '../../src/site.config';
import { publicBaseUrl } from '../../src/lib/publication';
import { recordsFromHtml } from './offline-records';
import { offlineBanner } from './offline-format';
import { withOfflineCsp } from './offline-csp';

/** What one share of the files gave: for each file, in order, its page record and its local examples. */
export type OfflinePagesResult = { page: OfflineRecord | null; examples: OfflineRecord[] }[];

/**
 * Writes `files` (paths under dist/, / separators) into `OUT`; `copyDate` is the date of the copy shown on
 * every page. Returns the search records of each file, in the order of `files`.
 */
export function writeOfflinePages(dist: string, OUT: string, files: readonly string[], copyDate: string): OfflinePagesResult {
  const results: OfflinePagesResult = [];
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
      results.push({ page: null, examples: [] });
      continue;
    }
    if (!file.endsWith('.html')) {
      copyFileSync(from, path);
      results.push({ page: null, examples: [] });
      continue;
    }
    let html = readFileSync(from, 'utf8');
    const url = `/${file.replace(/index\.html$/, '')}`;
    results.push(recordsFromHtml(html, url));
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
  return results;
}
