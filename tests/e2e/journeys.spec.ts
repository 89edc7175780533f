/**
 * The mayor's journeys of issue 12, one test each, on the production build in Chromium.
 */
import { readFileSync } from 'node:fs';
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
    await expect.poll(() => first.textContent()).toBe('Mirande (Gers)');
    // The place comes before any result.
    const order = await page.evaluate(() => {
      const places = document.querySelector('[data-places]')!;
      const results = document.querySelector('[data-results]')!;
      return places.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await shot(page, 'j1-search-mirande');
    await Promise.all([page.waitForURL(/\/ma-commune\/\?insee=32256/), first.click()]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mirande (Gers)');
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
