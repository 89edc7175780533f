import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runHtmlSteps, runPostBuild, type AnyStep, type HtmlStep } from '../../../src/integrations/post-build';
import { HTML_STEPS as REGISTERED } from '../../../src/integrations/html-steps';
import { mergePasses } from '../../../src/integrations/html-pass';
import { shareByWeight } from '../../../scripts/lib/workers';
import { shortQuotations } from '../../../src/integrations/steps/quotations';
import { frenchTypography } from '../../../src/integrations/steps/french-typography';
import { tableHeaders } from '../../../src/integrations/steps/table-headers';
import { glossaryAbbreviations } from '../../../src/integrations/steps/glossary-abbr';

const PAGE =
  '<!doctype html><html lang="fr"><body><main><h1>Le CCAS</h1><p>Le CCAS aide : c\'est utile !</p>' +
  '<table><thead><tr><th>Aide</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></main></body></html>';

function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-post-build-'));
  const files: Record<string, string> = {
    'ateliers/x/index.html': PAGE,
    'glossaire/index.html': PAGE,
    'autre/index.html': '<!doctype html><html lang="fr"><body><main><p>Rien</p></main></body></html>',
    'glossaire.json': JSON.stringify({
      termes: [{ id: 'ccas', term: 'CCAS', variants: [], expansion: 'centre communal d’action sociale' }],
    }),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  return dist;
}

const HTML_STEPS = [frenchTypography, tableHeaders, glossaryAbbreviations];

afterEach(() => {
  delete process.env.ATLAS_SKIP_STEPS;
});

