import type { SearchFacets } from './search-facets';

/** A local example as published in the open data and indexed as its own search record. */
export interface ExampleRecord {
  id: string;
  /** Page URL with the example's anchor. */
  url: string;
  title: string;
  /** Territory heading as in the source. */
  placeLabel: string;
  summary: string;
  /** The measure the example illustrates. */
  mesure: { id: string; title: string; url: string };
  /** Search filters (names, as shown to readers). */
  facets: SearchFacets;
  /** Territory line for search results. */
  place: string;
  /** Acronyms and their expansions, indexed but not shown (see glossarySearchText). */
  glossary?: string;
}

/**
 * The text a search record holds for an example: title, place, measure and summary, so that any of
 * them finds it.
 */
export function exampleRecordContent(
  record: Pick<ExampleRecord, 'title' | 'placeLabel' | 'summary' | 'mesure' | 'glossary'>,
): string {
  return [
    record.title,
    record.placeLabel,
    `Exemple local de la mesure « ${record.mesure.title} ».`,
    record.summary,
    record.glossary ?? '',
  ]
    .filter(Boolean)
    .join('\n');
}
