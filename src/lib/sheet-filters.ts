import type { SheetSummary } from './sheet-index';
import { SHEET_KIND_IDS, type SheetKind } from './sheet-kinds';
import { groupInOrder } from './group';
import type { TerritoryEntry } from './territories';

/** Sheets that carry a theme. */
export function sheetsWithTheme(sheets: readonly SheetSummary[], themeId: string): SheetSummary[] {
  return sheets.filter((s) => s.themes.includes(themeId));
}

/**
 * Sheets attached to a département: those tagged with it or with one of its métropoles.
 * @param departementId id of the département.
 * @param territories every territory by id (to find the métropoles of the département).
 */
export function sheetsInDepartement(
  sheets: readonly SheetSummary[],
  departementId: string,
  territories: ReadonlyMap<string, TerritoryEntry>,
): SheetSummary[] {
  const ids = new Set([departementId]);
  for (const t of territories.values()) {
    if (t.data.kind === 'metropole' && t.data.parent?.id === departementId) ids.add(t.id);
  }
  return sheets.filter((s) => s.territories.some((id) => ids.has(id)));
}

/** Groups sheets by kind, in the site's kind order. */
export function groupByKind(sheets: readonly SheetSummary[]): { key: SheetKind; items: SheetSummary[] }[] {
  return groupInOrder(sheets, (s) => s.kind, SHEET_KIND_IDS);
}

/** Counts sheets by kind (every kind present, zero included). */
export function countByKind(sheets: readonly SheetSummary[]): Record<SheetKind, number> {
  const counts = Object.fromEntries(SHEET_KIND_IDS.map((k) => [k, 0])) as Record<SheetKind, number>;
  for (const s of sheets) counts[s.kind] += 1;
  return counts;
}

/**
 * Splits the sheets of a département page: those tagged with the département itself, and those of
 * each of its métropoles (a sheet tagged with both appears in both lists).
 */
export function splitByMetropole(
  sheets: readonly SheetSummary[],
  departementId: string,
  territories: ReadonlyMap<string, TerritoryEntry>,
): { own: SheetSummary[]; metropoles: { territory: TerritoryEntry; sheets: SheetSummary[] }[] } {
  const metropoles = [...territories.values()]
    .filter((t) => t.data.kind === 'metropole' && t.data.parent?.id === departementId)
    .sort((a, b) => a.data.order - b.data.order)
    .map((territory) => ({ territory, sheets: sheets.filter((s) => s.territories.includes(territory.id)) }));
  return { own: sheets.filter((s) => s.territories.includes(departementId)), metropoles };
}
