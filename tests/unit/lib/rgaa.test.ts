import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  auditedPages,
  checkGrid,
  checkSource,
  computeResult,
  criterionIds,
  expandGrid,
  formatRate,
  gridFromCsv,
  gridToCsv,
  mentionFor,
  plainRgaaText,
  type AuditSource,
  type GridRow,
  type RgaaTopic,
} from '../../../src/lib/rgaa';
import { scopeMarkdownHeaders } from '../../../src/lib/table-headers';

const DIR = resolve(import.meta.dirname, '../../../src/data/rgaa');
const topics = (JSON.parse(readFileSync(resolve(DIR, 'criteres.json'), 'utf8')) as { topics: RgaaTopic[] }).topics;
const ids = criterionIds(topics);
const source = parse(readFileSync(resolve(DIR, 'audit.yaml'), 'utf8')) as AuditSource;
const grid = gridFromCsv(readFileSync(resolve(DIR, 'grid.csv'), 'utf8'));

const row = (page: string, criterion: string, status: GridRow['status']): GridRow => ({
  page,
  url: `/${page}/`,
  criterion,
  status,
  justification: 'vérifié',
});

describe('the RGAA criteria', () => {
  it('has 106 criteria in 13 topics, each with its tests, as published by the DINUM', () => {
    expect(topics).toHaveLength(13);
    expect(ids).toHaveLength(106);
    expect(new Set(ids).size).toBe(106);
    for (const t of topics) for (const c of t.criteria) expect(Object.keys(c.tests).length).toBeGreaterThan(0);
  });
});

describe('the audit grid of the repository', () => {
  const pages = auditedPages(source.pages).map((p) => p.id);

  it('covers every criterion on every audited page, with a status and a justification', () => {
    expect(checkGrid(grid, ids, pages)).toEqual([]);
    expect(grid).toHaveLength(pages.length * ids.length);
  });

  it('has a complete compact source', () => {
    expect(checkSource(source, ids)).toEqual([]);
  });

  it('is the expansion of audit.yaml (run `npm run rgaa:grid` after editing it)', () => {
    expect(grid).toEqual(expandGrid(source, ids));
  });

  it('samples the pages the RGAA requires', () => {
    const urls = source.pages.map((p) => p.url);
    for (const url of ['/', '/mentions-legales/', '/accessibilite/', '/plan-du-site/', '/carte/', '/hors-ligne/'])
      expect(urls).toContain(url);
    expect(urls.some((u) => u.startsWith('/recherche/?q='))).toBe(true);
    expect(urls.some((u) => u.startsWith('file://'))).toBe(true);
    for (const kind of ['/ateliers/', '/mesures/', '/pactes/', '/figures/visions/', '/departements/', '/themes/'])
      expect(urls.some((u) => u.startsWith(kind) && u !== kind)).toBe(true);
  });
});

describe('checkGrid', () => {
  it('names a missing criterion, a bad status, an empty justification and a duplicate', () => {
    const rows = [row('a', '1.1', 'C'), { ...row('a', '1.2', 'X' as 'C'), justification: ' ' }, row('a', '1.1', 'NA')];
    const errors = checkGrid(rows, ['1.1', '1.2', '1.3'], ['a']);
    expect(errors).toContain('page a : critère 1.3 absent de la grille');
    expect(errors.some((e) => e.includes('statut « X » invalide'))).toBe(true);
    expect(errors.some((e) => e.includes('justification vide'))).toBe(true);
    expect(errors.some((e) => e.includes('ligne en double'))).toBe(true);
  });

  it('names a missing page', () => {
    expect(checkGrid([row('a', '1.1', 'C')], ['1.1'], ['a', 'b'])).toEqual(['page b : critère 1.1 absent de la grille']);
  });
});

