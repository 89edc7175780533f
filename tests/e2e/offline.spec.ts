import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
let entry: string;
let top: string[];
let siteDir: string;

beforeAll(async () => {
  // Unzip the offline edition anywhere, as a reader would.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-usb-'));
  const files = unzipSync(readFileSync(ZIP));
  top = [...new Set(Object.keys(files).map((n) => n.split('/')[0]!))].sort();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  siteDir = join(dir, 'atlas');
  home = pathToFileURL(join(siteDir, 'index.html')).href;
  entry = pathToFileURL(join(dir, 'Ouvrir l’Atlas.html')).href;
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
    await page.getByRole('searchbox').first().fill('Kalipolys');
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
    for (const p of places) expect(p).toMatch(/Lozère|Région Occitanie|National/);
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

describe('journey 9 — the offline copy from file://', () => {
  it('opens on one file next to one folder, says on every page that it is a dated offline copy, and has no dead link', async () => {
    expect(top).toEqual(['Ouvrir l’Atlas.html', 'atlas']);
    const { context, page, network, errors } = await open();
    await page.goto(entry);
    await page.waitForURL(/\/atlas\/index\.html$/);
    expect(await page.locator('.offline-banner').textContent()).toMatch(/^Copie hors ligne du \d{1,2}(er)? [a-zéû]+ \d{4} /);
    // Every page, and every link of every page.
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const dead: string[] = [];
    const unbannered: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      if (html.includes('<main') && !/class="offline-banner"[^>]*>Copie hors ligne du /.test(html)) unbannered.push(file);
      for (const m of html.matchAll(/\b(?:href|src)="([^"#?]+)[^"]*"/g)) {
        const url = m[1]!;
        if (/^(https?:|mailto:|tel:|data:)/.test(url)) continue;
        if (!existsSync(join(siteDir, dirname(file), decodeURIComponent(url)))) dead.push(`${file} → ${url}`);
      }
    }
    expect(unbannered).toEqual([]);
    expect(dead).toEqual([]);
    // The offline page explains where the copy comes from instead of a dead « Télécharger ».
    await page.goto(pathToFileURL(join(siteDir, 'hors-ligne', 'index.html')).href);
    expect(await page.getByRole('link', { name: /Télécharger/ }).count()).toBe(0);
    expect(await page.locator('[data-offline-only]').textContent()).toMatch(/vient du fichier ZIP/);
    expect(network).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches as the hosted site does: regional sheets in every département, counts equal to the results, Ma commune', async () => {
    const { context, page, network, errors } = await open();
    await page.goto(`${pathToFileURL(join(siteDir, 'recherche', 'index.html')).href}?q=cantine&territoire=Gers`);
    await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const links = await page.locator('.search-results h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((h) => h.includes('/mesures/repas-equilibre-par-jour/'))).toBe(true);
    const gers = await page.getByRole('checkbox', { name: /^Gers \(/ }).evaluate((b) => b.nextElementSibling!.textContent!);
    expect(Number(gers.replace(/\D/g, ''))).toBe(links.length);
    expect(await page.locator('[data-chips] button').count()).toBe(1);
    // A commune no sheet names: « Mirande (Gers) » first, nothing unrelated, and its page works offline.
    await page.goto(`${pathToFileURL(join(siteDir, 'recherche', 'index.html')).href}?q=Mirande`);
    await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.locator('[data-status]').textContent()).toBe('Aucun résultat');
    const commune = page.locator('[data-places] a').first();
    await expect.poll(() => commune.textContent(), { timeout: 10_000 }).toBe('Mirande (Gers)');
    await Promise.all([page.waitForURL(/ma-commune\/index\.html\?insee=32256/), commune.click()]);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Mirande (Gers)');
    expect(await page.locator('[data-commune] .card').count()).toBeGreaterThan(0);
    expect(network).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
