import type { SheetSummary } from './sheet-kinds';
import { SHEET_KIND_IDS, type SheetKind } from './sheet-kinds';
import { countByKind } from './sheet-filters';
import { sheetsOfDepartement } from './selection';
import { territoryLabel, byTerritoryOrder, type TerritoryEntry } from './territories';

/** What the map and its table show for one territory. */
export interface MapArea {
  id: string;
  /** « Aude (11) ». */
  label: string;
  /** Page of the territory (the département page, or its anchor for a métropole). */
  href: string;
  /** Number of sheets per kind. */
  counts: Record<SheetKind, number>;
}

/** A métropole drawn as a marker at its seat. */
export interface MapMarker extends MapArea {
  position: [number, number];
  /** The département it belongs to. */
  parent: string;
}

/** All the data the map page needs, computed at build time. */
export interface MapData {
  departements: MapArea[];
  metropoles: MapMarker[];
  /** Sheets of regional scope (listed beside the map). */
  regional: SheetSummary[];
}

/**
 * Computes the counts of the map: each département counts its own sheets and those of its
 * métropoles; each métropole counts its own; regional sheets are listed apart.
 */
export function buildMapData(sheets: readonly SheetSummary[], territories: ReadonlyMap<string, TerritoryEntry>): MapData {
  const all = [...territories.values()].sort(byTerritoryOrder);
  const departements = all
    .filter((t) => t.data.kind === 'departement')
    .map((t) => ({
      id: t.id,
      label: territoryLabel(t),
      href: `/departements/${t.id}/`,
      counts: countByKind(sheetsOfDepartement(sheets, t.id, territories).local),
    }));
  const metropoles = all
    .filter((t) => t.data.kind === 'metropole')
    .map((t) => {
      const position = (t.data as { seatPosition?: [number, number] }).seatPosition;
      const parent = t.data.parent?.id;
      if (!position || !parent) throw new Error(`Métropole ${t.id} sans position ou sans département`);
      return {
        id: t.id,
        label: t.data.name,
        href: `/departements/${parent}/#${t.id}`,
        counts: countByKind(sheets.filter((s) => s.territories.includes(t.id))),
        position,
        parent,
      };
    });
  const regional = sheets.filter((s) => s.territories.some((id) => territories.get(id)?.data.kind === 'region'));
  return { departements, metropoles, regional };
}

/** Sum of the counts of the chosen kinds. */
export function totalFor(counts: Record<SheetKind, number>, kinds: readonly SheetKind[]): number {
  return kinds.reduce((n, k) => n + counts[k], 0);
}

/** The kinds that a map of places can count (figures and visions have no territory in Occitanie). */
export const MAP_KINDS: readonly SheetKind[] = SHEET_KIND_IDS.filter((k) => k !== 'figure' && k !== 'vision');
