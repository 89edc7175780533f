/**
 * Automated checks that back the RGAA audit, on EVERY built page of dist/ (not one per template):
 * axe-core with the WCAG 2.1 A and AA rules, and reflow at 320 CSS px (WCAG 1.4.10, RGAA 10.11)
 * with no sideways scroll and no clipped text. One browser context per check, pages in sequence.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../build/dist';
import { baseUrl, launchBrowser } from './browser';

/** Every HTML page of the build; the search page is checked with results. */
const PAGES = builtPages().map((p) => (p === '/recherche/' ? '/recherche/?q=cantine' : p));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function load(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  if (path.startsWith('/recherche/')) await page.waitForSelector('.search-results li');
  if (path.startsWith('/carte/')) await page.waitForSelector('.map path[role=link]');
}

describe('every built page', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('has been found in dist/', () => {
    expect(PAGES.length).toBeGreaterThan(100);
  });

  it.each(PAGES)('%s has 0 axe violations (WCAG 2.1 A and AA)', async (path) => {
    await load(page, path);
    // Only violations are detailed: the passes are not needed, and collecting them doubles the time.
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ resultTypes: ['violations'] })
      .analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);
  });
});

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'fr-FR' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PAGES)('%s does not scroll sideways and clips no text', async (path) => {
    await load(page, path);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const root = document.scrollingElement!;
      if (root.scrollWidth > window.innerWidth) found.push(`page ${root.scrollWidth} px wide`);
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      /** A scrolling box (a wide data table) is allowed by 1.4.10; text cut off by overflow:hidden is not. */
      const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
      for (const el of document.body.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const rect = el.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden text, by design
        const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (hasText && (rect.left < -1 || rect.right > window.innerWidth + 1)) {
          let a = el.parentElement;
          while (a && !scrolls(a)) a = a.parentElement;
          if (!a) found.push(`${name(el)} dépasse (${Math.round(rect.left)}→${Math.round(rect.right)} px)`);
        }
        // The map is two-dimensional content (an exception of 1.4.10): Leaflet clips its panes by design.
        if (el.closest('.leaflet-container')) continue;
        if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.textContent!.trim())
          found.push(`${name(el)} coupe son contenu (${el.scrollWidth} > ${el.clientWidth} px)`);
      }
      return found.slice(0, 10);
    });
    expect(problems).toEqual([]);
  });
});

describe('the offline edition opened from file://', () => {
  it('has 0 axe violations on its home page and its search page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-a11y-'));
    const zip = readFileSync(resolve(import.meta.dirname, '../../atlas-solidarites-hors-ligne.zip'));
    for (const [name, data] of Object.entries(unzipSync(zip))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    for (const file of ['index.html', 'recherche/index.html']) {
      await page.goto(pathToFileURL(join(dir, 'atlas', file)).href);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(results.violations.map((v) => `${file} ${v.id}`)).toEqual([]);
    }
    await context.close();
  });
});
