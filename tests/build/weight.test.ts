/**
 * Page-weight budget over dist/: what a reader downloads before any interaction, gzipped — the HTML,
 * each linked stylesheet and each script it loads at start (static imports followed; dynamic import()
 * left out: it loads only when used). 1 KB = 1 024 bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT, DIST, page } from './dist';
import { PAGE_KINDS, contentSheets } from './checks';

const KB = 1024;
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const file = (url: string) => join(DIST, url.split(/[?#]/)[0]!);

/** The site paths a JS module imports statically. */
function staticImports(code: string, from: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1]!;
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    out.push(new URL(spec, `http://x${from}`).pathname);
  }
  return out;
}

/** Gzipped bytes of a page and what it loads at start, and the URLs of the scripts it requests. */
function weight(url: string): { bytes: number; scripts: string[] } {
  const root = page(url);
  const html = readFileSync(url.endsWith('/') ? join(DIST, url, 'index.html') : join(DIST, url));
  let bytes = gz(html);
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) bytes += gz(readFileSync(file(link.getAttribute('href')!)));
  const scripts = root
    .querySelectorAll('script[src], link[rel="modulepreload"]')
    .map((el) => el.getAttribute('src') ?? el.getAttribute('href')!);
  const seen = new Set<string>();
  const queue = [
    ...scripts,
    ...root.querySelectorAll('script[type="module"]:not([src])').flatMap((s) => staticImports(s.text, url)),
  ];
  while (queue.length > 0) {
    const js = queue.shift()!;
    if (seen.has(js) || !existsSync(file(js))) continue;
    seen.add(js);
    const code = readFileSync(file(js), 'utf8');
    bytes += gz(code);
    queue.push(...staticImports(code, js));
  }
  return { bytes, scripts: [...seen] };
}

describe('page-weight budget', () => {
  const sheets = contentSheets(CONTENT);
  it.each(PAGE_KINDS)('a %s page weighs at most 12 KB gzipped and requests no script', (kind) => {
    // The heaviest page of the kind.
    const pages = sheets.filter((s) => s.kind === kind).map((s) => s.url);
    const weights = pages.map((url) => ({ url, ...weight(url) })).sort((a, b) => b.bytes - a.bytes);
    const heaviest = weights[0]!;
    expect(heaviest.bytes).toBeGreaterThan(KB);
    expect(heaviest.bytes, `${heaviest.url} : ${(heaviest.bytes / KB).toFixed(1)} Ko`).toBeLessThanOrEqual(12 * KB);
    for (const w of weights) expect(w.scripts, w.url).toEqual([]);
  });

  it('the map page weighs at most 120 KB gzipped, its scripts included', () => {
    const { bytes, scripts } = weight('/carte/');
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes, `${(bytes / KB).toFixed(1)} Ko`).toBeLessThanOrEqual(120 * KB);
  });
});

describe('browser scripts', () => {
  const scripts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));

  it('never evaluate code from a string (the Content-Security-Policy refuses eval and Function)', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) {
      const code = readFileSync(join(DIST, '_astro', f), 'utf8');
      expect(code.match(/(?<![\w$.])(?:eval|Function)\(/g) ?? [], f).toEqual([]);
    }
  });

  it('carry no schema library: the content schemas stay on the build side', () => {
    for (const f of scripts) expect(readFileSync(join(DIST, '_astro', f), 'utf8'), f).not.toMatch(/_zod|\$ZodType/);
  });
});
