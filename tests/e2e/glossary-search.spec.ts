import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';
import { frontmatters } from './content-data';

const CONTENT = resolve(import.meta.dirname, '../../content');
const ZIP = resolve(import.meta.dirname, '../../atlas-solidarites-hors-ligne.zip');

/** A glossary entry, read from the content. */
function entry(id: string): { term: string; expansion: string } {
  return load(readFileSync(join(CONTENT, 'glossaire', `${id}.yaml`), 'utf8')) as { term: string; expansion: string };
}

/** Titles of the sheets whose source text uses `present` and not `absent` (case-insensitive, apostrophes folded). */
function sheetsUsing(present: RegExp, absent: RegExp): string[] {
  const fold = (s: string) => s.replace(/[’']/g, "'");
  return ['ateliers', 'mesures', 'actions'].flatMap((dir) =>
    frontmatters(dir)
      .filter(({ id }) => {
        const text = fold(readFileSync(join(CONTENT, dir, `${id}.mdx`), 'utf8'));
        return present.test(text) && !absent.test(text);
      })
      .map(({ data }) => String(data.title)),
  );
}

const cias = entry('cias');
const cls = entry('cls');
const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'u');
const phrase = (p: string) => new RegExp(p.replace(/[’']/g, "'"), 'i');
/** Sheets that write « CIAS » but never its expansion; sheets that spell out « contrat local de santé » but never « CLS ». */
const acronymOnly = sheetsUsing(word(cias.term), phrase(cias.expansion));
const expansionOnly = sheetsUsing(phrase(cls.expansion), word(cls.term));

let browser: Browser;
let offlineHome: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-glossary-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  offlineHome = pathToFileURL(join(dir, 'atlas', 'recherche', 'index.html')).href;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function titles(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  return (await page.locator('.search-results h2').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('acronyms in search', () => {
  it('has sheets to test with, derived from the content', () => {
    expect(acronymOnly.length).toBeGreaterThan(0);
    expect(expansionOnly.length).toBeGreaterThan(0);
  });

  for (const edition of ['en ligne', 'hors ligne'] as const) {
    it(`finds from an expansion a sheet that only writes the acronym, and back (${edition})`, async () => {
      const { page, context, errors } = await openPage(browser);
      const url = (q: string) =>
        edition === 'en ligne'
          ? `${baseUrl()}/recherche/?q=${encodeURIComponent(q)}`
          : `${offlineHome}?q=${encodeURIComponent(q)}`;
      await page.goto(url(cias.expansion));
      const forward = await titles(page);
      expect(
        forward.some((t) => acronymOnly.includes(t)),
        `${forward.join(' | ')}`,
      ).toBe(true);
      await page.goto(url(cls.term));
      const back = await titles(page);
      expect(
        back.some((t) => expansionOnly.includes(t)),
        `${back.join(' | ')}`,
      ).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('marks the first use of an acronym on a sheet as an abbreviation linked to the glossary', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/ateliers/capendu-cantines-scolaires/`);
    const abbr = page.locator('main a[href^="/glossaire/#"] abbr[title]').first();
    const term = (await abbr.textContent()) ?? '';
    expect(term).toMatch(/^[A-Z0-9]{2,}$/);
    expect(await page.locator(`main abbr:text-is("${term}")`).count()).toBe(1);
    const href = await page.locator('main a[href^="/glossaire/#"]').first().getAttribute('href');
    await page.goto(`${baseUrl()}${href}`);
    await expect.poll(() => page.locator(`[id="${href?.split('#')[1]}"] dfn`).textContent()).toBe(term);
    await context.close();
  });
});
