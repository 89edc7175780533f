import type { SheetSummary } from './sheet-index';

/** Territories that say nothing about proximity: every sheet of the region or the nation shares them. */
const BROAD = new Set(['region-occitanie', 'national']);

/**
 * Scores how close another sheet is: 2 points per shared theme, 3 points for a shared (local)
 * territory, 1 point for another kind (to mix kinds).
 */
export function relatedScore(a: SheetSummary, b: SheetSummary): number {
  const themes = b.themes.filter((t) => a.themes.includes(t)).length;
  const place = b.territories.some((t) => !BROAD.has(t) && a.territories.includes(t)) ? 3 : 0;
  if (themes === 0 && place === 0) return 0;
  return themes * 2 + place + (a.kind !== b.kind ? 1 : 0);
}

/**
 * The sheets related to a sheet: same theme and/or territory, best first, then in site order.
 * Excludes the sheet itself and, for a measure, its own local examples (they are on its page).
 * @param limit how many to return.
 */
export function relatedSheets(sheet: SheetSummary, all: readonly SheetSummary[], limit = 6): SheetSummary[] {
  const ownPage = sheet.url.split('#')[0];
  return all
    .map((other, index) => ({
      other,
      index,
      score: other.key === sheet.key || other.url.split('#')[0] === ownPage ? 0 : relatedScore(sheet, other),
    }))
    .filter((x) => x.score > 0)
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .slice(0, limit)
    .map((x) => x.other);
}
