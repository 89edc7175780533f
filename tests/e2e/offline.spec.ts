import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';

const ZIP = resolve(import.meta.dirname, '../../atlas-solidarites-hors-ligne.zip');
let browser: Browser;
let home: string;

beforeAll(async () => {
  // Unzip the offline edition anywhere, as a reader would.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-usb-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  home = pathToFileURL(join(dir, 'atlas-solidarites-hors-ligne', 'index.html')).href;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open() {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const network: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) network.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // The offline edition has its own CSP: a violation (a blocked style or script of our own) is an error.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) errors.push(m.text());
  });
  return { context, page, network, errors };
}

describe('offline edition opened from file://', () => {
  it('finds the Langogne atelier for « Kalipolys », filters by département and opens the result', async () => {
    const { context, page, network, errors } = await open();
    await page.goto(home);
    await page.getByRole('searchbox', { name: 'Rechercher une fiche' }).fill('Kalipolys');
    await Promise.all([page.waitForURL(/recherche\/index\.html\?q=Kalipolys/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const titles = await page.locator('.search-results h2').allTextContents();
    expect(titles.some((t) => /polyvalent/i.test(t))).toBe(true);
    // Filter by a département.
    await page.locator('summary', { hasText: 'Territoire' }).click();
    await page.getByRole('checkbox', { name: /^Lozère \(/ }).check();
    await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const places = await page.locator('.search-results .eyebrow').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(p).toMatch(/Lozère/);
    await Promise.all([page.waitForURL(/ateliers\/.+\/index\.html/), page.locator('.search-results h2 a').first().click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/polyvalent/i);
    expect(network).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows relative links between pages and shows the map with 13 départements', async () => {
    const { context, page, network, errors } = await open();
    await page.goto(home);
    await Promise.all([page.waitForURL(/carte\/index\.html$/), page.getByRole('link', { name: 'Carte' }).first().click()]);
    await page.waitForSelector('.map path[role=link]');
    const shapes = await page
      .locator('.map path[role=link]')
      .evaluateAll((els) => els.filter((e) => /\(\d\d\)/.test(e.getAttribute('aria-label') ?? '')).length);
    expect(shapes).toBe(13);
    await page.locator('.map path[role=link][aria-label^="Gers (32)"]').focus();
    await Promise.all([page.waitForURL(/departements\/gers\/index\.html$/), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gers (32)');
    expect(network).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
