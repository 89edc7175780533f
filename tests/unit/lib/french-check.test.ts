import { describe, expect, it } from 'vitest';
import { frenchTextProblems } from '../../../src/lib/french-check';
import { frenchText } from '../../../src/lib/french-typography';

const T = [
  { name: 'Gers', kind: 'departement', dans: 'dans le Gers', de: 'du Gers' },
  { name: 'Hérault', kind: 'departement', dans: 'dans l’Hérault', de: 'de l’Hérault' },
  { name: 'Lozère', kind: 'departement', dans: 'en Lozère', de: 'de la Lozère' },
];
const problems = (text: string) => frenchTextProblems(text, T).map((p) => p.split(' :')[0]);

describe('frenchTextProblems', () => {
  it('accepts well-written French', () => {
    expect(
      frenchTextProblems('Tout l’Atlas : 1\u00A0atelier, 2\u00A0ateliers, 15\u202F000\u00A0€ dans le Gers et en Lozère.', T),
    ).toEqual([]);
  });
  it('finds the mistakes the issue lists', () => {
    expect(problems('Toute l’Atlas')).toEqual(['« Tout l’Atlas » (Atlas est masculin)']);
    expect(problems('Aude : 1 ateliers')).toEqual(['pluriel après 1']);
    expect(problems('Toutes les fiches de l’Atlas sur Hérault')).toHaveLength(1);
    expect(problems('les fiches dans Gers')).toHaveLength(1);
    expect(problems('en Occitanie :48 mesures')).toEqual(['espace manquante après la ponctuation']);
    expect(problems('itinérante ?Le réseau')).toEqual(['espace manquante après la ponctuation']);
    expect(problems('15 000\u00A0€')).toEqual(['espace ordinaire dans un nombre (espace insécable attendue)']);
    expect(problems('15\u202F000 €')).toEqual(['espace ordinaire avant une unité (espace insécable attendue)']);
    expect(problems("l'Atlas")).toEqual(['apostrophe droite (’ attendue)']);
  });
});

describe('frenchText numbers', () => {
  it('joins thousands and units with no-break spaces, leaves years alone', () => {
    expect(frenchText('15 000 € et 1 234 567 euros')).toBe('15\u202F000\u00A0€ et 1\u202F234\u202F567\u00A0euros');
    expect(frenchText('en 2019 200 communes')).toBe('en 2019 200 communes');
    expect(frenchText('5,5 M€')).toBe('5,5\u00A0M€');
  });
});
