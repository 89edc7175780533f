import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptyState,
  hasCriteria,
  orderValues,
  parseSearchParams,
  resultCountLabel,
  toPagefindFilters,
  toSearchParams,
  withoutFilter,
} from '../../../src/lib/search-state';

describe('search state in the URL', () => {
  it('reads the query and repeated filters, ignoring unknown keys and duplicates', () => {
    const state = parseSearchParams(new URLSearchParams('q=+cantine+&territoire=Lot&territoire=Lot&theme=Mobilité&foo=bar'));
    expect(state.q).toBe('cantine');
    expect(state.filters.territoire).toEqual(['Lot']);
    expect(state.filters.theme).toEqual(['Mobilité']);
    expect(state.filters.kind).toEqual([]);
  });

  it('round-trips through URL parameters in a stable order', () => {
    const state = parseSearchParams(new URLSearchParams('theme=Santé&q=logement&kind=Atelier&kind=Mesure'));
    expect(toSearchParams(state).toString()).toBe('q=logement&kind=Atelier&kind=Mesure&theme=Sant%C3%A9');
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
  });

  it('knows when nothing is asked', () => {
    expect(hasCriteria(emptyState())).toBe(false);
    expect(hasCriteria(parseSearchParams(new URLSearchParams('theme=Mobilité')))).toBe(true);
  });

  it('builds Pagefind filters: alternatives within a key, only for keys in use', () => {
    const state = parseSearchParams(new URLSearchParams('territoire=Lot&territoire=Gers&kind=Atelier'));
    expect(toPagefindFilters(state)).toEqual({ kind: { any: ['Atelier'] }, territoire: { any: ['Lot', 'Gers'] } });
  });

  it('removes one filter value', () => {
    const state = parseSearchParams(new URLSearchParams('territoire=Lot&territoire=Gers'));
    expect(withoutFilter(state, 'territoire', 'Lot').filters.territoire).toEqual(['Gers']);
    expect(state.filters.territoire).toEqual(['Lot', 'Gers']);
  });
});

describe('orderValues', () => {
  it('follows the reference order, then French alphabetical order', () => {
    expect(orderValues(['Tarn', 'Ariège', 'Zeta', 'Écoles', 'Aude'], ['Ariège', 'Aude', 'Tarn'])).toEqual([
      'Ariège',
      'Aude',
      'Tarn',
      'Écoles',
      'Zeta',
    ]);
  });
});

describe('resultCountLabel', () => {
  it.each([
    [0, 'Aucun résultat'],
    [1, '1\u00A0résultat'],
    [1200, '1\u202F200\u00A0résultats'],
  ])('labels %d results', (n, label) => {
    expect(resultCountLabel(n)).toBe(label);
  });
});

describe('sort order and active filters', () => {
  it('keeps the sort in the URL only when it is not the default, and ignores unknown orders', () => {
    const state = parseSearchParams(new URLSearchParams('q=cantine&tri=departement&territoire=Gers&portee=Locale'));
    expect(state.sort).toBe('departement');
    expect(toSearchParams(state).toString()).toBe('q=cantine&territoire=Gers&portee=Locale&tri=departement');
    expect(parseSearchParams(new URLSearchParams('tri=hasard')).sort).toBe('pertinence');
    expect(toSearchParams(parseSearchParams(new URLSearchParams('q=a'))).toString()).toBe('q=a');
  });
  it('counts the ticked values', () => {
    expect(activeFilterCount(parseSearchParams(new URLSearchParams('territoire=Gers&territoire=Lot&kind=Atelier')))).toBe(3);
    expect(activeFilterCount(emptyState())).toBe(0);
  });
});
