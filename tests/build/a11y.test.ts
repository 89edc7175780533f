/**
 * Checks over dist/ that back the RGAA audit: page titles (8.5, 8.6), heading outline (9.1),
 * doctype (8.1), and what the grid says about the sample — each audited page exists, its declared
 * features (tables, list boxes, scripts…) match its HTML, and the « not applicable » claims that hold
 * site-wide (no frame, no media, no new window) are true of every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { auditedPages, type AuditSource } from '../../src/lib/rgaa';
import { DIST, builtPages, page } from './dist';

const source = parse(readFileSync(join(import.meta.dirname, '../../src/data/rgaa/audit.yaml'), 'utf8')) as AuditSource;
const PAGES = builtPages();

function distFile(url: string): string {
  const path = new URL(url, 'http://x').pathname;
  return path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
}

describe('titles and headings of every built page', () => {
  it('each page has one meaningful <title>, unique on the site, and the HTML doctype', () => {
    const seen = new Map<string, string>();
    for (const url of PAGES) {
      expect(readFileSync(distFile(url), 'utf8').slice(0, 15).toLowerCase(), url).toBe('<!doctype html>');
      const titles = page(url).querySelectorAll('title');
      expect(titles, url).toHaveLength(1);
      const title = titles[0]!.textContent.trim();
      // « Page — Atlas des solidarités — Occitanie »: the page's own name comes first (the home page is the site).
      if (url !== '/') expect(title, url).toMatch(/^\S.{2,} — Atlas des solidarités — Occitanie$/);
      expect(seen.get(title), `${url} a le même titre que ${seen.get(title)}`).toBeUndefined();
      seen.set(title, url);
    }
  }, 60_000);

  it('each page has one h1 first and no skipped heading level', () => {
    for (const url of PAGES) {
      const levels = page(url)
        .querySelectorAll('h1, h2, h3, h4, h5, h6')
        .map((h) => Number(h.tagName.slice(1)));
      expect(
        levels.filter((l) => l === 1),
        url,
      ).toHaveLength(1);
      expect(levels[0], url).toBe(1);
      const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
      expect(skips, url).toEqual([]);
    }
  }, 60_000);
});

/** Features that can be read from the static HTML, and how (facets, their folds and the status are drawn by scripts). */
const DETECTABLE: Record<string, (html: string) => boolean> = {
  table: (html) => /<table[\s>]/.test(main(html)),
  script: (html) => /<script(?![^>]*(application\/json|application\/ld\+json))[^>]*>/.test(html),
  image: (html) => /role="img"|<img[\s>]/.test(main(html)),
  select: (html) => /<select[\s>]/.test(html),
  // RGAA 9.4: short quotations marked by the post-build step (src/lib/quotations.ts).
  quote: (html) => /<q>/.test(main(html)),
};
function main(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

describe('the audit sample', () => {
  const web = auditedPages(source.pages).filter((p) => p.url.startsWith('/'));

  it.each(web.map((p) => [p.id, p] as const))('%s exists and has the features the audit declares', (_id, p) => {
    expect(existsSync(distFile(p.url)), p.url).toBe(true);
    const html = readFileSync(distFile(p.url), 'utf8');
    for (const [feature, has] of Object.entries(DETECTABLE))
      expect(
        has(html),
        `${p.url} : « ${feature} » ${p.features.includes(feature) ? 'déclaré mais absent' : 'présent mais non déclaré'}`,
      ).toBe(p.features.includes(feature));
  });

  it('has no page published but still waiting for its audit', () => {
    const published = source.pages.filter((p) => p.pending && existsSync(distFile(p.url)));
    // When one of them is published: remove « pending: true » in src/data/rgaa/audit.yaml, declare its
    // features, audit it, and run `npm run rgaa:grid`.
    expect(published.map((p) => `${p.url} est publiée : l’auditer (audit.yaml)`)).toEqual([]);
  });

  it('backs the site-wide « non applicable »: no frame, media, CAPTCHA or new window on any page', () => {
    for (const url of PAGES) {
      const html = readFileSync(distFile(url), 'utf8');
      expect(html, url).not.toMatch(/<(iframe|frame|video|audio|object|embed|canvas|marquee|blink)[\s>]/);
      expect(html, url).not.toMatch(/target="_blank"|window\.open\(/);
      expect(html, url).not.toMatch(/<meta http-equiv="refresh"/i);
    }
  }, 60_000);
});
