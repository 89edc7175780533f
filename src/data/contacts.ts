import { getCollection } from 'astro:content';
import { getLookups, type Lookups } from './lookups';
import type { DirectoryEntry } from '../lib/contact-directory';
import { sheetUrl } from '../lib/sheet-kinds';
import { informationDate } from '../lib/source-dates';
import { byTerritoryOrder, territoryLabel } from '../lib/territories';

/** Where each context page is published, and the territory its contacts belong to. */
const CONTEXT_PAGES: Record<string, { href: string; territory: string }> = {
  'les-ccas': { href: '/ccas/', territory: 'national' },
  'pactes-cadre': { href: '/pactes/', territory: 'region-occitanie' },
  'strategie-occitanie': { href: '/strategie/', territory: 'region-occitanie' },
};

function tags(refs: readonly { id: string }[], lookups: Lookups) {
  return refs
    .map((r) => lookups.territories.get(r.id))
    .filter((t) => t !== undefined)
    .sort(byTerritoryOrder)
    .map((t) => ({ id: t.id, label: territoryLabel(t) }));
}

function sourceOf(id: string, lookups: Lookups) {
  const s = lookups.sources.get(id);
  return { sourceTitle: s?.data.shortTitle ?? id, sourceDate: s ? informationDate(s.data) : '' };
}

/** Every contact the sources give, as published on the sheets and context pages, in site order. */
export async function getDirectory(): Promise<DirectoryEntry[]> {
  const lookups = await getLookups();
  const out: DirectoryEntry[] = [];
  const ateliers = (await getCollection('ateliers')).sort((a, b) => a.data.order - b.data.order);
  for (const a of ateliers)
    for (const contact of a.data.contacts)
      out.push({
        contact,
        territories: tags(a.data.territories, lookups),
        pageTitle: a.data.title,
        href: sheetUrl('atelier', a.id),
        ...sourceOf(a.data.source.document.id, lookups),
      });
  for (const m of await getCollection('mesures'))
    for (const contact of m.data.contacts)
      out.push({
        contact,
        territories: tags(m.data.territories, lookups),
        pageTitle: m.data.title,
        href: sheetUrl('mesure', m.id),
        ...sourceOf(m.data.source.document.id, lookups),
      });
  for (const page of await getCollection('contexte')) {
    const where = CONTEXT_PAGES[page.id];
    if (!where) throw new Error(`Page de contexte sans adresse connue : ${page.id} (src/data/contacts.ts)`);
    for (const s of page.data.sections)
      for (const contact of s.contacts)
        out.push({
          contact,
          territories: tags([{ id: where.territory }], lookups),
          pageTitle: `${page.data.title} — ${s.title}`,
          href: `${where.href}#${s.id}`,
          ...sourceOf(s.source.document.id, lookups),
        });
  }
  return out;
}

/** Territory ids in site order (départements, métropoles, région, national), to order the groups. */
export async function getTerritoryOrder(): Promise<string[]> {
  const lookups = await getLookups();
  return [...lookups.territories.values()].sort(byTerritoryOrder).map((t) => t.id);
}
