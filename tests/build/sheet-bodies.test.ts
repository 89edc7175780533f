import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSheetBody, PAGE_IDS, SHEET_ROUTES, sheetRoute } from '../../src/lib/body';
import { readSiteRoutes } from '../../scripts/lib/site-routes';
import { builtPages, CONTENT, page } from './dist';

const ROOT = resolve(import.meta.dirname, '../..');
const sheets = Object.keys(SHEET_ROUTES).flatMap((dir) =>
  readdirSync(join(CONTENT, dir))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => `content/${dir}/${n}`),
);

describe('sheet bodies in the built site', () => {
  it('the routes body links are checked against are exactly the built pages', () => {
    const routes = readSiteRoutes(ROOT, CONTENT);
    const pages = builtPages().filter((p) => p.endsWith('/'));
    expect(pages.filter((p) => !routes.has(p))).toEqual([]);
    expect([...routes].filter((r) => r.endsWith('/') && !pages.includes(r))).toEqual([]);
  });

  it.each(sheets)('%s: the page gives no id a body heading may take, besides PAGE_IDS and its examples', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const body = new Set(compileSheetBody(source, { file }).headings.map((h) => h.slug));
    const url = sheetRoute(file) ?? '';
    const ids = page(url)
      .querySelectorAll('[id]')
      .map((el) => el.getAttribute('id') ?? '')
      .filter((id) => !body.has(id));
    const examples = new Set(
      page(url)
        .querySelectorAll('article.example[id]')
        .flatMap((el) => [el.getAttribute('id') ?? '', `titre-${el.getAttribute('id') ?? ''}`]),
    );
    expect(ids.filter((id) => !PAGE_IDS.has(id) && !examples.has(id))).toEqual([]);
    for (const slug of body) expect(page(url).querySelectorAll(`[id="${slug}"]`), slug).toHaveLength(1);
  });
});
