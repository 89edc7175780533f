import { describe, expect, it } from 'vitest';
import {
  countFilters,
  isGenuineMatch,
  meaningfulWords,
  nearestThemes,
  sortResults,
  territoriesInQuery,
  withoutTerritories,
  wordMatches,
} from '../../../src/lib/search-match';

describe('isGenuineMatch', () => {
  const content = 'Le plan prévoit 877 M€ pour la Région. Il faut mener des actions, un foyer de jeunes et des cantines.';
  const at = (word: string) => content.split(/\s+/).findIndex((w) => w.startsWith(word));
  it('drops a result found only through a truncated form of a query word', () => {
    expect(isGenuineMatch(content, [at('M€')], 'Mirande')).toBe(false);
    expect(isGenuineMatch(content, [at('mener')], 'Mende')).toBe(false);
    expect(isGenuineMatch(content, [at('foyer')], 'Foix')).toBe(false);
  });
  it('keeps real matches, plurals and stems included', () => {
    expect(isGenuineMatch(content, [at('cantines.')], 'cantine')).toBe(true);
    expect(isGenuineMatch(content, [at('foyer')], 'foyers')).toBe(true);
    expect(isGenuineMatch(content, [at('jeunes')], 'jeunesse')).toBe(true);
  });
  it('needs every meaningful word of the query, ignores stop words', () => {
    expect(isGenuineMatch(content, [at('cantines.')], 'cantine Mirande')).toBe(false);
    expect(isGenuineMatch(content, [at('cantines.')], 'les cantines')).toBe(true);
    expect(meaningfulWords('Le plan de la Région')).toEqual(['plan', 'region']);
  });
  it('accepts a query made only of stop words', () => {
    expect(isGenuineMatch(content, [], 'les')).toBe(true);
  });
  it('compares words without accents or case', () => {
    expect(wordMatches('mobilite', 'Mobilités')).toBe(true);
    expect(wordMatches('enfants', 'enfance')).toBe(true);
  });
});

describe('countFilters and sortResults', () => {
  const results = [
    { id: 1, filters: { territoire: ['Lot', 'Gers', 'Aude'], portee: ['Toute la région'] } },
    { id: 2, filters: { territoire: ['Gers'], portee: ['Locale'] } },
    { id: 3, filters: { territoire: ['Aude'], portee: ['Locale'] } },
  ];
  it('counts the filter values of the results themselves', () => {
    const counts = countFilters(results);
    expect(counts.territoire).toEqual({ Lot: 1, Gers: 2, Aude: 2 });
    expect(counts.portee).toEqual({ 'Toute la région': 1, Locale: 2 });
  });
  it('sorts by département in reference order, regional sheets after the local ones', () => {
    const order = ['Aude', 'Gers', 'Lot'];
    expect(sortResults(results, 'departement', order, 'Toute la région').map((r) => r.id)).toEqual([3, 2, 1]);
    expect(sortResults(results, 'pertinence', order, 'Toute la région').map((r) => r.id)).toEqual([1, 2, 3]);
  });
});

describe('next steps when nothing matches', () => {
  const themes = [
    { name: 'Accès aux droits', href: '/themes/acces-aux-droits/' },
    { name: 'Alimentation', href: '/themes/alimentation/' },
    { name: 'Mobilité', href: '/themes/mobilite/' },
    { name: 'Logement et hébergement', href: '/themes/logement-hebergement/' },
  ];
  const departements = [
    { name: 'Gers', href: '/departements/gers/' },
    { name: 'Haute-Garonne', href: '/departements/haute-garonne/' },
  ];
  it('finds the nearest theme by name, not the first ones', () => {
    expect(nearestThemes('mobilité Gers', themes).map((t) => t.name)).toEqual(['Mobilité']);
    expect(nearestThemes('logements', themes).map((t) => t.name)).toEqual(['Logement et hébergement']);
    expect(nearestThemes('zzz', themes)).toEqual([]);
  });
  it('finds the département a query names and the words left', () => {
    expect(territoriesInQuery('mobilité Gers', departements).map((d) => d.name)).toEqual(['Gers']);
    expect(territoriesInQuery('aide haute garonne', departements).map((d) => d.name)).toEqual(['Haute-Garonne']);
    expect(withoutTerritories('mobilité Gers', departements.slice(0, 1))).toBe('mobilité');
    expect(withoutTerritories('aide Haute-Garonne', departements.slice(1))).toBe('aide');
  });
});
