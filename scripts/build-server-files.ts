/**
 * Last step of `npm run build` (after the offline edition, which rewrites a page of dist/): the
 * files that serve the site.
 * - dist-server/nginx/: the nginx configuration (atlas-site.conf, atlas-headers.conf, atlas.conf),
 *   with the Content-Security-Policy of the built pages as an HTTP header;
 * - dist/_headers: the same headers for Netlify and Cloudflare Pages;
 * - a .br and a .gz next to every text file of dist/.
 * Environment: ATLAS_SERVER_ROOT, the folder nginx serves (default /var/www/atlas-solidarites).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { precompressTree } from './lib/compress';
import { headerCsp, headersFile, metaCspOf, nginxConfig, parseCsp } from '../src/lib/server-config';
import { publicBaseUrl } from '../src/lib/publication';
import { siteConfig } from '../src/site.config';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'dist-server');

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
if (pages.length === 0) {
  console.error('dist/ ne contient aucune page : lancer `npm run build:site` d’abord.');
  process.exit(1);
}
const policies = new Set<string>();
const withoutCsp: string[] = [];
for (const page of pages) {
  const found = metaCspOf(readFileSync(join(DIST, page), 'utf8'));
  if (found.length === 0) withoutCsp.push(page);
  for (const policy of found) policies.add(policy);
}
if (withoutCsp.length > 0) {
  console.error(`Pages sans Content-Security-Policy : ${withoutCsp.slice(0, 5).join(', ')}${withoutCsp.length > 5 ? '…' : ''}`);
  process.exit(1);
}
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
writeFileSync(join(DIST, '_headers'), headersFile(csp));

const stats = await precompressTree(DIST);
const ko = (n: number) => `${(n / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Ko`;
const hashes = [...header.values()].flat().filter((s) => s.startsWith("'sha")).length;
console.log(
  `Serveur : dist-server/nginx/ et dist/_headers écrits (${policies.size} politique${policies.size > 1 ? 's' : ''} ` +
    `de ${pages.length} pages réunies, ${hashes} empreintes, frame-ancestors 'none').`,
);
console.log(
  `Précompression : ${stats.files} fichiers, ${ko(stats.bytes)} → gzip ${ko(stats.gzipBytes)}, brotli ${ko(stats.brotliBytes)}.`,
);
const sheet = pages.find((p) => p.startsWith('ateliers/') && p.split('/').length === 3);
if (sheet) {
  const path = join(DIST, sheet);
  const size = (p: string) => statSync(p).size;
  console.log(
    `Page de fiche /${dirname(sheet)}/ : ${size(path)} octets, gzip ${size(`${path}.gz`)}, brotli ${size(`${path}.br`)}.`,
  );
}
