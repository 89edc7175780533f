import { describe, expect, it } from 'vitest';
import { axisLabel, axisNumber, byAxisThenOrder, pacteAxisLabel } from '../../../src/lib/axes';

const m = (axis: string, order: number) => ({ data: { axis: { id: axis }, order } });

describe('axes', () => {
  it('reads the axis number from its id and refuses others', () => {
    expect(axisNumber('axe-3')).toBe(3);
    expect(() => axisNumber('axe')).toThrow('Identifiant d’axe inattendu : axe');
  });
  it('sorts measures by axis number, then by order', () => {
    const sorted = [m('axe-2', 1), m('axe-1', 2), m('axe-10', 1), m('axe-1', 1)].sort(byAxisThenOrder);
    expect(sorted.map((x) => `${x.data.axis.id}/${x.data.order}`)).toEqual(['axe-1/1', 'axe-1/2', 'axe-2/1', 'axe-10/1']);
  });
  it('labels the axes', () => {
    expect(axisLabel({ number: 3, title: 'Renforcer l’accès aux droits' })).toBe('Axe 3 — Renforcer l’accès aux droits');
    expect(pacteAxisLabel({ number: 1, title: 'Prévenir' })).toBe('Pacte, axe 1 — Prévenir');
  });
});
