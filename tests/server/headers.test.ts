import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE, OFFLINE_ZIP, metaCspOf, parseCsp, securityHeaders } from '../../src/lib/server-config';
import { get, linksUnder, serverIsLocal, type RawResponse } from './http';

const DIST = resolve(import.meta.dirname, '../../dist');
/** Every header that every response must carry, with its value (the CSP is checked on its own). */
const EXPECTED = securityHeaders('').filter(([name]) => name !== 'Content-Security-Policy');

let sheet: string;
let asset: string;
beforeAll(async () => {
  // A sheet and a hashed asset, found from the served site itself (works against a deployed URL).
  const list = await get('/ateliers/');
  expect(list.status).toBe(200);
  sheet = linksUnder(list.body.toString('utf8'), '/ateliers/').find((h) => /^\/ateliers\/[^/]+\/$/.test(h))!;
  expect(sheet).toBeTruthy();
  const search = (await get('/recherche/')).body.toString('utf8');
  asset = /(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/.exec(search)?.[1] ?? '';
  expect(asset).toMatch(/^\/_astro\//);
});

function expectSecurityHeaders(res: RawResponse, what: string) {
  for (const [name, value] of EXPECTED) expect(res.headers[name.toLowerCase()], `${name} (${what})`).toBe(value);
  const csp = parseCsp(String(res.headers['content-security-policy'] ?? ''));
  expect(csp.get('frame-ancestors'), `frame-ancestors (${what})`).toEqual(["'none'"]);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  for (const sources of csp.values()) expect(sources, what).not.toContain("'unsafe-inline'");
  return csp;
}

/** The header CSP allows every source of the page's <meta> CSP: the same hashes. */
function expectMetaCovered(res: RawResponse, what: string) {
  const header = parseCsp(String(res.headers['content-security-policy']));
  const metas = metaCspOf(res.body.toString('utf8'));
  expect(metas.length, `<meta> CSP de ${what}`).toBe(1);
  const meta = parseCsp(metas[0]!);
  const hashes = [...meta.values()].flat().filter((s) => s.startsWith("'sha"));
  expect(hashes.length, what).toBeGreaterThan(0);
  for (const [name, sources] of meta) for (const s of sources) expect(header.get(name), `${name} ${s} (${what})`).toContain(s);
}

describe('headers served', () => {
  it('sends every security header, a short cache and UTF-8 HTML on a sheet page', async () => {
    const res = await get(sheet);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe(CACHE.short);
    expectSecurityHeaders(res, sheet);
    expectMetaCovered(res, sheet);
  });

  it('puts in the CSP header the same hashes as the <meta> of the search and map pages', async () => {
    for (const path of ['/recherche/', '/carte/', '/']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expectSecurityHeaders(res, path);
      expectMetaCovered(res, path);
    }
  });

  it.runIf(serverIsLocal())('sends exactly the hashes found in the built pages, no more', async () => {
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const built = new Set(
      pages.flatMap((p) =>
        metaCspOf(readFileSync(join(DIST, p), 'utf8')).flatMap((m) =>
          [...parseCsp(m).values()].flat().filter((s) => s.startsWith("'sha")),
        ),
      ),
    );
    const header = parseCsp(String((await get('/')).headers['content-security-policy']));
    const sent = new Set([...header.values()].flat().filter((s) => s.startsWith("'sha")));
    expect([...sent].sort()).toEqual([...built].sort());
  });

  it('caches a hashed asset for a year, immutable, with the security headers', async () => {
    const res = await get(asset);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe(CACHE.immutable);
    expect(res.headers['content-type']).toMatch(asset.endsWith('.js') ? /^(application|text)\/javascript/ : /^text\/css/);
    expectSecurityHeaders(res, asset);
  });

  it('serves the offline edition as application/zip', async () => {
    const res = await get(OFFLINE_ZIP);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expectSecurityHeaders(res, OFFLINE_ZIP);
  });

  it('answers an unknown address with status 404 and the site’s own page', async () => {
    const res = await get('/cette-page-n-existe-pas/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString('utf8')).toContain('<h1>Page introuvable</h1>');
    if (serverIsLocal()) expect(res.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expectSecurityHeaders(res, '404');
  });

  it('does not serve the static hosts’ _headers file', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });
});

describe('compression', () => {
  it('sends Brotli to a browser that accepts it, gzip to one that only accepts gzip, and the same page', async () => {
    const plain = await get(sheet);
    expect(plain.headers['content-encoding']).toBeUndefined();
    if (serverIsLocal()) expect(plain.body.equals(readFileSync(join(DIST, sheet, 'index.html')))).toBe(true);

    const br = await get(sheet, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expectSecurityHeaders(br, `${sheet} (br)`);

    const gz = await get(sheet, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expectSecurityHeaders(gz, `${sheet} (gzip)`);

    expect(br.body.length).toBeLessThan(gz.body.length);
    expect(gz.body.length).toBeLessThan(plain.body.length / 2);
    console.log(`${sheet} : ${plain.body.length} octets, gzip ${gz.body.length}, brotli ${br.body.length}`);
  });

  it('compresses the hashed assets too, and the 404 page', async () => {
    const br = await get(asset, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe(CACHE.immutable);
    const missing = await get('/cette-page-n-existe-pas/', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(brotliDecompressSync(missing.body).toString('utf8')).toContain('<h1>Page introuvable</h1>');
  });
});