describe('computeResult (RGAA method)', () => {
  it('counts a criterion validated only when it is C or NA on every page, applicable when applicable once', () => {
    const rows = [
      row('a', '1', 'C'),
      row('b', '1', 'NA'),
      row('a', '2', 'C'),
      row('b', '2', 'NC'),
      row('a', '3', 'NA'),
      row('b', '3', 'NA'),
      row('a', '4', 'C'),
      row('b', '4', 'C'),
    ];
    const r = computeResult(rows, ['1', '2', '3', '4']);
    expect(r.applicable).toEqual(['1', '2', '4']);
    expect(r.validated).toEqual(['1', '4']);
    expect(r.notApplicable).toEqual(['3']);
    expect(r.nonConformities).toEqual([{ criterion: '2', pages: [{ page: 'b', note: 'vérifié' }] }]);
    expect(r.rate).toBeCloseTo(200 / 3);
    // Page a: 3/3; page b: 1/2 → mean 75 %.
    expect(r.averageRate).toBeCloseTo(75);
    expect(r.mention).toBe('partiellement conforme');
  });

  it('gives « non conforme » when nothing was audited', () => {
    expect(computeResult([], ['1']).mention).toBe('non conforme');
  });
});

describe('mentionFor and formatRate', () => {
  it('applies the thresholds 100 % and 50 %', () => {
    expect(mentionFor(100)).toBe('totalement conforme');
    expect(mentionFor(99.99)).toBe('partiellement conforme');
    expect(mentionFor(50)).toBe('partiellement conforme');
    expect(mentionFor(49.9)).toBe('non conforme');
    expect(mentionFor(null)).toBe('non conforme');
  });
  it('writes a rate the French way, never rounded up', () => {
    expect(formatRate(100)).toBe('100\u202f%');
    expect(formatRate(200 / 3)).toBe('66,66\u202f%');
    expect(formatRate(null)).toBe('non mesuré');
  });
});

describe('expandGrid', () => {
  const src: AuditSource = {
    pages: [
      { id: 'a', title: 'A', url: '/a/', features: ['table'] },
      { id: 'b', title: 'B', url: '/b/', features: [] },
      { id: 'c', title: 'C', url: '/c/', features: [], pending: true },
    ],
    criteria: {
      '1': { when: ['table'], C: 'tableau vérifié', NA: 'pas de tableau' },
      '2': { NA: 'jamais' },
      '3': { C: 'partout', NA: '—', pages: { b: { status: 'NC', note: 'défaut' } } },
      '4': { when: ['table'], NC: 'défaut connu', NA: 'pas de tableau' },
    },
  };
  it('applies features, overrides and known defects, and leaves pending pages out', () => {
    const rows = expandGrid(src, ['1', '2', '3', '4']);
    expect(rows.map((r) => `${r.page} ${r.criterion} ${r.status}`)).toEqual([
      'a 1 C',
      'a 2 NA',
      'a 3 C',
      'a 4 NC',
      'b 1 NA',
      'b 2 NA',
      'b 3 NC',
      'b 4 NA',
    ]);
    expect(checkSource(src, ['1', '2', '3', '4'])).toEqual([]);
  });
  it('reports a criterion missing from the source, and an unknown page', () => {
    const errors = checkSource(
      { ...src, criteria: { ...src.criteria, '3': { C: 'x', NA: 'y', pages: { z: { status: 'C', note: 'n' } } } } },
      ['1', '2', '3', '4', '5'],
    );
    expect(errors).toContain('critère 5 : absent de la source de l’audit');
    expect(errors).toContain('critère 3 : page « z » inconnue de l’échantillon');
  });
});

describe('CSV of the grid', () => {
  it('round-trips quotes, commas and line breaks', () => {
    const rows = [{ ...row('a', '1.1', 'C'), justification: 'role="img", « x »\nligne 2' }];
    expect(gridFromCsv(gridToCsv(rows))).toEqual(rows);
  });
  it('names a malformed line', () => {
    expect(() => gridFromCsv('page,url,criterion,status,justification\na,b,c\n')).toThrow('ligne 2 : 3 colonnes');
  });
});

describe('plainRgaaText', () => {
  it('drops the glossary links and code marks of the RGAA texts', () => {
    expect(plainRgaaText('Chaque [image](#image) (balise `<img>`) ?')).toBe('Chaque image (balise <img>) ?');
  });
});

describe('scopeMarkdownHeaders', () => {
  it('gives the bare header cells of a thead scope="col", and nothing else', () => {
    const html = '<table><thead><tr><th>A</th><th scope="col">B</th></tr></thead><tbody><tr><th>x</th></tr></tbody></table>';
    expect(scopeMarkdownHeaders(html)).toBe(
      '<table><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody><tr><th>x</th></tr></tbody></table>',
    );
  });
});
