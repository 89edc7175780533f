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
  /** By local territory and theme (« aude|logement »): the sheets sharing both score highest. */
  byPlaceTheme: Map<string, number[]>;
  /** Page of each sheet: its URL without the anchor (a local example lives on its measure's page). */
  pages: string[];
}

/** Indexes sheets by theme and territory (compute once per build, reuse for every page). */
export function indexSheets(all: readonly SheetSummary[]): SheetIndex {
  const byTheme = new Map<string, number[]>();
  const byTerritory = new Map<string, number[]>();
  const byPlaceTheme = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  all.forEach((s, i) => {
    const themes = new Set(s.themes);
    for (const t of themes) push(byTheme, t, i);
    for (const t of new Set(s.territories)) {
      push(byTerritory, t, i);
      if (!BROAD.has(t)) for (const theme of themes) push(byPlaceTheme, `${t}|${theme}`, i);
    }
  });
  return { byTheme, byTerritory, byPlaceTheme, pages: all.map((s) => s.url.split('#')[0]!) };
}

/**
 * The sheets related to a sheet: same theme and/or territory, best first, then in site order.
 * Excludes the sheet itself and, for a measure, its own local examples (they are on its page).
 * Sheets sharing a local territory and a theme are scored first: when `limit` of them beat anything
 * another sheet could score, they are the answer. Otherwise sheets sharing a local territory, then
 * those sharing only a theme when they could still enter the list: the same result as scoring every
 * sheet, without scanning the whole site for each page (the build computes this for every sheet).
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
    scored.set(i, other.key === sheet.key || index.pages[i] === ownPage ? 0 : relatedScore(sheet, other));
  };
  const best = () =>
    [...scored.entries()]
      .filter(([, score]) => score > 0)
      .sort(([ia, a], [ib, b]) => b - a || ia - ib)
      .slice(0, limit);
  const local = sheet.territories.filter((t) => !BROAD.has(t));
  for (const t of local)
    for (const theme of sheet.themes) for (const i of index.byPlaceTheme.get(`${t}|${theme}`) ?? []) consider(i);
  // Outside that set a sheet scores at most 3 + 1 (place and kind) or 2 per shared theme + 1.
  const outsideMax = Math.max(4, 2 * sheet.themes.length + 1);
  const first = best();
  if (first.length === limit && first[limit - 1]![1] > outsideMax) return first.map(([i]) => all[i]!);
  for (const t of local) for (const i of index.byTerritory.get(t) ?? []) consider(i);
  // A sheet sharing no local territory scores at most 2 per shared theme + 1 for another kind.
  const themeOnlyMax = 2 * sheet.themes.length + 1;
  let surelyAhead = 0;
  for (const score of scored.values()) if (score > themeOnlyMax) surelyAhead++;
  if (surelyAhead < limit) for (const t of sheet.themes) for (const i of index.byTheme.get(t) ?? []) consider(i);
  return best().map(([i]) => all[i]!);
}
