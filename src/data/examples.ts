import { getCollection, getEntry } from 'astro:content';
import { getLookups } from './lookups';
import { axisLabel } from '../lib/axes';
import { byMesureOrder } from '../lib/order';
import { getSortContext } from './sheets';
import { sheetUrl } from '../lib/sheet-kinds';
import { fundingFacet, sheetFacets } from '../lib/search-facets';
import { territoryTags } from '../lib/tags';
import type { ExampleRecord } from '../lib/example-records';
import { glossarySearchText } from '../lib/acronyms';
import { getGlossaryTerms } from './glossary';

let cached: Promise<ExampleRecord[]> | undefined;

/** Every local example of every measure, with its URL and search filters (computed once per build). */
export function getExampleRecords(): Promise<ExampleRecord[]> {
  cached ??= loadExampleRecords();
  return cached;
}

async function loadExampleRecords(): Promise<ExampleRecord[]> {
  const lookups = await getLookups();
  const terms = await getGlossaryTerms();
  const mesures = await getCollection('mesures');
  const records: ExampleRecord[] = [];
  for (const m of mesures.sort(byMesureOrder((await getSortContext()).axisNumbers))) {
    const axis = await getEntry(m.data.axis);
    const source = lookups.sources.get(m.data.source.document.id);
    for (const x of m.data.examples) {
      const themes = (x.themes ?? m.data.themes).map((t) => t.id);
      records.push({
        id: x.id,
        url: sheetUrl('exemple', m.id, x.id),
        title: x.title,
        placeLabel: x.placeLabel,
        summary: x.summary,
        mesure: { id: m.id, title: m.data.title, url: sheetUrl('mesure', m.id) },
        facets: sheetFacets({ kind: 'exemple', territories: x.territories.map((t) => t.id), themes }, lookups, {
          axis: axisLabel(axis.data),
          source: source?.data.shortTitle ?? '',
          funders: fundingFacet(x.funding),
        }),
        place: territoryTags(x.territories, lookups.territories)
          .map((t) => t.label)
          .join(', '),
        glossary: glossarySearchText(`${x.title}\n${x.placeLabel}\n${x.summary}`, terms),
      });
    }
  }
  return records;
}
