import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Territory = CollectionEntry<'territoires'>;
export type Theme = CollectionEntry<'themes'>;
export type Source = CollectionEntry<'sources'>;

/** Maps of the reference collections by id, for resolving references in pages. */
export interface Lookups {
  territories: Map<string, Territory>;
  themes: Map<string, Theme>;
  sources: Map<string, Source>;
}

/**
 * The reference collections as maps, built once per build (collections do not change during a build, as
 * in getAllSheets): every sheet page asks for them, and the rules keyed on them (src/lib/selection.ts) then
 * recognise the same maps.
 */
export function getLookups(): Promise<Lookups> {
  cached ??= loadLookups();
  return cached;
}
let cached: Promise<Lookups> | undefined;

async function loadLookups(): Promise<Lookups> {
  const [territories, themes, sources] = await Promise.all([
    getCollection('territoires'),
    getCollection('themes'),
    getCollection('sources'),
  ]);
  return {
    territories: new Map(territories.map((t) => [t.id, t])),
    themes: new Map(themes.map((t) => [t.id, t])),
    sources: new Map(sources.map((s) => [s.id, s])),
  };
}

/** The 13 départements, in INSEE order. */
export async function getDepartements(): Promise<Territory[]> {
  return (await getCollection('territoires'))
    .filter((t) => t.data.kind === 'departement')
    .sort((a, b) => a.data.order - b.data.order);
}

/** A context page of `content/contexte/`; a missing file fails the build with its path. */
export async function getContextPage(id: string): Promise<CollectionEntry<'contexte'>> {
  const page = await getEntry('contexte', id);
  if (!page) throw new Error(`content/contexte/${id}.yaml est introuvable`);
  return page;
}
