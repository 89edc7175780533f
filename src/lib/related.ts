import type { SheetSummary } from './sheet-kinds';

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

/** Positions of the sheets by theme and by territory, so that related sheets are found without a full scan. */
export interface SheetIndex {
  byTheme: Map<string, number[]>;
  byTerritory: Map<string, number[]>;
}

/** Indexes sheets by theme and territory (compute once per build, reuse for every page). */
export function indexSheets(all: readonly SheetSummary[]): SheetIndex {
  const byTheme = new Map<string, number[]>();
  const byTerritory = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  all.forEach((s, i) => {
    for (const t of new Set(s.themes)) push(byTheme, t, i);
    for (const t of new Set(s.territories)) push(byTerritory, t, i);
  });
  return { byTheme, byTerritory };
}

/**
 * The sheets related to a sheet: same theme and/or territory, best first, then in site order.
 * Excludes the sheet itself and, for a measure, its own local examples (they are on its page).
 * Sheets sharing a local territory are scored first; sheets sharing only a theme are scored only
 * when they could still enter the list, which keeps large sites fast with the same result.
 * @param limit how many to return.
 * @param index the index of `all` (pass it when calling for many sheets).
 */
export function relatedSheets(
  sheet: SheetSummary,
  all: readonly SheetSummary[],
  limit = 6,
  index = indexSheets(all),
): SheetSummary[] {
  const ownPage = sheet.url.split('#')[0];
  const scored = new Map<number, number>();
  const consider = (i: number) => {
    if (scored.has(i)) return;
    const other = all[i]!;
    scored.set(i, other.key === sheet.key || other.url.split('#')[0] === ownPage ? 0 : relatedScore(sheet, other));
  };
  for (const t of sheet.territories) if (!BROAD.has(t)) for (const i of index.byTerritory.get(t) ?? []) consider(i);
  // A sheet sharing no local territory scores at most 2 per shared theme + 1 for another kind.
  const themeOnlyMax = 2 * sheet.themes.length + 1;
  let surelyAhead = 0;
  for (const score of scored.values()) if (score > themeOnlyMax) surelyAhead++;
  if (surelyAhead < limit) for (const t of sheet.themes) for (const i of index.byTheme.get(t) ?? []) consider(i);
  return [...scored.entries()]
    .filter(([, score]) => score > 0)
    .sort(([ia, a], [ib, b]) => b - a || ia - ib)
    .slice(0, limit)
    .map(([i]) => all[i]!);
}
