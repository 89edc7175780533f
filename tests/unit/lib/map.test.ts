import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, colourOf, legendLabels, PALETTE } from '../../../src/lib/choropleth';
import { MAP_KINDS, areaCounts, buildMapData, countsOf, describeArea, totalFor } from '../../../src/lib/map-data';
import { SHEET_KINDS, type SheetKind } from '../../../src/lib/sheet-kinds';
import { geoBounds, makeProjection, svgPath } from '../../../src/lib/svg-map';
import { extractFeatures, simplifyLine, simplifyRing, roundPosition } from '../../../src/lib/geometry';
import type { SheetSummary } from '../../../src/lib/sheet-kinds';
import type { TerritoryEntry } from '../../../src/lib/territories';

describe('choropleth classes', () => {
  it('splits 0..max into equal whole-number steps', () => {
    expect(classBreaks([0, 3, 46])).toEqual([10, 19, 28, 37, 46]);
    expect(classBreaks([0, 1, 2])).toEqual([1, 2]);
    expect(classBreaks([0, 0])).toEqual([0]);
  });
  it('puts a value in the first class it does not exceed', () => {
    const breaks = [10, 19, 28, 37, 46];
    expect([0, 10, 11, 46, 99].map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 4, 4]);
  });
  it('spreads few classes over the palette from light to dark', () => {
    expect(colourOf(0, 2)).toBe(PALETTE[0]);
    expect(colourOf(1, 2)).toBe(PALETTE[4]);
    expect(colourOf(0, 1)).toBe(PALETTE[0]);
  });
  it('labels the legend', () => {
    expect(legendLabels([10, 19])).toEqual(['0 à 10', '11 à 19']);
    expect(legendLabels([1, 2])).toEqual(['0 à 1', '2']);
  });
});

describe('map data', () => {
  const territories = new Map<string, TerritoryEntry>([
    ['aude', { id: 'aude', data: { dans: '', de: '', name: 'Aude', kind: 'departement', code: '11', order: 2 } }],
    ['region-occitanie', { id: 'region-occitanie', data: { dans: '', de: '', name: 'Occitanie', kind: 'region', order: 30 } }],
    [
      'haute-garonne',
      { id: 'haute-garonne', data: { dans: '', de: '', name: 'Haute-Garonne', kind: 'departement', code: '31', order: 5 } },
    ],
    [
      'toulouse-metropole',
      {
        id: 'toulouse-metropole',
        data: {
          dans: '',
          de: '',
          name: 'Toulouse Métropole',
          kind: 'metropole',
          code: '31',
          parent: { collection: 'territoires', id: 'haute-garonne' },
          order: 20,
          seatPosition: [43.6, 1.44],
        } as TerritoryEntry['data'],
      },
    ],
  ]);
  const s = (kind: SheetSummary['kind'], t: string): SheetSummary => ({
    kind,
    key: `${kind}${t}`,
    url: '/',
    title: '',
    summary: '',
    territories: [t],
    themes: [],
  });
  const data = buildMapData(
    [s('atelier', 'aude'), s('action', 'toulouse-metropole'), s('exemple', 'haute-garonne'), s('mesure', 'region-occitanie')],
    territories,
  );

  it('counts each département with its métropoles, and each métropole on its own', () => {
    expect(data.departements.map((d) => [d.id, totalFor(d.counts, ['atelier', 'exemple', 'action'])])).toEqual([
      ['aude', 1],
      ['haute-garonne', 2],
    ]);
    expect(data.metropoles[0]).toMatchObject({
      id: 'toulouse-metropole',
      parent: 'haute-garonne',
      href: '/departements/haute-garonne/#toulouse-metropole',
    });
    expect(totalFor(data.metropoles[0]!.counts, ['action'])).toBe(1);
  });
  it('lists regional sheets apart', () => {
    expect(data.regional.map((r) => r.kind)).toEqual(['mesure']);
  });
  it('counts only the chosen kinds', () => {
    expect(totalFor(data.departements[1]!.counts, ['atelier'])).toBe(0);
  });
});

describe('geometry', () => {
  it('simplifies a line within a tolerance and keeps its ends', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.001],
          [2, 0],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
    ]);
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 1],
          [2, 0],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
    ]);
  });
  it('keeps rings closed and valid', () => {
    const ring: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 0.0001],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const out = simplifyRing(ring, 0.01);
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(out.length).toBeGreaterThanOrEqual(4);
  });
  it('rounds positions', () => {
    expect(roundPosition([1.23456, 43.98765], 3)).toEqual([1.235, 43.988]);
  });
  it('refuses a source missing a département', () => {
    expect(() => extractFeatures([], { 'FR-09': 'ariege' })).toThrow('Département FR-09 absent');
  });
  it('projects to an SVG box, north up', () => {
    const geometry = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 42],
          [2, 42],
          [2, 44],
          [0, 44],
          [0, 42],
        ] as [number, number][],
      ],
    };
    const bounds = geoBounds([geometry]);
    expect(bounds).toEqual([
      [42, 0],
      [44, 2],
    ]);
    const { width, height, project } = makeProjection(bounds, 100);
    expect(width).toBe(100);
    expect(height).toBeGreaterThan(100);
    expect(project([0, 44])).toEqual([0, 0]);
    expect(svgPath(geometry, project)).toMatch(/^M0 \d+(\.\d)?L100 /);
  });
});

describe('map by theme, with French plurals', () => {
  const sheet = (kind: SheetSummary['kind'], themes: string[]): SheetSummary => ({
    kind,
    key: `${kind}${themes.join()}`,
    url: '/',
    title: '',
    summary: '',
    territories: ['aude'],
    themes,
  });
  const area = countsOf([
    sheet('atelier', ['mobilite']),
    sheet('action', ['mobilite', 'logement']),
    sheet('exemple', ['logement']),
  ]);
  const names = Object.fromEntries(
    Object.entries(SHEET_KINDS).map(([k, v]) => [k, { label: v.label, plural: v.plural }]),
  ) as Record<SheetKind, { label: string; plural: string }>;
  it('counts per theme, zero for a theme the area does not have', () => {
    expect(areaCounts(area, 'mobilite')).toMatchObject({ atelier: 1, action: 1, exemple: 0 });
    expect(areaCounts(area, undefined)).toMatchObject({ atelier: 1, action: 1, exemple: 1 });
    expect(totalFor(areaCounts(area, 'sante'), MAP_KINDS)).toBe(0);
  });
  it('writes « 1 atelier », « 1 action de pacte », « 2 exemples locaux »', () => {
    expect(describeArea('Aude (11)', areaCounts(area, 'mobilite'), MAP_KINDS, names)).toBe(
      'Aude (11)\u00A0: 2\u00A0fiches (1\u00A0atelier, 1\u00A0action de pacte)',
    );
    expect(describeArea('Aude (11)', { ...area.counts, exemple: 2 }, ['exemple'], names)).toBe(
      'Aude (11)\u00A0: 2\u00A0fiches (2\u00A0exemples locaux)',
    );
    expect(describeArea('Lot (46)', areaCounts(area, 'sante'), MAP_KINDS, names)).toBe('Lot (46)\u00A0: 0\u00A0fiche');
  });
});
