import { describe, expect, it } from 'vitest';
import { axisLabel, pacteAxisLabel } from '../../../src/lib/axes';

describe('axes', () => {
  it('labels the axes', () => {
    expect(axisLabel({ number: 3, title: 'Renforcer l’accès aux droits' })).toBe('Axe 3 — Renforcer l’accès aux droits');
    expect(pacteAxisLabel({ number: 1, title: 'Prévenir' })).toBe('Pacte, axe 1 — Prévenir');
  });
});
