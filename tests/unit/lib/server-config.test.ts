import { describe, expect, it } from 'vitest';
import {
  CACHE,
  IMMUTABLE_PATHS,
  OFFLINE_ZIP,
  formatCsp,
  headerCsp,
  headersFile,
  mergeCsp,
  metaCspOf,
  nginxConfig,
  parseCsp,
  securityHeaders,
} from '../../../src/lib/server-config';

const A = "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-S1='";
const B = "default-src 'self'; script-src 'self' 'sha256-BBB=' 'sha256-AAA='; style-src 'self'; img-src 'self' data:";

describe('Content-Security-Policy of the header', () => {
  it('parses and writes a policy back, keeping the first of a repeated directive', () => {
    const csp = parseCsp("default-src 'self';script-src 'self' 'sha256-x=' ; script-src *;");
    expect([...csp.keys()]).toEqual(['default-src', 'script-src']);
    expect(csp.get('script-src')).toEqual(["'self'", "'sha256-x='"]);
    expect(formatCsp(csp)).toBe("default-src 'self'; script-src 'self' 'sha256-x='");
  });

  it('unites the hashes of every page, each once, and adds frame-ancestors', () => {
    const merged = mergeCsp([A, B]);
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(merged.get('style-src')).toEqual(["'self'", "'sha256-S1='"]);
    expect(merged.get('img-src')).toEqual(["'self'", 'data:']);
    const header = parseCsp(headerCsp([A, B]));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('default-src')).toEqual(["'self'"]);
  });

  it('refuses to write a header when the build has no policy', () => {
    expect(() => headerCsp([])).toThrow(/aucune Content-Security-Policy/);
  });

  it('reads the <meta> policy of a page, entities decoded, whatever the quotes', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#x27;sha256-a+b/c=&#x27;"><meta name=x content='y'></head>`;
    expect(metaCspOf(html)).toEqual(["default-src 'self'; script-src 'sha256-a+b/c='"]);
    expect(metaCspOf(`<meta content="default-src 'none'" http-equiv='Content-Security-Policy'>`)).toEqual(["default-src 'none'"]);
    expect(metaCspOf('<meta name="description" content="x">')).toEqual([]);
  });
});

describe('nginx configuration', () => {
  const csp = headerCsp([A]);
  const files = nginxConfig({ csp, root: '/srv/atlas', serverName: 'atlas.departement-fictif.fr' });

  it('sends every security header on every response, errors included', () => {
    const lines = files['nginx/atlas-headers.conf'].split('\n').filter((l) => l.startsWith('add_header'));
    expect(lines).toHaveLength(securityHeaders(csp).length);
    for (const line of lines) expect(line).toMatch(/^add_header [A-Za-z-]+ ".*" always;$/);
    expect(files['nginx/atlas-headers.conf']).toContain(`add_header Content-Security-Policy "${csp}" always;`);
  });

  it('repeats the headers in every location (nginx drops inherited add_header) with the right cache', () => {
    const site = files['nginx/atlas-site.conf'];
    const locations = site.split(/\n(?=location )/).slice(1);
    expect(locations.length).toBeGreaterThan(IMMUTABLE_PATHS.length);
    for (const block of locations)
      if (!block.includes('return 404')) expect(block).toContain('include atlas/atlas-headers.conf;');
    expect(site).toContain('location ^~ /_astro/ {');
    expect(site).toContain('location ~ ^/pagefind/pagefind\\.[^/]*\\.pf_meta$ {');
    expect(site.match(new RegExp(`Cache-Control "${CACHE.immutable}"`, 'g'))).toHaveLength(IMMUTABLE_PATHS.length);
    const zip = locations.find((b) => b.startsWith(`location = ${OFFLINE_ZIP} {`));
    expect(zip).toContain('default_type application/zip;');
    expect(site).toContain('error_page 404 /404.html;');
    for (const directive of ['gzip_static on;', 'brotli_static on;', 'gzip_vary on;', 'gzip off;'])
      expect(site).toContain(directive);
  });

  it('writes a complete HTTPS server block for the public host name', () => {
    const full = files['nginx/atlas.conf'];
    expect(full).toContain('server_name atlas.departement-fictif.fr;');
    expect(full).toContain('ssl_certificate /etc/letsencrypt/live/atlas.departement-fictif.fr/fullchain.pem;');
    expect(full).toContain('root /srv/atlas;');
    expect(full).toContain('return 301 https://$host$request_uri;');
    expect(full).toContain('include atlas/atlas-site.conf;');
  });

  it('escapes a double quote in a header value', () => {
    const conf = nginxConfig({ csp: 'x "y"', root: '/r', serverName: null })['nginx/atlas-headers.conf'];
    expect(conf).toContain('add_header Content-Security-Policy "x \\"y\\"" always;');
  });
});

describe('_headers file (Netlify, Cloudflare Pages)', () => {
  const file = headersFile(headerCsp([A]));
  it('gives every path the security headers and the hashed files a year of cache', () => {
    const blocks = file.split('\n\n').slice(1);
    expect(blocks[0]!.split('\n')[0]).toBe('/*');
    for (const [name, value] of securityHeaders(headerCsp([A]))) expect(blocks[0]).toContain(`  ${name}: ${value}`);
    // Both hosts combine the rules that match: no Cache-Control on /*, or it would be joined to the immutable one.
    expect(blocks[0]).not.toContain('Cache-Control');
    for (const path of IMMUTABLE_PATHS) expect(file).toContain(`${path}\n  Cache-Control: ${CACHE.immutable}`);
    expect(file).toContain(`${OFFLINE_ZIP}\n  Content-Type: application/zip`);
  });
});
