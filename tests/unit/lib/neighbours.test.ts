import { describe, expect, it } from 'vitest';
import { loadCollection } from '../../helpers/content';
import { NEIGHBOURS, neighboursOf } from '../../../src/lib/neighbours';

const departements = loadCollection('territoires').filter((t) => t.data.kind === 'departement');

describe('the neighbouring départements', () => {
  it('covers exactly the départements of the content', () => {
    expect(Object.keys(NEIGHBOURS).sort()).toEqual(departements.map((d) => d.id).sort());
  });

  it('is symmetric, without a département bordering itself or an unknown one', () => {
    for (const [id, list] of Object.entries(NEIGHBOURS)) {
      expect(list).not.toContain(id);
      expect(new Set(list).size).toBe(list.length);
      for (const n of list) expect(NEIGHBOURS[n], `${n} voisin de ${id}`).toContain(id);
    }
  });

  it('follows the geography', () => {
    expect([...neighboursOf('ariege')].sort()).toEqual(['aude', 'haute-garonne', 'pyrenees-orientales']);
    expect([...neighboursOf('gers')].sort()).toEqual(['haute-garonne', 'hautes-pyrenees', 'tarn-et-garonne']);
    expect([...neighboursOf('lozere')].sort()).toEqual(['aveyron', 'gard']);
    expect(neighboursOf('haute-garonne')).toHaveLength(6);
    expect(neighboursOf('pyrenees-orientales')).not.toContain('herault');
    expect(() => neighboursOf('cantal')).toThrow(/cantal/);
  });
});
