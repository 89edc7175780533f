/**
 * THE selection rule: which sheets belong to a département, and which to a theme. The département and
 * theme pages, their printable dossiers, the map counts and the search filters all go through it, so
 * that a dossier prints exactly the sheets its page lists (checked over dist/ by tests/build).
 */
import type { SheetSummary } from './sheet-kinds';
import { neighboursOf } from './neighbours';
import { byTerritoryOrder, departementOf, metropolesOf, type TerritoryEntry } from './territories';

/** Territory kinds whose sheets apply in every département. */
const REGION_WIDE = new Set(['region', 'national']);

/** The sheets of a département, in two groups. */
export interface TerritorySelection {
  /** Sheets tagged with the département or with one of its métropoles. */
  local: SheetSummary[];
  /**
   * Sheets that apply in every département (tagged with the région or the national scope) and are not
   * local: « Valable dans toute la région ».
   */
  regional: SheetSummary[];
}

function territoryOf(id: string, all: ReadonlyMap<string, TerritoryEntry>): TerritoryEntry {
  const t = all.get(id);
  if (!t) throw new Error(`Territoire inconnu : ${id}`);
  return t;
}

/** The départements a sheet is filed under: its own, and that of each of its métropoles. */
export function departementsOfSheet(
  sheet: Pick<SheetSummary, 'territories'>,
  all: ReadonlyMap<string, TerritoryEntry>,
): string[] {
  const ids = sheet.territories.map((id) => departementOf(territoryOf(id, all)));
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** Whether a sheet applies in every département (its territories include the région or the nation). */
export function isRegionWide(sheet: Pick<SheetSummary, 'territories'>, all: ReadonlyMap<string, TerritoryEntry>): boolean {
  return sheet.territories.some((id) => REGION_WIDE.has(territoryOf(id, all).data.kind));
}

/**
 * The sheets of a département, in the order given.
 * @param departementId id of the département.
 * @param all every territory by id.
 */
export function sheetsOfDepartement(
  sheets: readonly SheetSummary[],
  departementId: string,
  all: ReadonlyMap<string, TerritoryEntry>,
): TerritorySelection {
  // Asked for again and again by the pages of one build (each département × theme page, its dossier and its
  // neighbours' examples: 1 300 passes over every sheet on a 10 000-sheet edition), so kept per list of sheets;
  // each caller gets its own arrays.
  let byTerritories = selections.get(sheets);
  if (!byTerritories) {
    byTerritories = new WeakMap();
    selections.set(sheets, byTerritories);
  }
  let byId = byTerritories.get(all);
  if (!byId) {
    byId = new Map();
    byTerritories.set(all, byId);
  }
  let found = byId.get(departementId);
  if (!found) {
    found = selectDepartement(sheets, departementId, all);
    byId.set(departementId, found);
  }
  return { local: [...found.local], regional: [...found.regional] };
}

const selections = new WeakMap<
  readonly SheetSummary[],
  WeakMap<ReadonlyMap<string, TerritoryEntry>, Map<string, TerritorySelection>>
>();

function selectDepartement(
  sheets: readonly SheetSummary[],
  departementId: string,
  all: ReadonlyMap<string, TerritoryEntry>,
): TerritorySelection {
  const local: SheetSummary[] = [];
  const regional: SheetSummary[] = [];
  for (const s of sheets) {
    if (departementsOfSheet(s, all).includes(departementId)) local.push(s);
    else if (isRegionWide(s, all)) regional.push(s);
  }
  return { local, regional };
}

/** The local sheets of a département, split: the département's own, and each of its métropoles' (a sheet may be in both). */
export function splitByMetropole(
  local: readonly SheetSummary[],
  departementId: string,
  all: ReadonlyMap<string, TerritoryEntry>,
): { own: SheetSummary[]; metropoles: { territory: TerritoryEntry; sheets: SheetSummary[] }[] } {
  const metropoles = metropolesOf(departementId, all.values()).map((territory) => ({
    territory,
    sheets: local.filter((s) => s.territories.includes(territory.id)),
  }));
  return { own: local.filter((s) => s.territories.includes(departementId)), metropoles };
}

/** The sheets of a theme, in the order given. */
export function sheetsOfTheme(sheets: readonly SheetSummary[], themeId: string): SheetSummary[] {
  return sheets.filter((s) => s.themes.includes(themeId));
}

/** A selection narrowed to the sheets of one theme (both groups). */
export function withTheme(selection: TerritorySelection, themeId: string): TerritorySelection {
  return { local: sheetsOfTheme(selection.local, themeId), regional: sheetsOfTheme(selection.regional, themeId) };
}

/** The sheets of a département on a theme: its sheets (local and region-wide) that carry the theme. */
export function sheetsOfDepartementTheme(
  sheets: readonly SheetSummary[],
  departementId: string,
  themeId: string,
  all: ReadonlyMap<string, TerritoryEntry>,
): TerritorySelection {
  return withTheme(sheetsOfDepartement(sheets, departementId, all), themeId);
}

/** How many sheets of a département carry each theme, local and region-wide, in the order of the themes given. */
export function themeCounts(
  selection: TerritorySelection,
  themeIds: readonly string[],
): { theme: string; local: number; regional: number }[] {
  return themeIds.map((theme) => {
    const { local, regional } = withTheme(selection, theme);
    return { theme, local: local.length, regional: regional.length };
  });
}

/**
 * The nearest examples of a theme for a département: the local sheets on that theme of each
 * neighbouring département (src/lib/neighbours.ts) that has some, in the order of the neighbours.
 */
export function nearestExamples(
  sheets: readonly SheetSummary[],
  departementId: string,
  themeId: string,
  all: ReadonlyMap<string, TerritoryEntry>,
): { departement: string; sheets: SheetSummary[] }[] {
  return neighboursOf(departementId)
    .map((id) => ({ departement: id, sheets: sheetsOfDepartementTheme(sheets, id, themeId, all).local }))
    .filter((n) => n.sheets.length > 0);
}

/**
 * The territory names under which a sheet is filed for the search filters: each territory's name, plus
 * the départements this rule files it under (filtering by « Haute-Garonne » finds Toulouse Métropole's
 * sheets). In territory order, without duplicates.
 */
export function filterTerritoryNames(ids: readonly string[], all: ReadonlyMap<string, TerritoryEntry>): string[] {
  const found = new Set([...ids, ...departementsOfSheet({ territories: [...ids] }, all)]);
  return [...found]
    .map((id) => territoryOf(id, all))
    .sort(byTerritoryOrder)
    .map((t) => t.data.name);
}
