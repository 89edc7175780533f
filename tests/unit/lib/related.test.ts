import { describe, expect, it } from 'vitest';
import { relatedScore, relatedSheets } from '../../../src/lib/related';
import { splitByMetropole } from '../../../src/lib/selection';
import type { SheetSummary } from '../../../src/lib/sheet-kinds';
import type { TerritoryEntry } from '../../../src/lib/territories';

const s = (key: string, kind: SheetSummary['kind'], territories: string[], themes: string[], url = `/${key}/`): SheetSummary => ({
  kind,
  key,
  url,
  title: key,
  summary: '',
  territories,
  themes,
});

describe('related sheets', () => {
  const me = s('capendu', 'atelier', ['aude'], ['alimentation', 'education']);
  const all = [
    me,
    s('repas', 'mesure', ['region-occitanie'], ['alimentation', 'education']),
    s('aude-pmi', 'action', ['aude'], ['petite-enfance']),
    s('tarbes', 'atelier', ['hautes-pyrenees'], ['alimentation']),
    s('radar', 'figure', ['national'], ['gouvernance-ccas']),
    s('lot-x', 'exemple', ['lot'], ['mobilite']),
  ];

  it('scores shared themes, a shared local territory, and a change of kind', () => {
    expect(relatedScore(me, all[1]!)).toBe(2 * 2 + 0 + 1);
    expect(relatedScore(me, all[2]!)).toBe(0 + 3 + 1);
    expect(relatedScore(me, all[3]!)).toBe(2);
    expect(relatedScore(me, all[4]!)).toBe(0);
  });

  it('does not count the region or the nation as a shared place', () => {
    const a = s('a', 'mesure', ['region-occitanie'], ['sante']);
    const b = s('b', 'mesure', ['region-occitanie'], ['mobilite']);
    expect(relatedScore(a, b)).toBe(0);
  });

  it('lists the best first, without the sheet itself or unrelated sheets', () => {
    expect(relatedSheets(me, all).map((x) => x.key)).toEqual(['repas', 'aude-pmi', 'tarbes']);
    expect(relatedSheets(me, all, 1).map((x) => x.key)).toEqual(['repas']);
  });

  it('leaves out the local examples of a measure from its own page', () => {
    const mesure = s('m', 'mesure', ['aude'], ['sante'], '/mesures/m/');
    const own = s('x', 'exemple', ['aude'], ['sante'], '/mesures/m/#x');
    const other = s('y', 'exemple', ['aude'], ['sante'], '/mesures/n/#y');
    expect(relatedSheets(mesure, [mesure, own, other]).map((x) => x.key)).toEqual(['y']);
  });
});

describe('splitByMetropole', () => {
  const territories = new Map<string, TerritoryEntry>([
    ['herault', { id: 'herault', data: { name: 'Hérault', kind: 'departement', code: '34', order: 7 } }],
    [
      'mmm',
      {
        id: 'mmm',
        data: {
          name: 'Montpellier Méditerranée Métropole',
          kind: 'metropole',
          code: '34',
          parent: { collection: 'territoires', id: 'herault' },
          order: 21,
        },
      },
    ],
  ]);
  it('separates the département’s own sheets from its métropole’s', () => {
    const sheets = [s('a', 'atelier', ['herault'], []), s('b', 'action', ['mmm'], []), s('c', 'exemple', ['herault', 'mmm'], [])];
    const { own, metropoles } = splitByMetropole(sheets, 'herault', territories);
    expect(own.map((x) => x.key)).toEqual(['a', 'c']);
    expect(metropoles.map((m) => [m.territory.id, m.sheets.map((x) => x.key)])).toEqual([['mmm', ['b', 'c']]]);
  });
});

describe('related sheets on a large site', () => {
  it('gives the same result as scoring every sheet', () => {
    const themes = ['a', 'b', 'c', 'd'];
    const places = ['aude', 'lot', 'gers', 'region-occitanie'];
    const kinds: SheetSummary['kind'][] = ['atelier', 'mesure', 'action', 'exemple'];
    const all = Array.from({ length: 400 }, (_, i) =>
      s(
        `k${i}`,
        kinds[i % 4]!,
        [places[(i * 7) % 4]!],
        [themes[i % 4]!, themes[(i * 3 + 1) % 4]!].filter((t, j, a) => a.indexOf(t) === j),
      ),
    );
    const bruteForce = (me: SheetSummary) =>
      all
        .map((o, i) => ({ o, i, score: o.key === me.key ? 0 : relatedScore(me, o) }))
        .filter((x) => x.score > 0)
        .sort((x, y) => y.score - x.score || x.i - y.i)
        .slice(0, 6)
        .map((x) => x.o.key);
    for (const me of all.slice(0, 60)) expect(relatedSheets(me, all).map((x) => x.key)).toEqual(bruteForce(me));
  });
});
