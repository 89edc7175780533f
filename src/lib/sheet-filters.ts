import type { SheetSummary } from './sheet-kinds';
import { SHEET_KIND_IDS, type SheetKind } from '../schemas/kind-ids';
import { groupInOrder } from './group';

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
