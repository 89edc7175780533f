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

/** Accessible names of the département shapes, in DOM order. */
async function shapeNames(page: Page): Promise<string[]> {
  return page.locator('.map path[role=link]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

/** « Aude (11) » → the number in its « Total » cell of the table. */
async function tableTotals(page: Page): Promise<Map<string, number>> {
  const rows = await page
    .locator('.map-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', tr.querySelector('[data-total]')?.textContent ?? '']),
    );
  return new Map(rows.map(([name, total]) => [name!, Number(total!.replace(/\D/g, ''))]));
}

describe('map of Occitanie', () => {
  it('draws the 13 départements with nothing requested from another host', async () => {
    const { page, context, foreign } = await openPage(browser);
    await page.goto(`${baseUrl()}/carte/`);
    await page.waitForSelector('.map path[role=link]');
    const names = await shapeNames(page);
    expect(names.filter((n) => /\(\d\d\)/.test(n))).toHaveLength(13);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('gives each shape the same count as the table', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/carte/`);
    await page.waitForSelector('.map path[role=link]');
    const totals = await tableTotals(page);
    const departements = [...totals.entries()].filter(([name]) => !name.startsWith('dont'));
    expect(departements).toHaveLength(13);
    for (const label of await shapeNames(page)) {
      const match = /^(.+?)\s:\s(\d+)\sfiches?/.exec(label);
      expect(match, label).not.toBeNull();
      const [, name, count] = match!;
      const key = totals.has(name!) ? name! : `dont ${name}`;
      expect(totals.get(key), label).toBe(Number(count));
    }
    await context.close();
  });

  it('changes the counts when a kind is unchecked', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/carte/`);
    await page.waitForSelector('.map path[role=link]');
    const before = await tableTotals(page);
    await page.getByRole('checkbox', { name: 'Exemples locaux' }).uncheck();
    const after = await tableTotals(page);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(sum(after)).toBeLessThan(sum(before));
    const label = (await shapeNames(page)).find((n) => n.startsWith('Lot (46)'))!;
    expect(label).not.toMatch(/exemples locaux/);
    await context.close();
  });

  it('lets a keyboard user reach every département with Tab and open it with Enter', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/carte/`);
    await page.waitForSelector('.map path[role=link]');
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (/\(\d\d\)/.test(label)) reached.add(label.split(/\s:\s/)[0]!);
      if (label.startsWith('Lot (46)')) break;
    }
    expect(reached.size).toBeGreaterThanOrEqual(8);
    // Continue until every département has been focused.
    for (let i = 0; i < 60 && reached.size < 13; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (/\(\d\d\)/.test(label)) reached.add(label.split(/\s:\s/)[0]!);
    }
    expect(reached.size).toBe(13);
    await page.locator('.map path[role=link][aria-label^="Lot (46)"]').focus();
    await Promise.all([page.waitForURL('**/departements/lot/'), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Lot (46)');
    await context.close();
  });
});
