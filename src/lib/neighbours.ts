/**
 * Which départements of Occitanie share a land border, by territory id: the « nearest examples » of a
 * département × theme page with nothing local. Borders with départements outside the région (Cantal,
 * Lot-et-Garonne, Landes…) are left out: the Atlas only holds Occitanie.
 */
export const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  ariege: ['haute-garonne', 'aude', 'pyrenees-orientales'],
  aude: ['ariege', 'haute-garonne', 'tarn', 'herault', 'pyrenees-orientales'],
  aveyron: ['lot', 'tarn-et-garonne', 'tarn', 'herault', 'gard', 'lozere'],
  gard: ['lozere', 'aveyron', 'herault'],
  'haute-garonne': ['ariege', 'aude', 'tarn', 'tarn-et-garonne', 'gers', 'hautes-pyrenees'],
  gers: ['hautes-pyrenees', 'haute-garonne', 'tarn-et-garonne'],
  herault: ['aude', 'tarn', 'aveyron', 'gard'],
  lot: ['tarn-et-garonne', 'aveyron'],
  lozere: ['aveyron', 'gard'],
  'hautes-pyrenees': ['gers', 'haute-garonne'],
  'pyrenees-orientales': ['aude', 'ariege'],
  tarn: ['tarn-et-garonne', 'haute-garonne', 'aude', 'herault', 'aveyron'],
  'tarn-et-garonne': ['lot', 'aveyron', 'tarn', 'haute-garonne', 'gers'],
};

/** The neighbouring départements of a département, in the table's order. */
export function neighboursOf(departementId: string): readonly string[] {
  const found = NEIGHBOURS[departementId];
  if (!found) throw new Error(`Département sans voisins connus : ${departementId}`);
  return found;
}
