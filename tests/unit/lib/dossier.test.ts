import { describe, expect, it } from 'vitest';
import {
  describeSearch,
  dossierAnchor,
  informationLines,
  DOSSIER_IN_FULL_MAX,
  dossierForms,
  inFullMax,
} from '../../../src/lib/dossier';
import { FACET_LABELS } from '../../../src/lib/facets';
import { parseSearchParams } from '../../../src/lib/search-state';

describe('what a dossier shows around its sheets', () => {
  it('describes a search selection in French, one line per criterion', () => {
    const state = parseSearchParams(new URLSearchParams('q=cantine&theme=Alimentation&territoire=Gers&territoire=Lot'));
    expect(describeSearch(state, FACET_LABELS)).toEqual([
      'Recherche\u00A0: «\u00A0cantine\u00A0»',
      `${FACET_LABELS.theme}\u00A0: Alimentation`,
      `${FACET_LABELS.territoire}\u00A0: Gers ou Lot`,
    ]);
    expect(describeSearch(parseSearchParams(new URLSearchParams('')), FACET_LABELS)).toEqual([]);
  });

  it('gives one date line per source document, in the order first cited', () => {
    expect(
      informationLines([
        { title: 'Guide', date: 'juillet 2021' },
        { title: 'Bilan', date: '2022' },
        { title: 'Guide', date: 'juillet 2021' },
      ]),
    ).toEqual(['Guide\u00A0: informations de juillet 2021', 'Bilan\u00A0: informations de 2022']);
  });

  it('makes an id of any sheet key', () => {
    expect(dossierAnchor('exemple:cantine-1')).toBe('fiche-exemple-cantine-1');
    expect(dossierAnchor('atelier:a/b c')).toBe('fiche-atelier-a-b-c');
  });

  it('prints a dossier in full up to the limit, its regional sheets first in brief, then all', () => {
    const max = DOSSIER_IN_FULL_MAX;
    expect(dossierForms(max - 10, 10)).toEqual({ local: 'full', regional: 'full' });
    expect(dossierForms(max - 10, 11)).toEqual({ local: 'full', regional: 'brief' });
    expect(dossierForms(max + 1, 0)).toEqual({ local: 'brief', regional: 'brief' });
    expect(dossierForms(0, 0, 0)).toEqual({ local: 'full', regional: 'full' });
    expect(dossierForms(1, 0, 0)).toEqual({ local: 'brief', regional: 'brief' });
    expect(dossierForms(0, 3, 2)).toEqual({ local: 'full', regional: 'brief' });
    expect(inFullMax(undefined)).toBe(max);
    expect(inFullMax('')).toBe(max);
    expect(inFullMax('0')).toBe(0);
    expect(() => inFullMax('dix')).toThrow(/ATLAS_DOSSIER_IN_FULL_MAX : nombre entier attendu, « dix »/);
  });
});
