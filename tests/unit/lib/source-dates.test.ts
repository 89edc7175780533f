import { describe, expect, it } from 'vitest';
import { contentPeriod, informationDate, sourceDateLabel } from '../../../src/lib/source-dates';

describe('informationDate', () => {
  it('gives the month and year of a dated document', () => {
    expect(informationDate({ date: '2021-07-07' })).toBe('juillet 2021');
    expect(informationDate({ date: '2024-07' })).toBe('juillet 2024');
  });
  it('gives the year when only the year is known', () => {
    expect(informationDate({ date: '2022', covers: '2021' })).toBe('2022');
  });
  it('falls back on the information label, then the date label', () => {
    expect(informationDate({ informationLabel: '2019–2020', dateLabel: 'non daté' })).toBe('2019–2020');
    expect(informationDate({ dateLabel: 'non daté' })).toBe('non daté');
  });
});

describe('sourceDateLabel', () => {
  it('adds the period covered when it differs from the date', () => {
    expect(sourceDateLabel({ date: '2022', covers: '2021' })).toBe('2022 (couvre 2021)');
    expect(sourceDateLabel({ date: '2021-07-07' })).toBe('7 juillet 2021');
  });
});

describe('contentPeriod', () => {
  it('spans the earliest and latest dated documents, by month', () => {
    expect(
      contentPeriod([
        { date: '2022' },
        { date: '2021-07-07' },
        { date: '2024-07' },
        { date: '2020-07-07' },
        { dateLabel: 'non daté' },
      ]),
    ).toEqual({ from: 'juillet 2020', to: 'juillet 2024' });
  });
  it('is null without any dated document', () => {
    expect(contentPeriod([{ dateLabel: 'non daté' }])).toBeNull();
  });
});
