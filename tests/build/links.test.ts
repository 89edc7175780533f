import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, page } from './dist';

/** Internal link targets of every page: [from, href]. */
function internalLinks(): [string, string][] {
  const out: [string, string][] = [];
  for (const url of builtPages()) {
    for (const a of page(url).querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      out.push([url, href]);
    }
  }
  return out;
}

function targetFile(from: string, href: string): { path: string; file: string; hash: string } {
  const resolved = new URL(href, `http://x${from}`);
  const path = resolved.pathname;
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, decodeURIComponent(path));
  return { path, file, hash: decodeURIComponent(resolved.hash.slice(1)) };
}

describe('links of the built site', () => {
  const links = internalLinks();

  it('finds internal links to check', () => {
    expect(links.length).toBeGreaterThan(500);
  });

  it('has 0 broken internal links', () => {
    const broken = links.filter(([from, href]) => !existsSync(targetFile(from, href).file)).map(([f, h]) => `${f} → ${h}`);
    expect(broken).toEqual([]);
  });

  it('has 0 broken anchors', () => {
    const broken = links
      .filter(([from, href]) => {
        const { path, file, hash } = targetFile(from, href);
        if (!hash || !file.endsWith('.html') || !existsSync(file)) return false;
        return page(path.endsWith('/') ? path : path).querySelector(`[id="${hash}"]`) === null;
      })
      .map(([f, h]) => `${f} → ${h}`);
    expect(broken).toEqual([]);
  });

  it('opens no new tab without rel="noopener"', () => {
    const unsafe: string[] = [];
    for (const url of builtPages()) {
      for (const a of page(url).querySelectorAll('a[target="_blank"]')) {
        if (!/\bnoopener\b/.test(a.getAttribute('rel') ?? '')) unsafe.push(`${url}: ${a.getAttribute('href')}`);
      }
    }
    expect(unsafe).toEqual([]);
  });

  it('loads no script, style, image or font from another host', () => {
    const foreign: string[] = [];
    for (const url of builtPages()) {
      for (const el of page(url).querySelectorAll('script[src], link[href], img[src], iframe, source[src]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        const rel = el.getAttribute('rel') ?? '';
        if (rel === 'canonical' || rel === 'sitemap') continue;
        if (/^(https?:)?\/\//.test(ref)) foreign.push(`${url}: ${ref}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});
