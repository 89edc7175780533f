import { describe, expect, it } from 'vitest';
import {
  comparableValue,
  fundingFacets,
  fundingRows,
  funderNames,
  matchesFunding,
  NO_FUNDER,
  sortFunding,
  type FundingSource,
} from '../../../src/lib/funding-table';

const aude = { id: 'aude', label: 'Aude' };
const lot = { id: 'lot', label: 'Lot' };
const alim = { id: 'alimentation', label: 'Alimentation' };
const emploi = { id: 'emploi', label: 'Emploi' };

const sources: FundingSource[] = [
  {
    kindLabel: 'Atelier',
    title: 'Cantines',
    href: '/ateliers/cantines/',
    themes: [alim],
    territories: [aude],
    sourceYear: 2021,
    sourceTitle: 'Guide 2021',
    amounts: [{ value: 3, unit: '€ par repas servi', label: 'repas', funder: 'État (Agence de services et de paiement)' }],
  },
  {
    kindLabel: 'Exemple local',
    title: 'Mobilité dans le Lot',
    parentTitle: 'Lever les freins',
    href: '/mesures/freins/#lot',
    themes: [emploi],
    territories: [lot],
    sourceYear: 2021,
    sourceTitle: 'Bilan 2021',
    amounts: [
      { value: 1.2, unit: 'M€', label: 'plateformes', funder: 'Département, État, CAF', year: 2020 },
      { value: 42000, unit: '€', label: 'chèques' },
    ],
  },
];

describe('fundingRows', () => {
  const rows = fundingRows(sources);
  it('lists every typed amount once, in content order', () => {
    expect(rows).toHaveLength(sources.reduce((n, s) => n + s.amounts.length, 0));
    expect(rows.map((r) => r.label)).toEqual(['repas', 'plateformes', 'chèques']);
  });
  it('takes the year the source covers when the amount gives none, and says so', () => {
    expect(rows[0]).toMatchObject({ year: 2021, ownYear: false });
    expect(rows[1]).toMatchObject({ year: 2020, ownYear: true });
  });
  it('says when the source names no funder', () => {
    expect(rows[2]?.funder).toBe(NO_FUNDER);
  });
});

describe('funderNames', () => {
  it('drops the parenthesis and splits a list', () => {
    expect(funderNames('État (Plan de Relance)')).toEqual(['État']);
    expect(funderNames('Département, État, CAF, CPAM')).toEqual(['Département', 'État', 'CAF', 'CPAM']);
    expect(funderNames('les deux Crous de la région académique')).toEqual(['Les deux Crous de la région académique']);
    expect(funderNames(undefined)).toEqual([NO_FUNDER]);
  });
});

describe('facets and filters', () => {
  const rows = fundingRows(sources);
  const facets = fundingFacets(rows);
  it('counts each funder, theme and territory', () => {
    expect(facets.funders.find((f) => f.label === 'État')?.count).toBe(2);
    expect(facets.territories.map((t) => t.id)).toEqual(['aude', 'lot']);
  });
  it('narrows by funder, theme and territory together', () => {
    expect(rows.filter((r) => matchesFunding(r, { funder: 'etat' }))).toHaveLength(2);
    expect(rows.filter((r) => matchesFunding(r, { funder: 'etat', territory: 'lot' }))).toHaveLength(1);
    expect(rows.filter((r) => matchesFunding(r, { theme: 'alimentation', territory: 'lot' }))).toHaveLength(0);
    expect(rows.filter((r) => matchesFunding(r, {}))).toHaveLength(rows.length);
  });
});

describe('sortFunding', () => {
  const rows = fundingRows(sources);
  it('sorts amounts in euros (M€ scaled), ties in content order', () => {
    expect(comparableValue({ value: 1.2, unit: 'M€' })).toBe(1_200_000);
    expect(sortFunding(rows, 'amount', true).map((r) => r.label)).toEqual(['plateformes', 'chèques', 'repas']);
    expect(sortFunding(rows, 'sheet').map((r) => r.title)).toEqual(['Cantines', 'Mobilité dans le Lot', 'Mobilité dans le Lot']);
  });
});

describe('fundingFacet', () => {
  it('lists each named funder once, for the search filter', async () => {
    const { fundingFacet } = await import('../../../src/lib/search-facets');
    expect(fundingFacet([{ funder: 'État (Plan de Relance)' }, { funder: 'Département, État, CAF' }, {}])).toEqual([
      'État',
      'Département',
      'CAF',
    ]);
  });
});
