import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { serverUrl } from './http';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records CSP violations (event and console) and every request to another host. */
async function watchedPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const host = new URL(serverUrl()).host;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['http:', 'https:'].includes(url.protocol) && url.host !== host) foreign.push(r.url());
  });
  page.on('pageerror', (e) => violations.push(`erreur : ${e.message}`));
  page.on('console', (m) => {
    // CSP violations, and a header Chromium does not understand (Permissions-Policy features).
    if (
      ['error', 'warning'].includes(m.type()) &&
      /Content Security Policy|Refused to|Permissions-Policy|Unrecognized feature/.test(m.text())
    )
      violations.push(m.text());
  });
  await page.exposeFunction('__atlasViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __atlasViolation: (v: string) => void }).__atlasViolation(
        `${e.violatedDirective} ${e.blockedURI} ${location.pathname} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return { context, page, foreign, violations };
}

describe('a reader’s journey under the header CSP', () => {
  it('searches a word, opens a result, then the map, with no CSP violation and nothing from another host', async () => {
    const { context, page, foreign, violations } = await watchedPage();
    const home = await page.goto(`${serverUrl()}/`);
    expect(home?.status()).toBe(200);
    expect(home?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

    // The home page carries its own search box (one per page), the header one is on every other page.
    await page.getByRole('searchbox', { name: 'Que cherchez-vous ?' }).fill('logement');
    await Promise.all([page.waitForURL('**/recherche/?q=logement'), page.keyboard.press('Enter')]);
    // A locator wait, not waitForFunction: Playwright evaluates that predicate with eval, which the CSP refuses.
    await page
      .locator('[data-status]')
      .filter({ hasText: /\d\s?résultats?/ })
      .waitFor();
    const results = page.locator('.search-results h2 a');
    expect(await results.count()).toBeGreaterThan(0);
    await Promise.all([page.waitForLoadState('load'), results.first().click()]);
    expect(await page.locator('h1').count()).toBe(1);

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Carte' }).click();
    await page.waitForURL('**/carte/');
    await page.waitForSelector('.map path[role=link]');
    expect(await page.locator('.map path[role=link]').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');

    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('cannot be shown in a frame of another site (frame-ancestors)', async () => {
    const { context, page } = await watchedPage();
    const target = `${serverUrl()}/`;
    // A page of another origin (about:blank) that frames the site.
    await page.setContent(`<iframe src="${target}" title="cadre"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForLoadState('load').catch(() => {});
    await page.waitForTimeout(300);
    const title = await frame.evaluate(() => document.title).catch(() => '');
    expect(title).not.toMatch(/Atlas/);
    await context.close();
  });
});
