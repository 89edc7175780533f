import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'atlas-pdf-'));
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Prints a page to an A4 PDF and returns its text (pdftotext) and page count (pdfinfo), from poppler-utils. */
async function printToPdf(path: string): Promise<{ text: string; pages: number }> {
  const { page, context, errors } = await openPage(browser);
  await page.goto(`${baseUrl()}${path}`);
  const file = join(dir, `${path.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  await context.close();
  expect(errors).toEqual([]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return { text, pages };
}

describe('printing', () => {
  it('prints a sheet on A4 without navigation, with contacts, link URLs, source and edition date', async () => {
    const { text, pages } = await printToPdf('/ateliers/capendu-cantines-scolaires/');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    expect(text).toContain('Les cantines scolaires à tarification sociale en milieu rural');
    expect(text).toContain('05 49 37 56 30');
    expect(text).toContain('https://www.asp-public.fr/tarification-sociale-des-cantines-scolaires');
    expect(text).toContain('Source');
    expect(text).toMatch(/édition du \d+ \S+ \d{4}/);
    expect(text).not.toContain('Rechercher');
    expect(text).not.toContain('Fiches liées');
    expect(text).not.toContain('Imprimer la fiche');
  });

  it('prints no note about the sources, but the date of information and the editors’ labelled advice', async () => {
    // The notes shown on screen in the folded block are read from the page itself, then looked for in the PDF.
    for (const path of ['/ateliers/capendu-cantines-scolaires/', '/mesures/maraudes-mixtes/', '/departements/aude/dossier/']) {
      const { page, context } = await openPage(browser);
      await page.goto(`${baseUrl()}${path}`);
      const notes = await page.locator('details[data-source-notes] li').allTextContents();
      await context.close();
      const { text } = await printToPdf(path);
      expect(text).not.toContain('Notes sur les sources');
      for (const note of notes) expect(text).not.toContain(note.replace(/\s+/g, ' ').trim().slice(0, 50));
      if (path.startsWith('/ateliers/')) {
        expect(notes.length).toBeGreaterThan(0);
        expect(text).toMatch(/Informations de juillet 2021/);
      }
      if (path.startsWith('/mesures/')) expect(text).toContain('Ajout de la rédaction');
    }
  });

  it('prints the dossier of a département, one sheet per page at least', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/departements/lot/dossier/`);
    const titles = await page.locator('.dossier-sheet > h2').allTextContents();
    await context.close();
    expect(titles.length).toBeGreaterThanOrEqual(5);
    const { text, pages } = await printToPdf('/departements/lot/dossier/');
    expect(pages).toBeGreaterThanOrEqual(titles.length);
    for (const title of titles) expect(text).toContain(title.replace(/\s+/g, ' ').slice(0, 40));
  });
});
