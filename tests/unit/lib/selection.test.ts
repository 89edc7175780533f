import { describe, expect, it } from 'vitest';
import { loadCollection } from '../../helpers/content';
import {
  departementsOfSheet,
  isRegionWide,
  nearestExamples,
  sheetsOfDepartementTheme,
  themeCounts,
  sheetsOfDepartement,
  sheetsOfTheme,
  splitByMetropole,
} from '../../../src/lib/selection';
import { summariesOf, SHEET_KIND_IDS, SHEET_KINDS, type SheetSummary } from '../../../src/schemas/registry';
import type { TerritoryEntry } from '../../../src/lib/territories';

const territories = new Map<string, TerritoryEntry>(loadCollection('territoires').map((t) => [t.id, t]));
const ctx = { axisNumbers: new Map(loadCollection('axes').map((a) => [a.id, a.data.number])) };
const all: SheetSummary[] = SHEET_KIND_IDS.flatMap((k) =>
  summariesOf(k, loadCollection(SHEET_KINDS[k].collection) as never, ctx),
);
const departements = [...territories.values()].filter((t) => t.data.kind === 'departement');
const sheet = (key: string, ids: string[], themes: string[] = []): SheetSummary => ({
  kind: 'atelier',
  key,
  url: '/',
  title: key,
  summary: '',
  territories: ids,
  themes,
});

describe('the sheets of a département', () => {
  const metropole = [...territories.values()].find((t) => t.data.kind === 'metropole')!;
  const parent = metropole.data.parent!.id;
  const other = departements.find((d) => d.id !== parent)!;
  const region = [...territories.values()].find((t) => t.data.kind === 'region')!;
  const sheets = [
    sheet('own', [parent]),
    sheet('metro', [metropole.id]),
    sheet('region', [region.id]),
    sheet('national', ['national']),
    sheet('both', [parent, region.id]),
    sheet('elsewhere', [other.id]),
  ];

  it('holds its own and its métropoles’ sheets as local, the région’s and the nation’s apart', () => {
    const { local, regional } = sheetsOfDepartement(sheets, parent, territories);
    expect(local.map((s) => s.key)).toEqual(['own', 'metro', 'both']);
    expect(regional.map((s) => s.key)).toEqual(['region', 'national']);
    expect(sheetsOfDepartement(sheets, other.id, territories).regional.map((s) => s.key)).toEqual(['region', 'national', 'both']);
  });

  it('answers again from what it found, in arrays of the caller’s own, and anew for another list of sheets', () => {
    const first = sheetsOfDepartement(sheets, parent, territories);
    first.local.length = 0;
    first.regional.push(sheets[5]!);
    const again = sheetsOfDepartement(sheets, parent, territories);
    expect(again.local.map((s) => s.key)).toEqual(['own', 'metro', 'both']);
    expect(again.regional.map((s) => s.key)).toEqual(['region', 'national']);
    const fewer = sheetsOfDepartement(sheets.slice(0, 2), parent, territories);
    expect(fewer.local.map((s) => s.key)).toEqual(['own', 'metro']);
  });

  it('splits local sheets between the département and each métropole', () => {
    const { own, metropoles } = splitByMetropole(sheetsOfDepartement(sheets, parent, territories).local, parent, territories);
    expect(own.map((s) => s.key)).toEqual(['own', 'both']);
    expect(metropoles.map((m) => [m.territory.id, m.sheets.map((s) => s.key)])).toEqual([[metropole.id, ['metro']]]);
  });

  it('files a métropole’s sheet under its département, and refuses an unknown territory', () => {
    expect(departementsOfSheet(sheet('m', [metropole.id]), territories)).toEqual([parent]);
    expect(isRegionWide(sheet('n', ['national']), territories)).toBe(true);
    expect(() => departementsOfSheet(sheet('x', ['atlantide']), territories)).toThrow('Territoire inconnu : atlantide');
  });

  it.each(departements.map((d) => [d.id]))('%s: on the real content, local and regional are disjoint and complete', (id) => {
    const { local, regional } = sheetsOfDepartement(all, id, territories);
    const keys = new Set([...local, ...regional].map((s) => s.key));
    expect(keys.size).toBe(local.length + regional.length);
    for (const s of all) {
      const expected = departementsOfSheet(s, territories).includes(id) || isRegionWide(s, territories);
      expect(keys.has(s.key), s.key).toBe(expected);
    }
  });
});

describe('the sheets of a theme', () => {
  it('are every sheet carrying it, in the given order', () => {
    const sheets = [sheet('a', ['national'], ['x']), sheet('b', ['national'], ['y']), sheet('c', ['national'], ['y', 'x'])];
    expect(sheetsOfTheme(sheets, 'x').map((s) => s.key)).toEqual(['a', 'c']);
  });
  it.each(loadCollection('themes').map((t) => [t.id]))('%s: holds exactly the real sheets tagged with it', (id) => {
    expect(sheetsOfTheme(all, id)).toEqual(all.filter((s) => s.themes.includes(id)));
  });
});

describe('the sheets of a département on a theme', () => {
  const region = [...territories.values()].find((t) => t.data.kind === 'region')!;
  const sheets = [
    sheet('gers-mob', ['gers'], ['mobilite']),
    sheet('gers-alim', ['gers'], ['alimentation']),
    sheet('region-mob', [region.id], ['mobilite']),
    sheet('national-alim', ['national'], ['alimentation']),
    sheet('hp-alim', ['hautes-pyrenees'], ['alimentation', 'mobilite']),
    sheet('hg-alim', ['haute-garonne'], ['alimentation']),
    sheet('herault-alim', ['herault'], ['alimentation']),
  ];

  it('narrows both groups of the one rule to the theme', () => {
    const { local, regional } = sheetsOfDepartementTheme(sheets, 'gers', 'alimentation', territories);
    expect(local.map((s) => s.key)).toEqual(['gers-alim']);
    expect(regional.map((s) => s.key)).toEqual(['national-alim']);
    const all = sheetsOfDepartement(sheets, 'gers', territories);
    expect(themeCounts(all, ['mobilite', 'alimentation', 'sante'])).toEqual([
      { theme: 'mobilite', local: 1, regional: 1 },
      { theme: 'alimentation', local: 1, regional: 1 },
      { theme: 'sante', local: 0, regional: 0 },
    ]);
  });

  it('finds the nearest examples in the neighbouring départements only', () => {
    const near = nearestExamples(sheets, 'gers', 'alimentation', territories);
    expect(near.map((n) => [n.departement, n.sheets.map((s) => s.key)])).toEqual([
      ['hautes-pyrenees', ['hp-alim']],
      ['haute-garonne', ['hg-alim']],
    ]);
    expect(nearestExamples(sheets, 'lozere', 'alimentation', territories)).toEqual([]);
  });

  it('holds, on the real content, the département’s sheets that carry the theme and nothing else', () => {
    for (const d of departements) {
      const whole = sheetsOfDepartement(all, d.id, territories);
      const { local, regional } = sheetsOfDepartementTheme(all, d.id, 'mobilite', territories);
      expect(local).toEqual(whole.local.filter((s) => s.themes.includes('mobilite')));
      expect(regional).toEqual(whole.regional.filter((s) => s.themes.includes('mobilite')));
    }
  });
});
