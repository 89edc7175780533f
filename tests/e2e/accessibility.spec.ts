import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

/** One page per template. */
const TEMPLATES = [
  '/',
  '/ateliers/',
  '/ateliers/capendu-cantines-scolaires/',
  '/mesures/',
  '/mesures/axes/axe-1/',
  '/mesures/repas-equilibre-par-jour/',
  '/strategie/',
  '/pactes/',
  '/pactes/aude-prevention-secondaire-bus-pmi/',
  '/figures/',
  '/figures/le-ccas-radar/',
  '/figures/visions/paris-ccas-bar/',
  '/ccas/',
  '/themes/',
  '/themes/mobilite/',
  '/departements/',
  '/departements/lot/',
  '/recherche/?q=cantine',
  '/sources/',
  '/a-propos/',
  '/mentions-legales/',
  '/accessibilite/',
  '/plan-du-site/',
  '/carte/',
  '/hors-ligne/',
  '/donnees/',
  '/departements/lot/dossier/',
  '/themes/mobilite/dossier/',
  '/financements/',
  '/contacts/',
  '/glossaire/',
  '/mesures/maraudes-mixtes/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility and privacy of every page template', () => {
  it.each(TEMPLATES)('%s has 0 WCAG 2.1 A/AA violations and requests nothing from another host', async (path) => {
    const { page, context, foreign, errors } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}${path}`);
    expect(response?.status()).toBe(200);
    if (path.startsWith('/recherche/')) await page.waitForSelector('.search-results li');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