describe('the post-build pipeline', () => {
  it('applies the HTML steps in one pass, as each would alone: typography, table headers, abbr but on the glossary', async () => {
    const dist = site();
    const lines: string[] = [];
    await runPostBuild({ dist, project: dist, out: dist }, (l) => lines.push(l), HTML_STEPS);
    const page = readFileSync(join(dist, 'ateliers/x/index.html'), 'utf8');
    expect(page).toContain('aide\u00a0: c’est utile\u202f!');
    expect(page).toContain('<th scope="col">Aide</th>');
    expect(page).toContain('<abbr title="centre communal d’action sociale">CCAS</abbr>');
    const glossary = readFileSync(join(dist, 'glossaire/index.html'), 'utf8');
    expect(glossary).not.toContain('<abbr');
    expect(glossary).toContain('<th scope="col">');
    expect(lines).toEqual([
      expect.stringMatching(/^typographie française : 3 pages \(\d+\.\d s\)$/),
      expect.stringMatching(/^en-têtes de tableaux : 2 pages /),
      expect.stringMatching(/^sigles expliqués : <abbr> sur 2 pages, d’après 1 entrées du glossaire /),
      expect.stringMatching(/^3 étapes HTML en une lecture et une écriture par page /),
    ]);
  });

  it('reads each page once and writes only the pages a transform changed', async () => {
    const dist = site();
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dist, 'autre/index.html'), old, old);
    const seen: string[] = [];
    const spy = (name: string): HtmlStep => ({
      name,
      transform: async () => ({
        page: (html, file) => {
          seen.push(`${name}:${file}`);
          return html.replace('<h1>', `<h1>${name}`);
        },
        summary: (pages, changed) => `${changed}/${pages}`,
      }),
    });
    const lines: string[] = [];
    await runPostBuild({ dist, project: dist, out: dist }, (l) => lines.push(l), [spy('A'), spy('B')]);
    // B sees what A wrote, page by page.
    expect(readFileSync(join(dist, 'ateliers/x/index.html'), 'utf8')).toContain('<h1>BALe CCAS</h1>');
    expect(seen.filter((s) => s.endsWith('ateliers/x/index.html'))).toEqual([
      'A:ateliers/x/index.html',
      'B:ateliers/x/index.html',
    ]);
    expect(statSync(join(dist, 'autre/index.html')).mtime.getTime()).toBe(old.getTime());
    expect(lines[0]).toMatch(/^A : 2\/3 /);
  });

  it('keeps the order with other steps between HTML steps, and skips the steps of ATLAS_SKIP_STEPS', async () => {
    const dist = site();
    const order: string[] = [];
    const reader: AnyStep = {
      name: 'lecteur',
      run: async () => {
        order.push(readFileSync(join(dist, 'ateliers/x/index.html'), 'utf8').includes('scope="col"') ? 'après' : 'avant');
        return 'lu';
      },
    };
    process.env.ATLAS_SKIP_STEPS = 'sigles expliqués';
    const lines: string[] = [];
    await runPostBuild({ dist, project: dist, out: dist }, (l) => lines.push(l), [tableHeaders, reader, glossaryAbbreviations]);
    expect(order).toEqual(['après']);
    expect(readFileSync(join(dist, 'ateliers/x/index.html'), 'utf8')).not.toContain('<abbr');
    expect(lines.map((l) => l.split(' : ')[0])).toEqual(['en-têtes de tableaux', 'lecteur', 'sigles expliqués']);
    expect(lines[2]).toBe('sigles expliqués : sautée (ATLAS_SKIP_STEPS)');
  });

  it('gives the same pages and summaries on worker threads as on one thread', { timeout: 30_000 }, async () => {
    const one = site();
    // Pages of different sizes, with quotations, acronyms and tables.
    for (let i = 0; i < 40; i += 1) {
      const body = `<p>Le CCAS et l'UDCCAS : « une aide ${i} » !</p>`.repeat(1 + (i % 7) * 20);
      mkdirSync(join(one, `fiches/f${i}`), { recursive: true });
      writeFileSync(join(one, `fiches/f${i}/index.html`), PAGE.replace('</main>', `${body}</main>`));
    }
    const many = mkdtempSync(join(tmpdir(), 'atlas-post-build-threads-'));
    cpSync(one, many, { recursive: true });
    const steps = [frenchTypography, tableHeaders, shortQuotations, glossaryAbbreviations];
    expect(steps.every((s) => REGISTERED.get(s.name) === s)).toBe(true);
    const root = join(import.meta.dirname, '../../..');
    const inline = await runHtmlSteps({ dist: one, project: root, out: one }, steps, 1);
    const threaded = await runHtmlSteps({ dist: many, project: root, out: many }, steps, 2);
    expect(threaded.map((r) => r.summary)).toEqual(inline.map((r) => r.summary));
    expect(inline[2]!.summary).toMatch(/^\d+ citations balisées <q> sur 43 pages/);
    const pages = readdirSync(one, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBe(43);
    for (const page of pages) expect(readFileSync(join(many, page), 'utf8'), page).toBe(readFileSync(join(one, page), 'utf8'));
    expect(readFileSync(join(many, 'fiches/f3/index.html'), 'utf8')).toContain('l’UDCCAS\u00a0: «\u00a0une aide 3\u00a0»\u202f!');
  });

  it('shares pages among threads by size and sums what each thread did', () => {
    const shares = shareByWeight(
      [
        { file: 'd', size: 1 },
        { file: 'a', size: 10 },
        { file: 'b', size: 6 },
        { file: 'c', size: 5 },
      ],
      2,
      (f) => f.size,
    ).map((share) => share.map((f) => f.file));
    // Each share keeps the original order.
    expect(shares).toEqual([
      ['d', 'a'],
      ['b', 'c'],
    ]);
    expect(shareByWeight(['a'], 4, () => 1)).toEqual([['a']]);
    const merged = mergePasses(
      [
        { pages: 2, ms: [1, 2], changed: [1, 0], counts: [{ marked: 3 }, {}] },
        { pages: 3, ms: [1, 1], changed: [2, 1], counts: [{ marked: 1, skipped: 1 }, {}] },
      ],
      2,
    );
    expect(merged).toEqual({ pages: 5, ms: [2, 3], changed: [3, 1], counts: [{ marked: 4, skipped: 1 }, {}] });
  });
});
