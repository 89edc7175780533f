import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { precompressTree } from '../../../scripts/lib/precompress';
import { headerCsp, headersFile, metaCspOf, nginxConfig, parseCsp } from '../../lib/server-config';
import { publicBaseUrl } from '../../lib/publication';
import { siteConfig } from '../../site.config';
import type { PostBuildStep } from '../post-build';

/**
 * Last step (after the offline edition, which rewrites a page of dist/): the files that serve the site.
 * - dist-server/nginx/ (beside dist/): the nginx configuration (atlas-site.conf, atlas-headers.conf,
 *   atlas.conf), with the Content-Security-Policy of the built pages as an HTTP header;
 * - dist/_headers: the same headers for Netlify and Cloudflare Pages;
 * - a .br and a .gz next to every text file of dist/.
 * Environment: ATLAS_SERVER_ROOT, the folder nginx serves (default /var/www/atlas-solidarites).
 */
export const serverFiles: PostBuildStep = {
  name: 'fichiers du serveur',
  async run({ dist, out, project }) {
    const OUT = join(out, 'dist-server');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    if (pages.length === 0) throw new Error('dist/ ne contient aucune page');
    const policies = new Set<string>();
    const withoutCsp: string[] = [];
    for (const page of pages) {
      const found = metaCspOf(readFileSync(join(dist, page), 'utf8'));
      if (found.length === 0) withoutCsp.push(page);
      for (const policy of found) policies.add(policy);
    }
    if (withoutCsp.length > 0)
      throw new Error(
        `Pages sans Content-Security-Policy : ${withoutCsp.slice(0, 5).join(', ')}${withoutCsp.length > 5 ? '…' : ''}`,
      );
    const csp = headerCsp([...policies]);

    // Every page's own sources are in the header (the header can only be looser than each <meta>).
    const header = parseCsp(csp);
    for (const policy of policies)
      for (const [name, sources] of parseCsp(policy))
        for (const source of sources)
          if (!header.get(name)?.includes(source)) throw new Error(`${name} ${source} manque dans l’en-tête`);

    const base = publicBaseUrl(siteConfig);
    const files = nginxConfig({
      csp,
      root: process.env.ATLAS_SERVER_ROOT ?? '/var/www/atlas-solidarites',
      serverName: base ? new URL(base).hostname : null,
    });
    rmSync(OUT, { recursive: true, force: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(OUT, name)), { recursive: true });
      writeFileSync(join(OUT, name), text);
    }
    writeFileSync(join(dist, '_headers'), headersFile(csp));

    const stats = await precompressTree(dist, { project });
    const ko = (n: number) => `${(n / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Ko`;
    const hashes = [...header.values()].flat().filter((s) => s.startsWith("'sha")).length;
    const sheet = pages.find((p) => p.startsWith('ateliers/') && p.split('/').length === 3);
    const size = (p: string) => statSync(p).size;
    const sheetLine = sheet
      ? ` ; page de fiche /${dirname(sheet)}/ : ${size(join(dist, sheet))} octets, gzip ${size(`${join(dist, sheet)}.gz`)}, brotli ${size(`${join(dist, sheet)}.br`)}`
      : '';
    return (
      `dist-server/nginx/ et dist/_headers (${policies.size} politique${policies.size > 1 ? 's' : ''} de ${pages.length} pages, ` +
      `${hashes} empreintes, frame-ancestors 'none') ; précompression de ${stats.files} fichiers, ${ko(stats.bytes)} → gzip ` +
      `${ko(stats.gzipBytes)}, brotli ${ko(stats.brotliBytes)}${sheetLine}`
    );
  },
};
