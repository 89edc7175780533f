import { describe, expect, it } from 'vitest';
import { by, byActionOrder, byMesureOrder, byOrder, byVisionOrder, thenBy } from '../../../src/lib/order';

describe('order comparators', () => {
  it('sorts measures by the number field of their axis, not by their id', () => {
    const numbers = new Map([
      ['acces-aux-droits', 3],
      ['petite-enfance', 1],
      ['formation', 10],
    ]);
    const m = (axis: string, order: number) => ({ data: { axis: { id: axis }, order } });
    const sorted = [m('acces-aux-droits', 1), m('petite-enfance', 2), m('formation', 1), m('petite-enfance', 1)].sort(
      byMesureOrder(numbers),
    );
    expect(sorted.map((x) => `${x.data.axis.id}/${x.data.order}`)).toEqual([
      'petite-enfance/1',
      'petite-enfance/2',
      'acces-aux-droits/1',
      'formation/1',
    ]);
    expect(() => [m('inconnu', 1), m('formation', 1)].sort(byMesureOrder(numbers))).toThrow('Axe inconnu : inconnu');
  });

  it('sorts visions by city then order, actions by sous-axe then id, others by order', () => {
    const v = (city: string, order: number) => ({ data: { city, order } });
    expect([v('Paris', 1), v('Lyon', 2), v('Lyon', 1)].sort(byVisionOrder).map((x) => `${x.data.city}${x.data.order}`)).toEqual([
      'Lyon1',
      'Lyon2',
      'Paris1',
    ]);
    const a = (id: string, sousAxe: string) => ({ id, data: { sousAxe: { id: sousAxe } } });
    expect([a('b', '1-2'), a('a', '2-1'), a('a', '1-2')].sort(byActionOrder).map((x) => `${x.data.sousAxe.id}:${x.id}`)).toEqual([
      '1-2:a',
      '1-2:b',
      '2-1:a',
    ]);
    expect([{ data: { order: 2 } }, { data: { order: 1 } }].sort(byOrder).map((x) => x.data.order)).toEqual([1, 2]);
  });

  it('chains comparators and compares strings in French order', () => {
    const items = [
      { n: 'Éze', k: 1 },
      { n: 'Ariège', k: 2 },
      { n: 'Zoé', k: 1 },
    ];
    const sorted = [...items].sort(
      thenBy(
        by((x) => x.k),
        by((x) => x.n),
      ),
    );
    expect(sorted.map((x) => x.n)).toEqual(['Éze', 'Zoé', 'Ariège']);
  });
});
