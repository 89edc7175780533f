import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';
import { frontmatters, typedAmounts } from './content-data';
import { publicValue } from '../../src/lib/publication';
import { siteConfig } from '../../src/site.config';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Financements', () => {
  it('lists exactly the typed amounts of the content, and its filters narrow the table', async () => {
    const amounts = typedAmounts();
    const byState = amounts.filter((a) => /^État\b/.test(a.funder ?? '') || /,\s*État\b/.test(a.funder ?? '')).length;
    expect(amounts.length).toBeGreaterThan(0);
    const { page, context, errors, foreign } = await openPage(browser);
    await page.goto(`${baseUrl()}/financements/`);
    const rows = page.locator('tr[data-funding-row]');
    expect(await rows.count()).toBe(amounts.length);
    await expect.poll(() => page.locator('[data-funding-filters]').isVisible()).toBe(true);

    await page.getByLabel('Financeur', { exact: true }).selectOption('etat');
    const visible = page.locator('tr[data-funding-row]:not([hidden])');
    expect(await visible.count()).toBe(byState);
    expect(byState).toBeLessThan(amounts.length);
    await expect.poll(() => page.locator('[data-funding-count]').textContent()).toContain(`sur ${amounts.length}`);

    // Theme and territory narrow further; « Tout afficher » restores every row.
    await page.getByLabel('Territoire', { exact: true }).selectOption({ index: 1 });
    expect(await visible.count()).toBeLessThanOrEqual(byState);
    await page.getByRole('button', { name: 'Tout afficher' }).click();
    await expect.poll(() => visible.count()).toBe(amounts.length);

    // Sorting by amount puts the largest sum first when sorted twice (descending).
    const sort = page.getByRole('button', { name: /^Montant \(trier/ });
    await sort.click();
    await sort.click();
    const first = Number(await rows.first().getAttribute('data-value'));
    const values = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-value'))))) as number[];
    expect(first).toBe(Math.max(...values));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('is reachable from the header and the home page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => page.locator('header a[href="/financements/"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main a[href="/financements/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('a sheet', () => {
  it('shows its date of information and « Qui contacter » near the top, and share links', async () => {
    const withContacts = frontmatters('ateliers').find((f) => Array.isArray(f.data.contacts) && f.data.contacts.length > 0);
    expect(withContacts).toBeDefined();
    const { page, context } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl()}/ateliers/${withContacts?.id}/`);
    const date = page.locator('[data-info-date]');
    await expect.poll(() => date.textContent()).toMatch(/Informations de \S+ \d{4} \(/);
    const contacts = page.getByRole('heading', { name: 'Qui contacter' });
    // Near the top: before the body's first section heading and within the first two screens.
    const box = await contacts.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? Infinity).toBeLessThan(1800);
    const order = await page.evaluate(() => {
      const h = [...document.querySelectorAll('.sheet h2')].map((e) => e.textContent?.trim());
      return h.indexOf('Qui contacter');
    });
    expect(order).toBeLessThanOrEqual(1);
    // « Signaler une erreur » writes to the contact of src/site.config.ts: none in an unpublished edition.
    const contact = publicValue(siteConfig, 'publisher.email');
    const reportLink = page.getByRole('link', { name: 'Signaler une erreur' });
    if (contact) {
      const report = await reportLink.getAttribute('href');
      expect(report).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
      expect(decodeURIComponent(report ?? '')).toContain(`/ateliers/${withContacts?.id}/`);
    } else {
      expect(await reportLink.count()).toBe(0);
    }
    const mail = await page.getByRole('link', { name: 'Envoyer par courriel' }).getAttribute('href');
    expect(decodeURIComponent(mail ?? '')).toContain(`/ateliers/${withContacts?.id}/`);
    await expect.poll(() => page.getByRole('button', { name: 'Copier le lien' }).isVisible()).toBe(true);
    await context.close();
  });

  it('folds the notes about the sources at the end and labels the editors’ advice', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/mesures/maraudes-mixtes/`);
    const advice = page.locator('.editorial-addition');
    await expect.poll(() => advice.textContent()).toContain('Ajout de la rédaction');
    await expect.poll(() => advice.textContent()).toContain('Haute-Garonne');
    await page.goto(`${baseUrl()}/ateliers/capendu-cantines-scolaires/`);
    const notes = page.locator('details[data-source-notes]');
    expect(await notes.count()).toBe(1);
    expect(await notes.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });
});
