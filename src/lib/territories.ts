/** Territory logic: names, parents, ordering, URLs. */

import type { Entry } from '../schemas/registry';
import type { Territory } from '../schemas/reference-data';

/** A territory with its id (as Astro gives it). */
export type TerritoryEntry = Entry<Territory>;

/**
 * Where a territory's page is: a département has its own page; a métropole is shown within its
 * département's page (at an anchor); the region and the national scope have none.
 */
export function territoryUrl(territory: TerritoryEntry): string | undefined {
  if (territory.data.kind === 'departement') return `/departements/${territory.id}/`;
  if (territory.data.kind === 'metropole' && territory.data.parent) {
    return `/departements/${territory.data.parent.id}/#${territory.id}`;
  }
  return undefined;
}

/** The département a territory belongs to: itself, its parent for a métropole, none otherwise. */
export function departementOf(territory: TerritoryEntry): string | undefined {
  if (territory.data.kind === 'departement') return territory.id;
  if (territory.data.kind === 'metropole') return territory.data.parent?.id;
  return undefined;
}

/** The métropoles of a département, in territory order. */
export function metropolesOf(departementId: string, all: Iterable<TerritoryEntry>): TerritoryEntry[] {
  return [...all].filter((t) => t.data.kind === 'metropole' && t.data.parent?.id === departementId).sort(byTerritoryOrder);
}

/** Label with INSEE code for a département: « Aude (11) »; the plain name otherwise. */
export function territoryLabel(territory: TerritoryEntry): string {
  return territory.data.kind === 'departement' && territory.data.code
    ? `${territory.data.name} (${territory.data.code})`
    : territory.data.name;
}

/** Sort comparator: INSEE order for départements, then métropoles, region, national. */
export function byTerritoryOrder(a: TerritoryEntry, b: TerritoryEntry): number {
  return a.data.order - b.data.order;
}

/**
 * A short place line for a card: communes then territory names, « Capendu — Aude (11) ».
 */
export function placeLabel(
  communes: readonly string[],
  refs: readonly { id: string }[],
  all: ReadonlyMap<string, TerritoryEntry>,
): string {
  const names = refs.map((r) => {
    const t = all.get(r.id);
    if (!t) throw new Error(`Territoire inconnu : ${r.id}`);
    return territoryLabel(t);
  });
  return [communes.join(', '), names.join(', ')].filter(Boolean).join(' — ');
}

/** « dans le Gers », « dans l’Hérault », « en Lozère »; « dans <nom> » when the reference data has no form. */
export function inTerritory(territory: TerritoryEntry): string {
  return territory.data.dans ?? `dans ${territory.data.name}`;
}

/** « du Gers », « de l’Hérault »; « de <nom> » when the reference data has no form. */
export function ofTerritory(territory: TerritoryEntry): string {
  return territory.data.de ?? `de ${territory.data.name}`;
}
