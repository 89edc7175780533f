import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../helpers/random';
import {
  communeInQuery,
  communeView,
  epciShortName,
  findCommunes,
  foldName,
  foldSheet,
  foldCommune,
  sheetNamesCommune,
  sheetsNamingCommunes,
  type CommuneIndex,
  type CommuneRow,
} from '../../../src/lib/communes';

const rows: CommuneRow[] = [
  ['31555', 'Toulouse', '31000 31100 31200 31300 31400 31500', '31', 0],
  ['09261', 'Saint-Girons', '09200', '09', 1],
  ['32256', 'Mirande', '32300', '32', -1],
  ['12300', 'Villefranche-de-Rouergue', '12200', '12', -1],
  ['46128', 'Gignac', '46600', '46', -1],
  ['34114', 'Gignac', '34150', '34', -1],
  ['32254', 'Miramont-d’Astarac', '32300', '32', -1],
];

describe('foldName', () => {
  it('ignores accents, case, hyphens, apostrophes and spells St as Saint', () => {
    expect(foldName('Saint-Girons')).toBe('saint girons');
    expect(foldName('st girons')).toBe('saint girons');
    expect(foldName('VILLEFRANCHE DE ROUERGUE')).toBe(foldName('Villefranche-de-Rouergue'));
    expect(foldName('Miramont-d’Astarac')).toBe('miramont d astarac');
    expect(foldName('Lézignan-Corbières')).toBe('lezignan corbieres');
  });
});

describe('findCommunes', () => {
  it('finds a commune by its name without accents or hyphens, exact match first', () => {
    expect(findCommunes(rows, 'villefranche de rouergue').map((m) => m.row[0])).toEqual(['12300']);
    expect(findCommunes(rows, 'Mira').map((m) => m.row[1])).toEqual(['Mirande', 'Miramont-d’Astarac']);
    expect(findCommunes(rows, 'mirande')[0]).toEqual({ row: rows[2], rank: 0 });
  });
  it('finds communes by postcode, or by its first digits', () => {
    expect(findCommunes(rows, '32300').map((m) => m.row[1])).toEqual(['Mirande', 'Miramont-d’Astarac']);
    expect(findCommunes(rows, '31300').map((m) => m.row[1])).toEqual(['Toulouse']);
    expect(findCommunes(rows, '312').map((m) => m.rank)).toEqual([1]);
  });
  it('finds nothing for fewer than three characters or an unknown name', () => {
    expect(findCommunes(rows, 'mi')).toEqual([]);
    expect(findCommunes(rows, 'Paris')).toEqual([]);
  });
});

describe('communeInQuery', () => {
  it('recognises a commune at the start or end of a query, and every homonym', () => {
    expect(communeInQuery(rows, 'cantine Mirande').map((r) => r[0])).toEqual(['32256']);
    expect(communeInQuery(rows, 'Saint Girons mobilité').map((r) => r[0])).toEqual(['09261']);
    expect(communeInQuery(rows, 'gignac').map((r) => r[3])).toEqual(['46', '34']);
    expect(communeInQuery(rows, 'cantine')).toEqual([]);
  });
});

describe('sheetNamesCommune', () => {
  const sheet = (text: string, departements: string[], communes: string[] = []) => foldSheet({ text, departements, communes });
  it('matches the list of communes, or the capitalised name in the text, within the département only', () => {
    expect(sheetNamesCommune(sheet('Un atelier', ['46'], ['Gignac']), { name: 'Gignac', departement: '46' })).toBe(true);
    expect(sheetNamesCommune(sheet('Un atelier', ['46'], ['Gignac']), { name: 'Gignac', departement: '34' })).toBe(false);
    expect(sheetNamesCommune(sheet('Le CCAS de Mirande ouvre', ['32']), { name: 'Mirande', departement: '32' })).toBe(true);
  });
  it('does not take a common noun for a commune', () => {
    expect(sheetNamesCommune(sheet('Les Maisons des Solidarités', ['11']), { name: 'Maisons', departement: '11' })).toBe(false);
    expect(sheetNamesCommune(sheet('le SIVOM des Corbières', ['11']), { name: 'Corbières', departement: '11' })).toBe(false);
    expect(sheetNamesCommune(sheet('Ur est une commune', ['66']), { name: 'Ur', departement: '66' })).toBe(false);
  });
  it('matches the intercommunality by its name without legal form', () => {
    const s = sheet('la communauté de communes de la région Lézignanaise, Corbières et Minervois', ['11']);
    expect(epciShortName('CC Région Lézignanaise, Corbières et Minervois')).toBe('Région Lézignanaise, Corbières et Minervois');
    expect(epciShortName('CA du Grand Cahors')).toBe('Grand Cahors');
    expect(
      sheetNamesCommune(s, { name: 'Moux', departement: '11', epci: 'CC Région Lézignanaise, Corbières et Minervois' }),
    ).toBe(true);
  });
});

