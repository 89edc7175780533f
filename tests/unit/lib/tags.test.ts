import { describe, expect, it } from 'vitest';
import { tagLine } from '../../../src/lib/tags';

describe('tagLine', () => {
  it('puts the labels on one line, in order, and is empty without tags', () => {
    expect(tagLine([{ label: 'Gers (32)' }, { label: 'Lot (46)' }] as never)).toBe('Gers (32), Lot (46)');
    expect(tagLine([])).toBe('');
  });
});
