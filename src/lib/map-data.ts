import type { SheetSummary } from './sheet-kinds';
import { SHEET_KIND_IDS, type SheetKind } from '../schemas/kind-ids';
import { countByKind } from './sheet-filters';
import { sheetsOfDepartement } from './selection';
import { lowerFirst } from './format';
import { territoryLabel, byTerritoryOrder, type TerritoryEntry } from './territories';

/** What the map and its table show for one territory. */
export interface MapArea {
  id: string;
  /** « Aude (11) ». */
  label: string;
  /** Page of the territory (the département page, or its anchor for a métropole). */
  href: string;
  /** Short name written on the map (« Aude »). */
  name: string;
  /** Number of sheets per kind. */
  counts: Record<SheetKind, number>;
  /** Number of sheets per kind for each theme id that has any (the map's theme filter). */
  byTheme: Record<string, Record<SheetKind, number>>;
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
      name: t.data.name,
      href: `/departements/${t.id}/`,
      ...countsOf(sheetsOfDepartement(sheets, t.id, territories).local),
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
        name: t.data.name,
        href: `/departements/${parent}/#${t.id}`,
        ...countsOf(sheets.filter((s) => s.territories.includes(t.id))),
        position,
        parent,
      };
    });
  const regional = sheets.filter((s) => s.territories.some((id) => territories.get(id)?.data.kind === 'region'));
  return { departements, metropoles, regional };
}

/** Counts per kind, overall and per theme. */
export function countsOf(sheets: readonly SheetSummary[]): Pick<MapArea, 'counts' | 'byTheme'> {
  const themes = new Set(sheets.flatMap((s) => s.themes));
  const byTheme: Record<string, Record<SheetKind, number>> = {};
  for (const theme of [...themes].sort()) byTheme[theme] = countByKind(sheets.filter((s) => s.themes.includes(theme)));
  return { counts: countByKind(sheets), byTheme };
}

/** The counts of an area for a theme (all themes when none), zero for a theme it does not have. */
export function areaCounts(area: Pick<MapArea, 'counts' | 'byTheme'>, theme: string | undefined): Record<SheetKind, number> {
  if (!theme) return area.counts;
  return area.byTheme[theme] ?? (Object.fromEntries(SHEET_KIND_IDS.map((k) => [k, 0])) as Record<SheetKind, number>);
}

/**
 * « Aude (11) : 1 atelier, 2 exemples locaux » — the text of a map tooltip, with the right plurals.
 * @param names singular and plural labels of each kind.
 */
export function describeArea(
  label: string,
  counts: Record<SheetKind, number>,
  kinds: readonly SheetKind[],
  names: Record<SheetKind, { label: string; plural: string }>,
): string {
  const nf = new Intl.NumberFormat('fr-FR');
  const total = totalFor(counts, kinds);
  const parts = kinds
    .filter((k) => counts[k] > 0)
    .map((k) => `${nf.format(counts[k])}\u00A0${lowerFirst(counts[k] > 1 ? names[k].plural : names[k].label)}`);
  return `${label}\u00A0: ${nf.format(total)}\u00A0fiche${total > 1 ? 's' : ''}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** Sum of the counts of the chosen kinds. */
export function totalFor(counts: Record<SheetKind, number>, kinds: readonly SheetKind[]): number {
  return kinds.reduce((n, k) => n + counts[k], 0);
}

/** The kinds that a map of places can count (figures and visions have no territory in Occitanie). */
export const MAP_KINDS: readonly SheetKind[] = SHEET_KIND_IDS.filter((k) => k !== 'figure' && k !== 'vision');
