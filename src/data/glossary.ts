import { getCollection, type CollectionEntry } from 'astro:content';
import type { GlossaryTerm } from '../lib/acronyms';

export type GlossaryEntry = CollectionEntry<'glossaire'>;

/** The glossary, in French alphabetical order of the acronyms. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossaire')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'fr'));
}

let terms: Promise<GlossaryTerm[]> | undefined;

/** What the abbreviations and the search need of each entry (one list per build, shared by every page). */
export function getGlossaryTerms(): Promise<GlossaryTerm[]> {
  terms ??= getGlossary().then((entries) =>
    entries.map((e) => ({ id: e.id, term: e.data.term, variants: e.data.variants, expansion: e.data.expansion })),
  );
  return terms;
}
