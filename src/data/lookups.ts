import { getCollection, type CollectionEntry } from 'astro:content';

export type Territory = CollectionEntry<'territoires'>;
export type Theme = CollectionEntry<'themes'>;
export type Source = CollectionEntry<'sources'>;

/** Maps of the reference collections by id, for resolving references in pages. */
export interface Lookups {
  territories: Map<string, Territory>;
  themes: Map<string, Theme>;
  sources: Map<string, Source>;
}

/** Loads the reference collections as maps. */
export async function getLookups(): Promise<Lookups> {
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
