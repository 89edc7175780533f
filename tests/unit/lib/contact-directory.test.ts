import { describe, expect, it } from 'vitest';
import {
  byOrganisation,
  byTerritory,
  isNamedOnly,
  organisationKey,
  type DirectoryEntry,
} from '../../../src/lib/contact-directory';

const entry = (organisation: string, territories: string[], extra: Partial<DirectoryEntry['contact']> = {}): DirectoryEntry => ({
  contact: { organisation, ...extra },
  territories: territories.map((id) => ({ id, label: id.toUpperCase() })),
  pageTitle: organisation,
  href: `/x/${organisation}/`,
  sourceTitle: 'Guide',
  sourceDate: 'juillet 2021',
});

describe('contact directory', () => {
  const entries = [
    entry('CAF de votre département', ['haute-garonne'], {}),
    entry('ASP', ['aude', 'region-occitanie'], { phone: '05 49 37 56 30' }),
    entry('Creai-ORS Occitanie (Toulouse)', ['region-occitanie'], { email: 'a@b.fr' }),
    entry('Creai-ORS Occitanie (Montpellier)', ['region-occitanie'], { phone: '04 67 69 25 03' }),
  ];
  it('says when the source gives no coordinates', () => {
    expect(entries.map(isNamedOnly)).toEqual([true, false, false, false]);
  });
  it('groups by territory in the given order, an entry under each of its territories', () => {
    const groups = byTerritory(entries, ['aude', 'haute-garonne', 'region-occitanie']);
    expect(groups.map((g) => g.id)).toEqual(['aude', 'haute-garonne', 'region-occitanie']);
    expect(groups[2]?.entries).toHaveLength(3);
  });
  it('groups by organisation, merging the offices of one organisation', () => {
    expect(organisationKey('CAF de votre département')).toBe('CAF');
    const groups = byOrganisation(entries);
    expect(groups.map((g) => g.label)).toEqual(['ASP', 'CAF', 'Creai-ORS Occitanie']);
    expect(groups[2]?.entries).toHaveLength(2);
  });
});
