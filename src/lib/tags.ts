import { territoryLabel, territoryUrl, byTerritoryOrder, type TerritoryEntry } from './territories';

/** A tag shown on a sheet: a label and, when it has a page, a link. */
export interface Tag {
  label: string;
  href?: string | undefined;
}

/** Tags for territory references, in territory order, each linked to its département page. */
export function territoryTags(refs: readonly { id: string }[], all: ReadonlyMap<string, TerritoryEntry>): Tag[] {
  return refs
    .map((r) => {
      const t = all.get(r.id);
      if (!t) throw new Error(`Territoire inconnu : ${r.id}`);
      return t;
    })
    .sort(byTerritoryOrder)
    .map((t) => ({ label: territoryLabel(t), href: territoryUrl(t) }));
}

/** Tags for theme references, each linked to its theme page. */
export function themeTags(refs: readonly { id: string }[], all: ReadonlyMap<string, { data: { name: string } }>): Tag[] {
  return refs.map((r) => {
    const theme = all.get(r.id);
    if (!theme) throw new Error(`Thème inconnu : ${r.id}`);
    return { label: theme.data.name, href: `/themes/${r.id}/` };
  });
}

/** The tags' labels on one line, « Gers (32), Lot (46) », as a dossier prints a sheet's places or themes. */
export function tagLine(tags: readonly Tag[]): string {
  return tags.map((t) => t.label).join(', ');
}
