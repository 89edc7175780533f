import { describe, expect, it } from 'vitest';
import { atelierLabel, sheetUrl, sheetsOf, type SheetSummary } from '../../../src/lib/sheet-kinds';
import { countByKind, groupByKind } from '../../../src/lib/sheet-filters';
import { sheetsOfDepartement, sheetsOfTheme } from '../../../src/lib/selection';
import { loadCollection } from '../../helpers/content';
import { countBy, groupInOrder } from '../../../src/lib/group';
import type { TerritoryEntry } from '../../../src/lib/territories';
import { SHEET_KIND_IDS } from '../../../src/schemas/kind-ids';

describe('sheet summaries', () => {
  it('labels ateliers by format and number', () => {
    expect(atelierLabel('atelier', '1')).toBe('Atelier n°\u00A01');
    expect(atelierLabel('table-ronde', 'IV')).toBe('Table ronde IV');
    expect(atelierLabel('atelier-partenaire')).toBe('Atelier partenaire');
  });

  it('gives local examples the URL of their measure with their anchor, and the measure themes by default', () => {
    const mesure = loadCollection('mesures').find((m) => m.data.examples.length > 0)!;
    const exemples = sheetsOf('exemple', [mesure]);
    expect(sheetsOf('mesure', [mesure]).map((m) => m.url)).toEqual([`/mesures/${mesure.id}/`]);
    expect(exemples.map((x) => [x.url, x.themes, x.eyebrow])).toEqual(
      mesure.data.examples.map((x) => [
        `/mesures/${mesure.id}/#${x.id}`,
        (x.themes ?? mesure.data.themes).map((t) => t.id),
        x.placeLabel,
      ]),
    );
  });

  it('summarises ateliers, actions, figures and visions with their URLs', () => {
    const atelier = loadCollection('ateliers').find((a) => a.data.format === 'atelier' && a.data.number)!;
    expect(sheetsOf('atelier', [atelier])[0]).toMatchObject({
      kind: 'atelier',
      url: `/ateliers/${atelier.id}/`,
      eyebrow: atelierLabel('atelier', atelier.data.number),
      territories: atelier.data.territories.map((t) => t.id),
    });
    const action = loadCollection('actions')[0]!;
    expect(sheetsOf('action', [action])[0]).toMatchObject({
      kind: 'action',
      url: `/pactes/${action.id}/`,
      territories: [action.data.territory.id],
    });
    const vision = loadCollection('visions')[0]!;
    expect(sheetsOf('vision', [vision])[0]).toMatchObject({ url: `/figures/visions/${vision.id}/`, territories: ['national'] });
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
  const territories = new Map<string, TerritoryEntry>(loadCollection('territoires').map((t) => [t.id, t]));
  const sheets = [
    sheet('atelier', ['haute-garonne'], ['jeunesse']),
    sheet('action', ['toulouse-metropole'], ['petite-enfance']),
    sheet('exemple', ['lot'], ['mobilite', 'jeunesse']),
    sheet('atelier', ['region-occitanie'], ['mobilite']),
  ];

  it('counts métropole sheets in their département', () => {
    expect(sheetsOfDepartement(sheets, 'haute-garonne', territories).local.map((s) => s.kind)).toEqual(['atelier', 'action']);
  });

  it('finds sheets by theme and groups them by kind in site order', () => {
    expect(sheetsOfTheme(sheets, 'mobilite').map((s) => s.kind)).toEqual(['exemple', 'atelier']);
    expect(groupByKind(sheetsOfTheme(sheets, 'mobilite')).map((g) => g.key)).toEqual(['atelier', 'exemple']);
  });

  it('counts every kind, zero included', () => {
    // Every kind of the registry has its key, the ones absent from the list at 0.
    const expected = Object.fromEntries(SHEET_KIND_IDS.map((kind) => [kind, 0]));
    Object.assign(expected, { atelier: 2, exemple: 1, action: 1 });
    expect(countByKind(sheets)).toEqual(expected);
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