describe('sheetsNamingCommunes', () => {
  it('gives, for every commune, exactly the sheets sheetNamesCommune accepts, in order', () => {
    const names = ['Gignac', 'Mirande', 'Maisons', 'Ur', 'Saint-Girons', 'Les Cabannes', 'Foix', 'Cahors', 'Moux', 'Py'];
    const epcis = ['CC Région Lézignanaise, Corbières et Minervois', 'CA du Grand Cahors', 'CC Couserans-Pyrénées'];
    const departements = ['09', '11', '32', '34', '46', '66'];
    // A seeded mix of texts: names after an article or not, in lists, several départements, EPCI names.
    const rand = seededRandom(7);
    const words = ['le', 'la', 'les', 'Les', 'des', 'CCAS', 'de', 'atelier', 'Grand', 'Cahors', 'communauté', 'région', ...names];
    const sheets = Array.from({ length: 300 }, () =>
      foldSheet({
        text: [
          ...Array.from({ length: 4 + rand(12) }, () => words[rand(words.length)]!),
          rand(4) === 0 ? epciShortName(epcis[rand(epcis.length)]!) : '',
        ].join(rand(3) === 0 ? ', ' : ' '),
        departements: Array.from({ length: 1 + rand(2) }, () => departements[rand(departements.length)]!),
        communes: rand(3) === 0 ? [names[rand(names.length)]!] : [],
      }),
    );
    const communes = departements.flatMap((departement) =>
      names.map((name, k) => ({ name, departement, epci: k % 3 === 0 ? epcis[k % epcis.length] : undefined })),
    );
    const fast = sheetsNamingCommunes(sheets, communes.map(foldCommune));
    const slow = communes.map((c) => sheets.flatMap((s, i) => (sheetNamesCommune(s, c) ? [i] : [])));
    expect(fast).toEqual(slow);
    // The mix exercises every rule: some communes are named by many sheets, some by none.
    expect(slow.filter((hits) => hits.length > 0).length).toBeGreaterThan(10);
    expect(slow.filter((hits) => hits.length === 0).length).toBeGreaterThan(3);
  });
});

describe('communeView', () => {
  const index: CommuneIndex = {
    departements: { '32': { name: 'Gers', url: '/departements/gers/', dans: 'dans le Gers' } },
    epcis: ['CC Astarac Arros en Gascogne'],
    communes: [['32256', 'Mirande', '32300', '32', 0]],
    sheets: [
      { t: 'A', u: '/a/', k: 'Atelier', p: 'Gers' },
      { t: 'B', u: '/b/', k: 'Mesure', p: 'Région Occitanie' },
      { t: 'C', u: '/c/', k: 'Atelier', p: 'Gers' },
    ],
    byDepartement: { '32': [0, 2] },
    wide: [1],
    named: { '32256': [2] },
  };
  it('lists named sheets first, then the département’s, then the regional ones, each once', () => {
    const view = communeView(index, '32256')!;
    expect(view.named.map((s) => s.t)).toEqual(['C']);
    expect(view.local.map((s) => s.t)).toEqual(['A']);
    expect(view.wide.map((s) => s.t)).toEqual(['B']);
    expect(view.epci).toBe('CC Astarac Arros en Gascogne');
    expect(view.departement.dans).toBe('dans le Gers');
  });
  it('returns null for an unknown code', () => {
    expect(communeView(index, '99999')).toBeNull();
  });
});
