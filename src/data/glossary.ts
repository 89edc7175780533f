import { getCollection, type CollectionEntry } from 'astro:content';
import type { GlossaryTerm } from '../lib/acronyms';

export type GlossaryEntry = CollectionEntry<'glossaire'>;

/** The glossary, in French alphabetical order of the acronyms. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossaire')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'fr'));
}

/** What the abbreviations and the search need of each entry. */
export async function getGlossaryTerms(): Promise<GlossaryTerm[]> {
  return (await getGlossary()).map((e) => ({
    id: e.id,
    term: e.data.term,
    variants: e.data.variants,
    expansion: e.data.expansion,
  }));
}
