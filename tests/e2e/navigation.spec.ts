import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('navigation', () => {
  it('reaches an atelier sheet from the home page with the keyboard only', async () => {
    const { page, context, foreign } = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    // Tab to the « Documents » menu of the main navigation, open it, tab to « Ateliers… » and follow it.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Documents') break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Documents');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Ateliers de la conférence 2021');
    await Promise.all([page.waitForURL('**/ateliers/'), page.keyboard.press('Enter')]);
    // Tab to the Capendu sheet and open it.
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(
        'cantines scolaires à tarification sociale',
      );
    }
    expect(found).toBe(true);
    await Promise.all([page.waitForURL('**/ateliers/capendu-cantines-scolaires/'), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Les cantines scolaires à tarification sociale en milieu rural',
    );
    await expect(page.getByText('05 49 37 56 30').count()).resolves.toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('offers a skip link as the first focusable element', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/ateliers/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await context.close();
  });
});
