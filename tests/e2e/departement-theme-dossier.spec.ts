/**
 * Journeys 3 and 4 of issue 12 on the production build in Chromium: a département page narrowed to a
 * theme with nothing local, and a search with two filters printed as a dossier.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';
import { NEIGHBOURS } from '../../src/lib/neighbours';
import { loadCollection } from '../helpers/content';

const SHOTS = process.env.ATLAS_SHOTS;
const DESKTOP = { width: 1366, height: 900 };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

/** Root-relative paths of the sheet links of the cards under a selector. */
async function cards(page: Page, scope: string): Promise<string[]> {
  return page
    .locator(`${scope} .card :is(h3, h4) a`)
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
}

const departements = loadCollection('territoires').filter((t) => t.data.kind === 'departement');
const themes = loadCollection('themes');

describe('journey 3 — a département narrowed to a theme', () => {
  it(
    'says plainly when nothing is local and shows the neighbours’ sheets and the regional ones',
    { timeout: 90_000 },
    async () => {
      const { page, context, foreign, errors } = await openPage(browser, { viewport: DESKTOP });
      // Find, from the département pages' counts, a combination with nothing local.
      let found: { dep: (typeof departements)[number]; theme: (typeof themes)[number] } | undefined;
      for (const dep of departements) {
        await page.goto(`${baseUrl()}/departements/${dep.id}/`);
        const counts = page.locator('[data-theme-counts] li');
        expect(await counts.count()).toBe(themes.length);
        const empty = counts.filter({ hasText: 'aucune fiche' }).first();
        if ((await empty.count()) === 0) continue;
        const href = (await empty.locator('a').getAttribute('href'))!;
        const theme = themes.find((t) => href === `/departements/${dep.id}/${t.id}/`)!;
        // Is there something next door? (the journey needs a neighbour with sheets on that theme)
        found = { dep, theme };
        await Promise.all([page.waitForURL(`**${href}`), empty.locator('a').click()]);
        if ((await page.locator('[data-nearest] .card').count()) > 0) break;
        found = undefined;
      }
      expect(found, 'une combinaison sans fiche locale mais avec des voisins').toBeDefined();
      const { dep, theme } = found!;
      const dans = dep.data.dans ?? `dans ${dep.data.name}`;
      expect(await page.locator('h1').textContent()).toBe(`${theme.data.name} ${dans}`);
      const nothing = page.locator('[data-nothing-local]');
      expect(await nothing.isVisible()).toBe(true);
      expect((await nothing.textContent())!.replace(/\s+/g, ' ')).toContain(
        `aucune fiche ${dans} sur le thème « ${theme.data.name} »`,
      );
      expect(await page.locator('#fiches-locales').count()).toBe(0);
      await shot(page, 'j3-nothing-local');

      // The neighbours shown are neighbours, each with exactly its own local sheets on the theme.
      const sections = page.locator('[data-nearest] section');
      const shown: Record<string, string[]> = {};
      for (const section of await sections.all()) {
        const id = (await section.getAttribute('aria-labelledby'))!.replace(/^voisin-/, '');
        shown[id] = await cards(page, `[data-nearest] section[aria-labelledby="voisin-${id}"]`);
      }
      expect(Object.keys(shown).length).toBeGreaterThan(0);
      for (const id of Object.keys(shown)) expect(NEIGHBOURS[dep.id]).toContain(id);
      const other = await context.newPage();
      for (const id of NEIGHBOURS[dep.id]!) {
        await other.goto(`${baseUrl()}/departements/${id}/${theme.id}/`);
        const local = await cards(other, 'section[aria-labelledby="fiches-locales"]');
        expect(shown[id] ?? [], id).toEqual(local);
      }

      // The regional sheets: those of the theme that the département page lists as valid in the whole région.
      await other.goto(`${baseUrl()}/departements/${dep.id}/`);
      const regionalOfDep = await cards(other, 'section[aria-labelledby="toute-la-region"]');
      await other.goto(`${baseUrl()}/themes/${theme.id}/`);
      const ofTheme = await cards(other, 'main');
      const regional = await cards(page, 'section[aria-labelledby="toute-la-region"]');
      expect(regional).toEqual(regionalOfDep.filter((u) => ofTheme.includes(u)));

      // Its dossier prints exactly the selection (nothing local: the regional sheets), with a cover and contents.
      await Promise.all([
        page.waitForURL(`**/departements/${dep.id}/${theme.id}/dossier/`),
        page.getByRole('link', { name: 'Imprimer ce dossier' }).click(),
      ]);
      expect(await page.locator('[data-dossier-cover] h1').textContent()).toBe(`Dossier\u00A0: ${theme.data.name} ${dans}`);
      expect(await page.locator('article.dossier-sheet').count()).toBe(regional.length);
      expect(await page.locator('[data-dossier-toc] li').count()).toBe(regional.length);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('journey 4 — a search printed as a dossier', () => {
  it(
    'prints a search with two filters: cover, contents, contacts, link addresses, exactly its sheets',
    { timeout: 120_000 },
    async () => {
      const { page, context, foreign, errors } = await openPage(browser, { viewport: DESKTOP });
      await page.goto(`${baseUrl()}/recherche/`);
      // Two filters ticked in the form: a theme, then a département.
      for (const [key, value] of [
        ['theme', 'Alimentation'],
        ['territoire', 'Aude'],
      ] as const) {
        const box = page.locator(`input[name="${key}"][value="${value}"]`);
        await box.waitFor({ state: 'attached' });
        const details = page.locator(`details[data-key="${key}"]`);
        if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
        await box.check();
        await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
      }
      expect(new URL(page.url()).search).toBe('?theme=Alimentation&territoire=Aude');
      // Every result, « more results » included.
      const more = page.locator('[data-more] button');
      while ((await more.count()) > 0) await more.click();
      const listed = await page
        .locator('.search-results h2 a')
        .evaluateAll((links) =>
          links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
        );
      expect(listed.length).toBeGreaterThan(1);
      const link = page.locator('[data-dossier-link] a');
      expect(await link.textContent()).toBe(`Imprimer ce dossier (${listed.length}\u00A0fiches)`);
      await Promise.all([page.waitForURL('**/dossier/?theme=Alimentation&territoire=Aude'), link.click()]);
      await page.waitForSelector('atlas-dossier[data-state]', { state: 'attached', timeout: 20_000 });
      expect(
        await page.locator('atlas-dossier').getAttribute('data-state'),
        (await page.locator('[data-status]').textContent()) ?? '',
      ).toBe('ready');

      // Exactly the sheets of the selection, in the order of the result list.
      const printed = await page
        .locator('article.dossier-sheet')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.url!));
      expect(printed).toEqual(listed);
      // Cover: title, the selection in French, dates of the information and of printing.
      const cover = page.locator('[data-dossier-cover]');
      expect(await cover.locator('h1').textContent()).toBe('Dossier d’une recherche');
      expect(await cover.locator('[data-selection-lines] li').allTextContents()).toEqual([
        'Thème\u00A0: Alimentation',
        'Territoire\u00A0: Aude',
      ]);
      expect(await cover.locator('[data-count]').textContent()).toBe(`${listed.length}\u00A0fiches`);
      const dates = await cover.locator('[data-information-dates] li').allTextContents();
      expect(dates.length).toBeGreaterThan(0);
      for (const d of dates) expect(d).toMatch(/\u00A0: informations de \S/);
      const today = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
      expect(await cover.locator('[data-print-date]').textContent()).toBe(today);
      // Table of contents: one entry per sheet, each pointing to its sheet.
      const toc = await page.locator('[data-toc] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(toc).toEqual(printed.map((_, i) => `#fiche-${i + 1}`));
      // Each sheet complete with its contacts: as many « Qui contacter » blocks as on its own page.
      const sheetPage = await context.newPage();
      let contacts = 0;
      for (const [i, url] of printed.entries()) {
        await sheetPage.goto(`${baseUrl()}${url}`);
        const [path, anchor] = url.split('#');
        const scope = anchor ? `[id="${anchor}"]` : 'article.sheet';
        const expected = await sheetPage.locator(`${scope} [data-contacts]`).count();
        expect(await page.locator(`#fiche-${i + 1} [data-contacts]`).count(), path).toBe(expected);
        contacts += expected;
      }
      expect(contacts).toBeGreaterThan(0);
      // No notes about the sources; no duplicate ids.
      expect(await page.locator('[data-sheets] [data-source-notes]').count()).toBe(0);
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      await shot(page, 'j4-dossier-cover');
      // In print, every external link of the sheets shows its address.
      await page.emulateMedia({ media: 'print' });
      const links = await page
        .locator('[data-sheets] a[href^="http"]')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })));
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) expect(l.after).toBe(`" (${l.href})"`);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
