/**
 * Browser checks that back the RGAA audit on the pages of its sample (src/data/rgaa/audit.yaml):
 * text spacing (WCAG 1.4.12, RGAA 10.12), 200 % zoom (1.4.4, 10.4), visible focus (2.4.7, 10.7),
 * target size (2.5.8, as good practice), forced colours (10.5), keyboard order of the map (12.8),
 * reduced motion (13.8).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedPages, type AuditSource } from '../../src/lib/rgaa';
import { baseUrl, launchBrowser } from './browser';

const source = parse(readFileSync(join(import.meta.dirname, '../../src/data/rgaa/audit.yaml'), 'utf8')) as AuditSource;
const SAMPLE = auditedPages(source.pages)
  .filter((p) => p.url.startsWith('/'))
  .map((p) => p.url);

/** One page per template of the sample, for the slower checks (text spacing, focus). */
const TEMPLATES = SAMPLE.filter((p) =>
  /^\/(|recherche\/.*|ateliers\/.+|mesures\/.+|carte\/|departements\/[^/]+\/|departements\/[^/]+\/dossier\/|accessibilite\/|donnees\/)$/.test(
    p,
  ),
).filter(
  (p, i, all) => all.findIndex((q) => q.split('/').length === p.split('/').length && q.split('/')[1] === p.split('/')[1]) === i,
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function load(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${baseUrl()}${path}`);
  expect(response?.status(), path).toBe(200);
  if (path.startsWith('/recherche/')) await page.waitForSelector('.search-results li');
  if (path.startsWith('/carte/')) await page.waitForSelector('.map path[role=link]');
}

/** Sideways scroll, and text cut off by a box that hides its overflow (the map's panes excepted). */
function lostContent(): string[] {
  const found: string[] = [];
  const root = document.scrollingElement!;
  if (root.scrollWidth > window.innerWidth) found.push(`page ${root.scrollWidth} px pour ${window.innerWidth} px`);
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.leaflet-container')) continue;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (style.display === 'none' || rect.width <= 1 || rect.height <= 1) continue;
    const clipsX = ['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const clipsY = ['hidden', 'clip'].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if ((clipsX || clipsY) && el.textContent!.trim()) found.push(`${el.tagName.toLowerCase()}.${el.className} coupe son texte`);
  }
  return found.slice(0, 10);
}

describe('text spacing (WCAG 1.4.12) and 200 % zoom (WCAG 1.4.4)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    // The reader's own style sheet is not bound by the site's Content-Security-Policy.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('has its templates', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(TEMPLATES)('%s loses nothing with the 1.4.12 spacing, at 1280 and 390 px', async (path) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await load(page, path);
      await page.addStyleTag({
        content:
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      });
      expect(await page.evaluate(lostContent), `${path} à ${width} px`).toEqual([]);
    }
  });

  it.each(SAMPLE)('%s loses nothing at 200 % zoom (1280 → 640 CSS px)', async (path) => {
    await page.setViewportSize({ width: 640, height: 450 });
    await load(page, path);
    expect(await page.evaluate(lostContent)).toEqual([]);
  });
});

/** What shows focus: outline, shadow, border, background, underline, SVG stroke. */
function focusLook(el: Element): string {
  const s = getComputedStyle(el);
  return [
    s.outlineStyle,
    s.outlineWidth,
    s.outlineColor,
    s.boxShadow,
    s.borderColor,
    s.backgroundColor,
    s.textDecorationLine,
    s.stroke,
    s.strokeWidth,
  ].join('|');
}

describe('visible focus (WCAG 2.4.7) and target size (WCAG 2.5.8)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(TEMPLATES)('%s shows the focus of every element reached with Tab', async (path) => {
    await load(page, path);
    await page.evaluate(`window.focusLook = ${focusLook.toString()}`);
    const count = await page.evaluate(() => {
      const w = window as unknown as { __look: Map<Element, string> };
      w.__look = new Map();
      const focusable = document.querySelectorAll('a[href], button, input, summary, [tabindex]:not([tabindex="-1"])');
      const look = (window as unknown as { focusLook: (el: Element) => string }).focusLook;
      for (const el of focusable) w.__look.set(el, look(el));
      return focusable.length;
    });
    expect(count).toBeGreaterThan(0);
    const invisible: string[] = [];
    const reached = new Set<string>();
    for (let i = 0; i < count + 5; i++) {
      await page.keyboard.press('Tab');
      const result = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const w = window as unknown as { __look: Map<Element, string>; focusLook: (el: Element) => string };
        const name = `${el.tagName.toLowerCase()} « ${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)} »`;
        const before = w.__look.get(el);
        return {
          name,
          key: `${name}@${el.getBoundingClientRect().top}`,
          visible: before === undefined || before !== w.focusLook(el),
        };
      });
      if (!result) break;
      if (reached.has(result.key)) break;
      reached.add(result.key);
      if (!result.visible) invisible.push(result.name);
    }
    expect(reached.size).toBeGreaterThan(2);
    expect(invisible).toEqual([]);
  });

  it.each(SAMPLE)('%s gives header, navigation, footer links and controls a 24 × 24 px target (or room around)', async (path) => {
    await load(page, path);
    const small = await page.evaluate(() => {
      const targets = [
        ...document.querySelectorAll(
          'header a, nav a, footer a, button, input[type=search], input[type=text], summary, .map-layout a, .leaflet-control a',
        ),
      ].filter((el) => el.getBoundingClientRect().width > 0);
      // A checkbox's target is its label, which toggles it.
      for (const box of document.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]'))
        targets.push(box.labels?.[0] ?? box);
      const rects = targets.map((el) => el.getBoundingClientRect());
      return targets.flatMap((el, i) => {
        const r = rects[i]!;
        if (r.width >= 24 && r.height >= 24) return [];
        // Spacing exception: a 24 px circle centred on the target touches no other target.
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        const crowded = rects.some((o, j) => {
          if (j === i) return false;
          const dx = Math.max(o.left - cx, 0, cx - o.right);
          const dy = Math.max(o.top - cy, 0, cy - o.bottom);
          return Math.hypot(dx, dy) < 12;
        });
        return crowded
          ? [
              `${el.tagName.toLowerCase()} « ${el.textContent!.trim().slice(0, 30)} » ${Math.round(r.width)}×${Math.round(r.height)}`,
            ]
          : [];
      });
    });
    expect(small).toEqual([]);
  });
});

describe('forced colours, keyboard order of the map, reduced motion', () => {
  it('keeps the map, its legend, the focus and the facets visible in forced-colours mode', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await load(page, '/carte/');
    const map = await page.evaluate(() => {
      const paths = [...document.querySelectorAll('.map path[role=link]')];
      const fills = new Set(paths.map((p) => getComputedStyle(p).fill));
      const swatches = new Set(
        [...document.querySelectorAll('[data-legend] .swatch')].map((s) => getComputedStyle(s).backgroundColor),
      );
      const strokes = paths.map((p) => getComputedStyle(p).stroke);
      return {
        fills: fills.size,
        swatches: swatches.size,
        legend: document.querySelectorAll('[data-legend] .swatch').length,
        strokes,
      };
    });
    // The choropleth keeps its shades (and the legend its swatches) instead of one system colour.
    expect(map.fills).toBeGreaterThan(1);
    expect(map.swatches).toBe(map.legend);
    for (const s of map.strokes) expect(s).not.toBe('none');
    // The focus of a département stays visible.
    await page.locator('.map path[role=link]').first().focus();
    const focused = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { outline: s.outlineStyle, stroke: s.stroke, width: parseFloat(s.strokeWidth) };
    });
    expect(focused.outline !== 'none' || focused.width >= 2).toBe(true);
    // The facets of the search: checkboxes and their groups still drawn.
    await load(page, '/recherche/?q=cantine');
    await page.locator('summary', { hasText: 'Territoire' }).click();
    const facets = await page.evaluate(() =>
      [...document.querySelectorAll('.search-form input[type=checkbox], details input[type=checkbox]')].slice(0, 5).map((b) => {
        const r = b.getBoundingClientRect();
        return r.width >= 10 && r.height >= 10 && getComputedStyle(b).visibility === 'visible';
      }),
    );
    expect(facets.length).toBeGreaterThan(0);
    expect(facets.every(Boolean)).toBe(true);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await context.close();
  });

  it('reaches the départements of the map with Tab in the order of the table', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await load(page, '/carte/');
    const rows = await page
      .locator('.map-table tbody tr:not(.sub) th a')
      .evaluateAll((as) => as.map((a) => a.textContent!.trim().replace(/\s+/g, ' ')));
    await page.locator('.map path[role=link]').first().focus();
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      const label = await page.evaluate(() =>
        document.activeElement?.matches('.map path[role=link]') ? document.activeElement.getAttribute('aria-label') : null,
      );
      if (label === null) break;
      reached.push(label);
      await page.keyboard.press('Tab');
    }
    const departements = reached.filter((l) => /\(\d[\dAB]\)/.test(l)).map((l) => l.replace(/ :.*$/, '').replace(/\s+/g, ' '));
    expect(departements.length).toBe(rows.length);
    for (const [i, name] of departements.entries())
      expect(rows[i]!.startsWith(name.split(' (')[0]!), `${name} / ${rows[i]}`).toBe(true);
    await context.close();
  });

  it('keeps the map tooltip while hovered and hides it with Échap without moving focus or pointer (WCAG 1.4.13)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await load(page, '/carte/');
    const shape = page.locator('.map path[role=link]').first();
    const name = (await shape.getAttribute('aria-label'))!.replace(/ — ouvrir la page$/, '');
    await shape.hover();
    const tip = page.locator('.leaflet-tooltip.map-tip');
    await expect.poll(() => tip.count()).toBe(1);
    expect((await tip.textContent())!.trim()).toBe(name);
    // Hoverable: the pointer moves from the shape onto the tooltip, which stays.
    const tipBox = (await tip.boundingBox())!;
    await page.mouse.move(tipBox.x + tipBox.width / 2, tipBox.y + tipBox.height / 2);
    await page.waitForTimeout(1000);
    expect(await tip.isVisible()).toBe(true);
    // Dismissible: Échap hides it, the pointer has not moved.
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    // Same from the keyboard: the focus stays on the shape after Échap.
    await shape.focus();
    await expect.poll(() => tip.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    expect(await shape.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('runs no animation or transition longer than 0.01 s with prefers-reduced-motion', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    for (const path of ['/', '/carte/', '/recherche/?q=cantine']) {
      await load(page, path);
      const moving = await page.evaluate(() => {
        const seconds = (v: string) =>
          Math.max(...v.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
        const found: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) found.push(`${el.tagName} animation`);
          if (seconds(s.transitionDuration) > 0.01 && s.transitionProperty !== 'none')
            found.push(`${el.tagName}.${el.className} transition`);
        }
        if (document.querySelector('.leaflet-zoom-anim, .leaflet-fade-anim')) found.push('animations de Leaflet actives');
        return found.slice(0, 10);
      });
      expect(moving, path).toEqual([]);
    }
    await context.close();
  });
});
