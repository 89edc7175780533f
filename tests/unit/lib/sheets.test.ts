import { describe, expect, it } from 'vitest';
import {
  actionSummaries,
  atelierSummaries,
  mesureSummaries,
  nationalSummaries,
  type SheetSummary,
} from '../../../src/lib/sheet-index';
import { countByKind, groupByKind, sheetsInDepartement, sheetsWithTheme } from '../../../src/lib/sheet-filters';
import { atelierLabel, sheetUrl } from '../../../src/lib/sheet-kinds';
import { countBy, groupInOrder } from '../../../src/lib/group';
import type { TerritoryEntry } from '../../../src/lib/territories';

const ref = (id: string) => ({ id });

describe('sheet summaries', () => {
  it('labels ateliers by format and number', () => {
    expect(atelierLabel('atelier', '1')).toBe('Atelier n°\u00A01');
    expect(atelierLabel('table-ronde', 'IV')).toBe('Table ronde IV');
    expect(atelierLabel('atelier-partenaire')).toBe('Atelier partenaire');
  });

  it('gives local examples the URL of their measure with their anchor, and the measure themes by default', () => {
    const { mesures, exemples } = mesureSummaries([
      {
        id: 'repas',
        data: {
          title: 'Repas',
          summary: 's',
          themes: [ref('alimentation')],
          territories: [ref('region-occitanie')],
          examples: [
            { id: 'a1-gard-x', title: 'X', placeLabel: 'Gard', summary: 'sx', territories: [ref('gard')] },
            { id: 'a1-lot-y', title: 'Y', placeLabel: 'Lot', summary: 'sy', territories: [ref('lot')], themes: [ref('sante')] },
          ],
        },
      },
    ]);
    expect(mesures.map((m) => m.url)).toEqual(['/mesures/repas/']);
    expect(exemples.map((x) => [x.url, x.themes, x.eyebrow])).toEqual([
      ['/mesures/repas/#a1-gard-x', ['alimentation'], 'Gard'],
      ['/mesures/repas/#a1-lot-y', ['sante'], 'Lot'],
    ]);
  });

  it('summarises ateliers, actions, figures and visions with their URLs', () => {
    const [a] = atelierSummaries([
      {
        id: 'capendu',
        data: {
          title: 'C',
          summary: 's',
          themes: [ref('alimentation')],
          territories: [ref('aude')],
          format: 'atelier',
          number: '1',
        },
      },
    ]);
    expect(a).toMatchObject({ kind: 'atelier', url: '/ateliers/capendu/', eyebrow: 'Atelier n°\u00A01', territories: ['aude'] });
    const [p] = actionSummaries([
      { id: 'aude-pmi', data: { title: 'P', summary: 's', themes: [ref('sante')], territory: ref('aude') } },
    ]);
    expect(p).toMatchObject({ kind: 'action', url: '/pactes/aude-pmi/', territories: ['aude'] });
    const [v] = nationalSummaries('vision', [
      { id: 'paris-ccas-bar', data: { title: 'V', summary: 's', themes: [ref('gouvernance-ccas')] } },
    ]);
    expect(v).toMatchObject({ url: '/figures/visions/paris-ccas-bar/', territories: ['national'] });
    expect(sheetUrl('figure', 'radar')).toBe('/figures/radar/');
  });
});

const sheet = (kind: SheetSummary['kind'], territories: string[], themes: string[]): SheetSummary => ({
  kind,
  key: `${kind}:${territories.join()}`,
  url: '/',
  title: kind,
  summary: '',
  territories,
  themes,
});

describe('filters and counts', () => {
  const territories = new Map<string, TerritoryEntry>([
    ['haute-garonne', { id: 'haute-garonne', data: { name: 'Haute-Garonne', kind: 'departement', code: '31', order: 5 } }],
    [
      'toulouse-metropole',
      {
        id: 'toulouse-metropole',
        data: { name: 'Toulouse Métropole', kind: 'metropole', code: '31', parent: { id: 'haute-garonne' }, order: 20 },
      },
    ],
  ]);
  const sheets = [
    sheet('atelier', ['haute-garonne'], ['jeunesse']),
    sheet('action', ['toulouse-metropole'], ['petite-enfance']),
    sheet('exemple', ['lot'], ['mobilite', 'jeunesse']),
    sheet('atelier', ['region-occitanie'], ['mobilite']),
  ];

  it('counts métropole sheets in their département', () => {
    expect(sheetsInDepartement(sheets, 'haute-garonne', territories).map((s) => s.kind)).toEqual(['atelier', 'action']);
  });

  it('finds sheets by theme and groups them by kind in site order', () => {
    expect(sheetsWithTheme(sheets, 'mobilite').map((s) => s.kind)).toEqual(['exemple', 'atelier']);
    expect(groupByKind(sheetsWithTheme(sheets, 'mobilite')).map((g) => g.key)).toEqual(['atelier', 'exemple']);
  });

  it('counts every kind, zero included', () => {
    expect(countByKind(sheets)).toEqual({ atelier: 2, mesure: 0, exemple: 1, action: 1, figure: 0, vision: 0 });
  });

  it('groups in a given key order and counts each key once per item', () => {
    expect(groupInOrder([3, 1, 2, 5], (n) => (n % 2 ? 'odd' : 'even'), ['even', 'odd', 'none'])).toEqual([
      { key: 'even', items: [2] },
      { key: 'odd', items: [3, 1, 5] },
    ]);
    expect(countBy([['a', 'a', 'b'], ['b']], (x) => x)).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
  });
});
