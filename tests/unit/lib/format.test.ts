import { describe, expect, it } from 'vitest';
import {
  lowerFirst,
  eventLabel,
  formatDate,
  formatFigure,
  formatIsoDate,
  formatNumber,
  formatValue,
  joinFrench,
  plural,
} from '../../../src/lib/format';

describe('formatNumber', () => {
  it.each([
    [10000, '10\u202F000'],
    [1.3, '1,3'],
    [17940580, '17\u202F940\u202F580'],
    [0, '0'],
  ])('formats %d as %j', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('formatValue and formatFigure', () => {
  it('joins value and unit with a no-break space', () => {
    expect(formatValue(3, '€ par repas servi')).toBe('3\u00A0€ par repas servi');
  });
  it('keeps cents on money', () => {
    expect(formatValue(1.3, '€ par petit-déjeuner')).toBe('1,30\u00A0€ par petit-déjeuner');
  });
  it('does not add cents to other units', () => {
    expect(formatValue(16.8, '%')).toBe('16,8\u00A0%');
  });
  it('prefers the verbatim form of the source', () => {
    expect(formatFigure({ value: 70, display: 'près de 70' })).toBe('près de 70');
    expect(formatFigure({ value: 70, unit: 'départements' })).toBe('70\u00A0départements');
  });
});

describe('dates', () => {
  it('formats a date in French', () => {
    expect(formatDate(new Date('2021-07-07'))).toBe('7 juillet 2021');
  });
  it.each([
    ['2021-07-07', '7 juillet 2021'],
    ['2024-07', 'juillet 2024'],
    ['2021', '2021'],
  ])('formats the ISO date %s as %s', (iso, expected) => {
    expect(formatIsoDate(iso)).toBe(expected);
  });
  it('does not repeat a date already in the event name', () => {
    expect(eventLabel('Conférence régionale du 7 juillet 2021', new Date('2021-07-07'))).toBe(
      'Conférence régionale du 7 juillet 2021',
    );
    expect(eventLabel('Atelier début de mandat (UNCCAS)', new Date('2020-07-07'))).toBe(
      'Atelier début de mandat (UNCCAS), 7 juillet 2020',
    );
  });
  it('says when the source gives no date', () => {
    expect(eventLabel('Webinaire partenaire')).toBe('Webinaire partenaire (date non précisée par la source)');
  });
});

describe('plural and joinFrench', () => {
  it('uses the singular for 0 and 1', () => {
    expect(plural(0, 'fiche')).toBe('0\u00A0fiche');
    expect(plural(1, 'fiche')).toBe('1\u00A0fiche');
    expect(plural(2, 'exemple local', 'exemples locaux')).toBe('2\u00A0exemples locaux');
  });
  it('joins with commas and « et »', () => {
    expect(joinFrench([])).toBe('');
    expect(joinFrench(['Lafrançaise'])).toBe('Lafrançaise');
    expect(joinFrench(['Albi', 'Graulhet', 'Castres'])).toBe('Albi, Graulhet et Castres');
  });
});

describe('lowerFirst', () => {
  it('keeps acronyms', () => {
    expect(lowerFirst('Figures de CCAS')).toBe('figures de CCAS');
  });
});

describe('counts in words', () => {
  it('writes small counts in words, with the gender of the noun, and larger ones in digits', async () => {
    const { countWord, CountWord } = await import('../../../src/lib/format');
    expect(countWord(5)).toBe('cinq');
    expect(countWord(1, 'f')).toBe('une');
    expect(CountWord(7, 'f')).toBe('Sept');
    expect(countWord(18)).toBe('18');
    expect(countWord(1234)).toBe('1\u202F234');
  });
});
