import { describe, expect, it } from 'vitest';
import {
  departementOf,
  inTerritory,
  placeLabel,
  territoryLabel,
  territoryUrl,
  type TerritoryEntry,
} from '../../../src/lib/territories';
import { filterTerritoryNames } from '../../../src/lib/selection';
import { territoryTags, themeTags } from '../../../src/lib/tags';
import { SCOPE_LOCAL, SCOPE_WIDE, scopeValues, territoryFilter } from '../../../src/lib/search-facets';

const T: TerritoryEntry[] = [
  { id: 'haute-garonne', data: { dans: '', de: '', name: 'Haute-Garonne', kind: 'departement', code: '31', order: 5 } },
  { id: 'aude', data: { dans: '', de: '', name: 'Aude', kind: 'departement', code: '11', order: 2 } },
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
    },
  },
  { id: 'region-occitanie', data: { dans: '', de: '', name: 'Région Occitanie', kind: 'region', order: 30 } },
];
const ALL = new Map(T.map((t) => [t.id, t]));

describe('territories', () => {
  it('links a département to its page and a métropole to its anchor on its département page', () => {
    expect(territoryUrl(ALL.get('aude')!)).toBe('/departements/aude/');
    expect(territoryUrl(ALL.get('toulouse-metropole')!)).toBe('/departements/haute-garonne/#toulouse-metropole');
    expect(territoryUrl(ALL.get('region-occitanie')!)).toBeUndefined();
  });

  it('finds the département of a territory', () => {
    expect(departementOf(ALL.get('toulouse-metropole')!)).toBe('haute-garonne');
    expect(departementOf(ALL.get('aude')!)).toBe('aude');
    expect(departementOf(ALL.get('region-occitanie')!)).toBeUndefined();
  });

  it('labels départements with their INSEE code', () => {
    expect(territoryLabel(ALL.get('aude')!)).toBe('Aude (11)');
    expect(territoryLabel(ALL.get('toulouse-metropole')!)).toBe('Toulouse Métropole');
  });

  it('files a métropole sheet under its département too, in territory order, without duplicates', () => {
    expect(filterTerritoryNames(['toulouse-metropole', 'aude', 'haute-garonne'], ALL)).toEqual([
      'Aude',
      'Haute-Garonne',
      'Toulouse Métropole',
    ]);
  });

  it('fails loudly on an unknown territory', () => {
    expect(() => filterTerritoryNames(['aud'], ALL)).toThrow('Territoire inconnu : aud');
    expect(() => territoryTags([{ id: 'x' }], ALL)).toThrow('Territoire inconnu : x');
  });

  it('builds a place line and tags', () => {
    expect(placeLabel(['Capendu'], [{ id: 'aude' }], ALL)).toBe('Capendu — Aude (11)');
    expect(placeLabel([], [{ id: 'region-occitanie' }], ALL)).toBe('Région Occitanie');
    expect(territoryTags([{ id: 'haute-garonne' }, { id: 'aude' }], ALL)).toEqual([
      { label: 'Aude (11)', href: '/departements/aude/' },
      { label: 'Haute-Garonne (31)', href: '/departements/haute-garonne/' },
    ]);
    expect(themeTags([{ id: 'mobilite' }], new Map([['mobilite', { data: { name: 'Mobilité' } }]]))).toEqual([
      { label: 'Mobilité', href: '/themes/mobilite/' },
    ]);
  });
});

describe('search territory filter (regional and national sheets apply everywhere)', () => {
  const all = new Map<string, TerritoryEntry>(
    [
      { id: 'aude', data: { dans: '', de: '', name: 'Aude', kind: 'departement' as const, code: '11' as const, order: 2 } },
      { id: 'gers', data: { dans: '', de: '', name: 'Gers', kind: 'departement' as const, code: '32' as const, order: 6 } },
      { id: 'region-occitanie', data: { dans: '', de: '', name: 'Région Occitanie', kind: 'region' as const, order: 30 } },
      { id: 'national', data: { dans: '', de: '', name: 'National', kind: 'national' as const, order: 40 } },
    ].map((t) => [t.id, t]),
  );
  it('files a regional or national sheet under every département, a local one under its own', () => {
    expect(territoryFilter(['region-occitanie'], all)).toEqual(['Aude', 'Gers', 'Région Occitanie']);
    expect(territoryFilter(['national'], all)).toEqual(['Aude', 'Gers', 'National']);
    expect(territoryFilter(['gers'], all)).toEqual(['Gers']);
  });
  it('gives the scope: regional even when départements are named too', () => {
    expect(scopeValues(['gers'], all)).toEqual([SCOPE_LOCAL]);
    expect(scopeValues(['region-occitanie', 'gers'], all)).toEqual([SCOPE_WIDE]);
  });
  it('says « dans le Gers » from the reference data', () => {
    expect(inTerritory({ id: 'gers', data: { ...all.get('gers')!.data, dans: 'dans le Gers' } })).toBe('dans le Gers');
  });
});
