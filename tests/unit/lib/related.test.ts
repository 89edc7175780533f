import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../helpers/random';
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
    ['herault', { id: 'herault', data: { dans: '', de: '', name: 'Hérault', kind: 'departement', code: '34', order: 7 } }],
    [
      'mmm',
      {
        id: 'mmm',
        data: {
          dans: '',
          de: '',
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
    // A varied site: 1 to 3 themes of 6, 1 or 2 territories of 5 (one broad), 4 kinds, in pseudo-random mixes.
    const rand = seededRandom(7);
    const themes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const places = ['aude', 'lot', 'gers', 'tarn', 'region-occitanie'];
    const kinds: SheetSummary['kind'][] = ['atelier', 'mesure', 'action', 'exemple'];
    const all = Array.from({ length: 600 }, (_, i) =>
      s(
        `k${i}`,
        kinds[rand(4)]!,
        [...new Set(Array.from({ length: 1 + rand(2) }, () => places[rand(5)]!))],
        [...new Set(Array.from({ length: 1 + rand(3) }, () => themes[rand(6)]!))],
      ),
    );
    const bruteForce = (me: SheetSummary, limit: number) =>
      all
        .map((o, i) => ({ o, i, score: o.key === me.key ? 0 : relatedScore(me, o) }))
        .filter((x) => x.score > 0)
        .sort((x, y) => y.score - x.score || x.i - y.i)
        .slice(0, limit)
        .map((x) => x.o.key);
    for (const limit of [6, 40]) {
      for (const me of all) expect(relatedSheets(me, all, limit).map((x) => x.key)).toEqual(bruteForce(me, limit));
    }
  });

  it('keeps a sheet of another place that ties with the sixth sheet of the same place and theme, by site order', () => {
    const me = s('me', 'atelier', ['aude'], ['a', 'b']);
    const broad = s('broad', 'mesure', ['region-occitanie'], ['a', 'b']);
    const near = Array.from({ length: 6 }, (_, i) => s(`near${i}`, 'atelier', ['aude'], ['a']));
    // All seven score 5: the broad sheet, first in site order, comes first.
    expect(relatedSheets(me, [me, broad, ...near]).map((x) => x.key)).toEqual(['broad', ...near.slice(0, 5).map((x) => x.key)]);
  });
});
