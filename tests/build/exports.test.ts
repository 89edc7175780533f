import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, DIST, pageDirs } from './dist';
import { contentSheets } from './checks';
import { loadCollection } from '../helpers/content';
import { SHEET_KINDS, SHEET_KIND_IDS, type SheetKind } from '../../src/schemas/registry';
import { DATASET_IDS, columnsOf } from '../../src/lib/open-data';
import { publicBaseUrl } from '../../src/lib/publication';
import { siteConfig } from '../../src/site.config';

const sheets = contentSheets(CONTENT);
const count = (kind: SheetKind) => sheets.filter((s) => s.kind === kind).length;
/** The number of records of each dataset, from the content (registry). */
const EXPECTED: Record<string, () => number> = {
  ...Object.fromEntries(SHEET_KIND_IDS.map((k) => [SHEET_KINDS[k].dataset, () => count(k)])),
  territoires: () => loadCollection('territoires').length,
  themes: () => loadCollection('themes').length,
};

/** Splits a CSV document into records (handles quoted commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('open data exports', () => {
  it.each(DATASET_IDS)('%s.json parses, states its licence and matches the pages', (id) => {
    const data = JSON.parse(readFileSync(join(DIST, 'donnees', `${id}.json`), 'utf8'));
    expect(data.licence.name).toMatch(/Licence Ouverte/);
    expect(data.mise_a_jour).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.sources).toHaveLength(loadCollection('sources').length);
    expect(data.nombre).toBe(EXPECTED[id]!());
    expect(data.enregistrements).toHaveLength(data.nombre);
    for (const r of data.enregistrements)
      if (r.url) expect(existsSync(join(DIST, r.url.split('#')[0], 'index.html')), r.url).toBe(true);
  });

  it.each(DATASET_IDS)('%s.csv has the documented header and one row per record', (id) => {
    const rows = parseCsv(readFileSync(join(DIST, 'donnees', `${id}.csv`), 'utf8'));
    expect(rows[0]).toEqual(columnsOf(id));
    expect(rows.length - 1).toBe(EXPECTED[id]!());
    for (const r of rows) expect(r).toHaveLength(columnsOf(id).length);
  });

  it.each(DATASET_IDS)('%s: JSON and CSV carry exactly the documented columns, with the same values', (id) => {
    const data = JSON.parse(readFileSync(join(DIST, 'donnees', `${id}.json`), 'utf8'));
    const documented = columnsOf(id);
    expect(data.champs.map((f: { name: string }) => f.name)).toEqual(documented);
    const rows = parseCsv(readFileSync(join(DIST, 'donnees', `${id}.csv`), 'utf8'));
    data.enregistrements.forEach((record: Record<string, unknown>, i: number) => {
      const undocumented = Object.keys(record).filter((k) => !documented.includes(k));
      expect(undocumented, `${id} : colonnes non documentées`).toEqual([]);
      const csv = Object.fromEntries(documented.map((c, j) => [c, rows[i + 1]![j]]));
      for (const c of documented) expect(csv[c], `${id}[${i}].${c}`).toBe(record[c] === undefined ? '' : String(record[c]));
    });
  });

  // Without a public URL there is no sitemap (tests/build/publication.test.ts checks both cases).
  it.runIf(publicBaseUrl(siteConfig) !== null)('publishes a sitemap listing every sheet page', () => {
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const s of sheets.filter((x) => x.kind !== 'exemple')) expect(sitemap, s.url).toContain(`${s.url}</loc>`);
    expect(pageDirs('/ateliers/').length).toBeGreaterThan(0);
  });

  it('publishes an Atom feed with one entry per sheet', () => {
    const xml = readFileSync(join(DIST, 'flux.xml'), 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml.match(/<entry>/g)).toHaveLength(sheets.filter((s) => s.kind !== 'exemple').length);
  });

  it('offers the offline edition for download, with its size', () => {
    const zip = join(DIST, 'atlas-solidarites-hors-ligne.zip');
    expect(statSync(zip).size).toBeGreaterThan(100_000);
    const page = readFileSync(join(DIST, 'hors-ligne', 'index.html'), 'utf8');
    expect(page).toMatch(/data-zip-size>[\d,]+\s?(Mo|ko)</);
  });
});
