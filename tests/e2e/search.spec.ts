import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function resultTitles(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  return page.locator('.search-results h2').allTextContents();
}

describe('search', () => {
  it('finds the Capendu atelier from the header search box', async () => {
    const { page, context, foreign } = await openPage(browser);
    // The home page has its own search box instead (one search box per page): start from a list page.
    await page.goto(`${baseUrl()}/ateliers/`);
    await page.getByRole('searchbox', { name: 'Rechercher une fiche' }).fill('Capendu');
    await Promise.all([page.waitForURL('**/recherche/?q=Capendu'), page.keyboard.press('Enter')]);
    const titles = await resultTitles(page);
    expect(titles).toContain('Les cantines scolaires à tarification sociale en milieu rural');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('lists the Capendu atelier and the school canteen measure for « cantine »', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/recherche/?q=cantine`);
    const titles = await resultTitles(page);
    expect(titles).toContain('Les cantines scolaires à tarification sociale en milieu rural');
    expect(titles.some((t) => /repas/i.test(t))).toBe(true);
    await context.close();
  });

  it('narrows to items tagged Lot when the Lot filter is applied, and keeps it in the URL', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/recherche/?q=logement`);
    const before = await resultTitles(page);
    await page.locator('summary', { hasText: 'Territoire' }).click();
    await page.getByRole('checkbox', { name: /^Lot \(/ }).check();
    await page.waitForURL(/territoire=Lot/);
    const after = await resultTitles(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    const places = await page.locator('.search-results .eyebrow').allTextContents();
    // A sheet of regional or national scope applies in the Lot too.
    for (const place of places) expect(place).toMatch(/Lot|Région Occitanie|National/);
    // The same URL reopens the same results.
    const url = page.url();
    const again = await (await openPage(browser)).page;
    await again.goto(url);
    expect(await resultTitles(again)).toEqual(after);
    await again.context().close();
    await context.close();
  });
});

describe('browsing and filters', () => {
  it('browses theme « Mobilité » without a query and lists items of every kind that carry it', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/recherche/?theme=${encodeURIComponent('Mobilité')}`);
    await resultTitles(page);
    while (await page.getByRole('button', { name: /Afficher plus/ }).count()) {
      await page.getByRole('button', { name: /Afficher plus/ }).click();
      await page.waitForLoadState('networkidle');
    }
    const kinds = new Set((await page.locator('.search-results .eyebrow').allTextContents()).map((e) => e.split(' · ')[0]));
    expect([...kinds].sort()).toEqual(['Action de pacte', 'Atelier', 'Exemple local', 'Mesure']);
    await context.close();
  });

  it('lets a keyboard-only user open a filter group and apply a filter', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/recherche/?q=jeunes`);
    await resultTitles(page);
    await page.locator('#search-q').focus();
    // Tab from the search field to the « Thème » group, open it, tab to its first box and tick it.
    let onTheme = false;
    for (let i = 0; i < 30 && !onTheme; i++) {
      await page.keyboard.press('Tab');
      onTheme = await page.evaluate(
        () => document.activeElement?.tagName === 'SUMMARY' && document.activeElement.textContent === 'Thème',
      );
    }
    expect(onTheme).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    expect(focused).toBe('theme');
    await page.keyboard.press('Space');
    await page.waitForURL(/theme=/);
    expect(await page.locator('input[name=theme]:checked').count()).toBe(1);
    await context.close();
  });

  it('says what to try next when nothing matches', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/recherche/?q=cantine&territoire=Lozère&portee=Locale`);
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent === 'Aucun résultat');
    await expect(page.getByRole('link', { name: /retirer le filtre «\s?Lozère\s?»/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: /retirer le filtre «\s?Locale\s?»/ }).count()).resolves.toBe(1);
    // A département named in the query: the nearest theme there, and the département page.
    await page.goto(`${baseUrl()}/recherche/?q=${encodeURIComponent('mobilité Gers')}`);
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent === 'Aucun résultat');
    const theme = page.getByRole('link', { name: 'le thème Mobilité dans le Gers' });
    expect(await theme.getAttribute('href')).toBe(`?theme=${encodeURIComponent('Mobilité')}&territoire=Gers`);
    expect(await page.getByRole('link', { name: 'toutes les fiches dans le Gers' }).getAttribute('href')).toBe(
      '/departements/gers/',
    );
    expect(await page.locator('.search-results .note a[href^="/themes/"]').allTextContents()).toEqual(['Mobilité']);
    await theme.click();
    await page.waitForFunction(() => /\d+\s?résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    await context.close();
  });
});
