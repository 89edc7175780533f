/**
 * The mayor's journeys of issue 12, one test each, on the production build in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';
import type { CommuneIndex } from '../../src/lib/communes';

const DIST = resolve(import.meta.dirname, '../../dist');
const SHOTS = process.env.ATLAS_SHOTS;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1366, height: 900 };

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

/** Root-relative paths of the sheet links of a page's cards. */
async function cardLinks(page: Page, scope: string): Promise<string[]> {
  return page
    .locator(`${scope} .card h3 a, ${scope} .card h4 a`)
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
}

describe('journey 1 — Ma commune', () => {
  it('a commune no sheet mentions leads to its page with its département’s sheets and the regional ones, nothing else', async () => {
    const index = JSON.parse(readFileSync(resolve(DIST, 'communes.json'), 'utf8')) as CommuneIndex;
    const mirande = index.communes.find((c) => c[1] === 'Mirande' && c[3] === '32')!;
    expect(index.named[mirande[0]]).toBeUndefined(); // the journey needs a commune that no sheet names
    const { page, context, foreign, errors } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('searchbox').first().fill('mirande');
    await Promise.all([page.waitForURL('**/recherche/?q=mirande'), page.keyboard.press('Enter')]);
    const first = page.locator('[data-places] a').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toBe('Mirande (Gers)');
    // The place comes before any result.
    const order = await page.evaluate(() => {
      const places = document.querySelector('[data-places]')!;
      const results = document.querySelector('[data-results]')!;
      return places.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await shot(page, 'j1-search-mirande');
    await Promise.all([page.waitForURL(/\/ma-commune\/\?insee=32256/), first.click()]);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Mirande (Gers)');
    await expect
      .poll(() => page.locator('[data-commune] .lead').textContent())
      .toMatch(/dans le Gers, membre de l’intercommunalité CC /);
    await shot(page, 'j1-ma-commune');
    const listed = await cardLinks(page, '[data-commune]');
    const sections = await page.locator('[data-commune] h2').allTextContents();
    expect(sections.some((h) => /^Fiches dans le Gers \(\d+/.test(h))).toBe(true);
    expect(sections.some((h) => /^Valable dans toute la région/.test(h))).toBe(true);
    expect(sections.some((h) => /nomment/.test(h))).toBe(false);
    const depLink = page.getByRole('link', { name: 'Toutes les fiches dans le Gers' });
    expect(await depLink.getAttribute('href')).toBe('/departements/gers/');

    // Every sheet of the Gers page is there, and the rest are regional or national sheets only.
    const dep = await context.newPage();
    await dep.goto(`${baseUrl()}/departements/gers/`);
    const gers = await cardLinks(dep, 'main');
    for (const url of gers) expect(listed).toContain(url);
    const others = listed.filter((u) => !gers.includes(u));
    // (After the territory refactor the Gers page also lists the regional sheets: both sets hold.)
    expect(
      await page.locator('[data-commune] section', { hasText: 'Valable dans toute la région' }).locator('.card').count(),
    ).toBeGreaterThan(0);
    const places = await page
      .locator('[data-commune] .card')
      .evaluateAll(
        (cards, urls) =>
          cards
            .filter((c) => urls.includes(new URL(c.querySelector('a')!.href).pathname + new URL(c.querySelector('a')!.href).hash))
            .map((c) => c.querySelector('.eyebrow')!.textContent ?? ''),
        others,
      );
    for (const place of places) expect(place).toMatch(/Région Occitanie|National/);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Waits for the search to settle and returns the result links. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  return page
    .locator('.search-results h2 a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
}

/** The number in « Gers (3) » for each label of a filter group. */
async function facetCounts(page: Page, key: string): Promise<Map<string, number>> {
  const labels = await page.locator(`details[data-key=${key}] label`).allTextContents();
  return new Map(
    labels.map((l) => [
      l.replace(/ \([\d\s\u202f\u00a0]+\)$/, ''),
      Number(l.replace(/^.*\(([\d\s\u202f\u00a0]+)\)$/, '$1').replace(/\D/g, '')),
    ]),
  );
}

describe('journey 2 — « cantine » in any département', () => {
  it('shows the canteen aid for every département, with facet counts equal to the results', async () => {
    const { page, context, foreign, errors } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(`${baseUrl()}/departements/`);
    const names = (await page.locator('main a[href^="/departements/"]').allTextContents())
      .map((t) => t.replace(/\s*\(\d+\).*$/, '').trim())
      .filter((t, i, all) => t && all.indexOf(t) === i);
    expect(names.length).toBeGreaterThanOrEqual(13);
    // Through the interface once: type, then tick the Gers.
    await page.goto(`${baseUrl()}/recherche/`);
    await page.locator('#search-q').fill('cantine');
    await page.keyboard.press('Enter');
    await results(page);
    await page.locator('summary', { hasText: 'Territoire' }).click();
    await page.getByRole('checkbox', { name: /^Gers \(/ }).check();
    await page.waitForURL(/territoire=Gers/);
    await page.waitForFunction(() => document.querySelector('[data-chips] button') !== null);
    expect(await page.locator('[data-chips] button').getAttribute('aria-label')).toBe('Retirer le filtre Territoire\u00A0: Gers');
    await shot(page, 'j2-cantine-gers');
    for (const name of names) {
      await page.goto(`${baseUrl()}/recherche/?q=cantine&territoire=${encodeURIComponent(name)}`);
      const found = await results(page);
      expect(found, name).toContain('/mesures/repas-equilibre-par-jour/');
      const territory = await facetCounts(page, 'territoire');
      expect(territory.get(name), name).toBe(found.length);
      const kinds = await facetCounts(page, 'kind');
      expect(
        [...kinds.values()].reduce((a, b) => a + b, 0),
        name,
      ).toBe(found.length);
    }
    // « Locale » keeps only the sheets of the département itself.
    await page.goto(`${baseUrl()}/recherche/?q=cantine&territoire=Aude&portee=Locale`);
    const local = await results(page);
    expect(local).not.toContain('/mesures/repas-equilibre-par-jour/');
    expect(local).toContain('/ateliers/capendu-cantines-scolaires/');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('journey 5 — back from a sheet', () => {
  it('restores the query, the filters, the « more results » depth and the scroll position', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(`${baseUrl()}/recherche/?q=logement`);
    await results(page);
    await page.locator('#search-sort').selectOption('departement');
    await page.waitForURL(/tri=departement/);

    const kindBox = page.getByRole('checkbox', { name: /^Exemple local \(/ });
    const mesureBox = page.getByRole('checkbox', { name: /^Mesure \(/ });
    await kindBox.check();
    await page.waitForURL(/kind=Exemple/);
    await results(page);
    await mesureBox.check();
    await page.waitForURL(/kind=Mesure/);
    const all = await results(page);
    const total = Number((await page.locator('[data-status]').textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(20); // the journey needs a second page of results
    await page.getByRole('button', { name: /^Afficher plus de résultats/ }).click();
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBe(Math.min(40, total));
    const target = page.locator('.search-results > li h2 a').nth(Math.min(32, total - 1));
    await target.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(400);
    const before = {
      y: await page.evaluate(() => window.scrollY),
      url: page.url(),
      shown: await page.locator('.search-results > li').count(),
    };
    expect(before.y).toBeGreaterThan(1000);
    const title = await target.textContent();
    await Promise.all([page.waitForURL((u) => !u.search.includes('q=')), target.click()]);
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 }).toBeTruthy();
    await page.goBack();
    await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(page.url()).toBe(before.url);
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBe(before.shown);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(before.y - 30);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before.y)).toBeLessThan(30);
    expect(await page.locator('#search-q').inputValue()).toBe('logement');
    expect(await kindBox.isChecked()).toBe(true);
    expect(await mesureBox.isChecked()).toBe(true);
    expect(await page.locator('#search-sort').inputValue()).toBe('departement');
    expect(await page.locator('.search-results > li h2 a').allTextContents()).toContain(title);
    expect(all.length).toBe(20);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('journey 7 — the header on one line', () => {
  for (const width of [1024, 1366]) {
    it(`fits on one line at ${width} px, with one search box per page`, async () => {
      const { page, context } = await openPage(browser, { viewport: { width, height: 800 } });
      for (const path of ['/', '/recherche/', '/ateliers/', '/departements/gers/', '/ma-commune/', '/carte/']) {
        await page.goto(`${baseUrl()}${path}`);
        const boxes = await page.evaluate(() => {
          const parts = [
            document.querySelector('.site-name'),
            ...document.querySelectorAll('.site-nav > ul > li'),
            document.querySelector('.header-search'),
          ].filter((e): e is Element => e !== null);
          return parts.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom }));
        });
        const labels = await page.locator('.site-nav > ul > li > a').allTextContents();
        for (const label of ['Près de chez moi', 'Thèmes', 'Carte']) expect(labels, path).toContain(label);
        // One line: every part overlaps every other vertically.
        const lowestTop = Math.max(...boxes.map((b) => b.top));
        const highestBottom = Math.min(...boxes.map((b) => b.bottom));
        expect(lowestTop, path).toBeLessThan(highestBottom);
        expect(await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height), path).toBeLessThan(70);
        expect(await page.locator('input[type=search]').count(), path).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      }
      if (width === 1024) await shot(page, 'j7-header-1024');
      // The source documents stay reachable as sections, from the « Les documents » menu.
      await page.goto(`${baseUrl()}/`);
      await page.locator('.nav-documents summary').click();
      await page.locator('.nav-documents').getByRole('link', { name: 'Mesures de la stratégie pauvreté' }).click();
      await page.waitForURL('**/mesures/');
      expect(await page.locator('.nav-documents summary').getAttribute('class')).toContain('current');
      await context.close();
    });
  }
});

describe('journey 8 — the map by theme', () => {
  it('changes its counts when filtered on a theme, shows the département names, with French plurals', async () => {
    const { page, context, foreign, errors } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(`${baseUrl()}/carte/`);
    await page.waitForSelector('.map path[role=link]');
    const names = await page.locator('.map .map-name').allTextContents();
    const rows = await page.locator('.map-table tbody tr:not(.sub) th a').allTextContents();
    expect(names.length).toBe(13);
    for (const row of rows) expect(names).toContain(row.replace(/ \(\d+\)$/, ''));
    // The names are drawn inside the map.
    const box = (await page.locator('.map').boundingBox())!;
    for (const label of await page.locator('.map .map-name').all()) {
      const b = (await label.boundingBox())!;
      expect(b.x >= box.x && b.x + b.width <= box.x + box.width && b.y >= box.y && b.y + b.height <= box.y + box.height).toBe(
        true,
      );
    }
    const totals = async () =>
      page
        .locator('.map-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('[data-total]')!.textContent!.replace(/\D/g, ''))));
    const labels = async () =>
      page.locator('.map path[role=link]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const before = await totals();
    await page.locator('#map-theme').selectOption({ label: 'Mobilité' });
    await expect.poll(async () => (await labels()).every((l) => l.includes('Mobilité')), { timeout: 10_000 }).toBe(true);
    const after = await totals();
    expect(after).not.toEqual(before);
    after.forEach((n, i) => expect(n).toBeLessThanOrEqual(before[i]!));
    // Each shape says the same number as its row of the table, per kind as well.
    const table = await page.locator('.map-table tbody tr:not(.sub)').evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')!.textContent!.trim(),
        total: Number(tr.querySelector('[data-total]')!.textContent!.replace(/\D/g, '')),
        cells: [...tr.querySelectorAll('[data-count]')].map((td) => Number(td.textContent!.replace(/\D/g, ''))),
      })),
    );
    for (const row of table) {
      expect(row.cells.reduce((a, b) => a + b, 0)).toBe(row.total);
      const label = (await labels()).find((l) => l.startsWith(row.name))!;
      expect(label).toMatch(new RegExp(`: ${row.total}\\s?fiches?\\b`.replace(/ /g, '\\s')));
    }
    await shot(page, 'j8-map-mobilite');
    // French plurals: never « 1 ateliers », « 1 actions de pacte ».
    for (const theme of ['Alimentation', 'Logement et hébergement', 'Santé']) {
      await page.locator('#map-theme').selectOption({ label: theme });
      for (const l of await labels()) {
        expect(l).not.toMatch(/(^|[^\d\s])1\s(ateliers|mesures|exemples|actions|fiches)\b/);
        expect(l).not.toMatch(/\b([2-9]|\d\d+)\s(atelier|mesure|action de pacte|fiche)(\s|,|\)|$)/);
      }
    }
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('journey 6 — on a phone', () => {
  it('shows the first result and a sheet’s « Qui contacter » before its text, at 390 px', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl()}/recherche/?q=logement&territoire=Gers`);
    await results(page);
    const first = (await page.locator('.search-results > li h2').first().boundingBox())!;
    expect(first.y + first.height).toBeLessThan(844);
    // Filters are folded behind a button that says how many are active.
    const toggle = page.locator('[data-filters-toggle]');
    expect(await toggle.textContent()).toBe('Filtres (1 actif)');
    expect(await page.locator('[data-filters]').isVisible()).toBe(false);
    await toggle.click();
    expect(await page.locator('[data-filters]').isVisible()).toBe(true);
    await toggle.click();
    await shot(page, 'j6-search-390');
    // A sheet: key figures, funding and contacts come before the long text.
    await page.goto(`${baseUrl()}/ateliers/capendu-cantines-scolaires/`);
    const contact = (await page.getByRole('heading', { name: 'Qui contacter' }).boundingBox())!;
    const text = (await page.locator('.sheet-text').boundingBox())!;
    expect(contact.y).toBeLessThan(text.y);
    const figures = page.locator('.sheet-top .figures');
    if ((await figures.count()) > 0) expect((await figures.first().boundingBox())!.y).toBeLessThan(text.y);
    await shot(page, 'j6-sheet-390');
    // Tap targets of the header and footer are at least 24 px high.
    for (const link of await page.locator('.site-header a, .site-header summary, .site-footer a').all()) {
      if (!(await link.isVisible())) continue; // links of the closed « Documents » menu
      const b = (await link.boundingBox())!;
      expect(b.height, (await link.textContent()) ?? '').toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });

  it('never scrolls sideways at 320 px, on any page of the site', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 700 } });
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(100);
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path} (${width} px)`);
    }
    expect(wide).toEqual([]);
    await context.close();
  }, 300_000);
});
