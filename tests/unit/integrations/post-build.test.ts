import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPostBuild, type AnyStep, type HtmlStep } from '../../../src/integrations/post-build';
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
});
