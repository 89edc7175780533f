import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed } from '../../../src/lib/atom';
import { csvCell, listCell, toCsv } from '../../../src/lib/csv';
import { DATASETS, DATASET_IDS, columnsOf, datasetRecords } from '../../../src/lib/open-data';
import { loadCollection } from '../../helpers/content';
import { formatZipSize } from '../../../scripts/lib/offline-format';
import { countsFromVitestJson, summaryLine, sumCounts } from '../../../scripts/lib/test-summary';

describe('CSV', () => {
  it('quotes only what needs quoting', () => {
    expect(csvCell('simple')).toBe('simple');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('dit « oui » "non"')).toBe('"dit « oui » ""non"""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3.5)).toBe('3.5');
  });
  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    expect(csvCell('=HYPERLINK("https://exemple.org","clic")')).toBe('"\'=HYPERLINK(""https://exemple.org"",""clic"")"');
    expect(csvCell('+33 5 49')).toBe('"\'+33 5 49"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a = b')).toBe('a = b');
  });
  it('writes a header and rows with CRLF', () => {
    expect(toCsv(['id', 'titre'], [{ id: 'a', titre: 'x, y' }, { id: 'b' }])).toBe('id,titre\r\na,"x, y"\r\nb,\r\n');
    expect(listCell(['Aude', 'Lot'])).toBe('Aude | Lot');
  });
});

describe('open data catalogue', () => {
  it('documents every column of every dataset, with unique names', () => {
    for (const id of DATASET_IDS) {
      const names = columnsOf(id);
      expect(new Set(names).size, id).toBe(names.length);
      for (const f of DATASETS[id].fields) expect(f.description.length, `${id}.${f.name}`).toBeGreaterThan(10);
      expect(names[0]).toBe('id');
    }
  });
});

describe('open data columns', () => {
  it('write each record with exactly the documented columns, in order, values from the column list', () => {
    const territories = loadCollection('territoires');
    const ctx = {
      territoryNames: () => '',
      territoryCodes: () => '',
      themeNames: () => '',
      sourceTitle: () => '',
      axisNumber: () => 0,
      sousAxeCode: () => '',
    };
    const rows = datasetRecords(DATASETS.territoires, territories, ctx);
    expect(rows).toHaveLength(territories.length);
    for (const [i, row] of rows.entries()) {
      expect(Object.keys(row)).toEqual(columnsOf('territoires'));
      expect(row.nom).toBe(territories[i]!.data.name);
    }
    const [mesure] = loadCollection('mesures');
    const [row] = datasetRecords(DATASETS.mesures, [mesure!], { ...ctx, axisNumber: () => 7 });
    expect(Object.keys(row!)).toEqual(columnsOf('mesures'));
    expect(row!.axe).toBe(7);
    expect(row!.url).toBe(`/mesures/${mesure!.id}/`);
  });
});

describe('Atom feed', () => {
  it('lists entries newest first, escaped, with full timestamps', () => {
    const xml = atomFeed({ title: 'Atlas', siteUrl: 'https://x.org/', feedUrl: 'https://x.org/flux.xml', author: 'Équipe' }, [
      { url: 'https://x.org/a/', title: 'A & B', summary: 's', updated: '2026-01-01', category: 'Atelier' },
      { url: 'https://x.org/b/', title: 'B', summary: '<s>', updated: '2026-02-01', category: 'Mesure' },
    ]);
    expect(xml.indexOf('https://x.org/b/')).toBeLessThan(xml.indexOf('https://x.org/a/'));
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<summary>&lt;s&gt;</summary>');
    expect(xml).toContain('<updated>2026-02-01T00:00:00Z</updated>');
    expect(atomDate('2026-11-25')).toBe('2026-11-25T00:00:00Z');
  });
});

describe('script helpers', () => {
  it('formats a zip size in French', () => {
    expect(formatZipSize(2_213_000)).toBe('2,2\u00A0Mo');
    expect(formatZipSize(820_100)).toBe('821\u00A0ko');
  });
  it('sums suites into the closing line CI reads', () => {
    const total = sumCounts([
      countsFromVitestJson({ numPassedTests: 3, numFailedTests: 1 }),
      { passed: 2, failed: 0, skipped: 1 },
    ]);
    expect(summaryLine(total)).toBe('5 passed, 1 failed, 1 skipped');
    expect(summaryLine({ passed: 4, failed: 0, skipped: 0 })).toBe('4 passed, 0 failed');
  });
});
