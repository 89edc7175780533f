import { getCollection } from 'astro:content';
import { getLookups } from './lookups';
import { getSheetEntries, getSortContext } from './sheets';
import type { Cell } from '../lib/csv';
import { listCell } from '../lib/csv';
import { DATASETS, datasetRecords, type Dataset, type DatasetId, type OpenDataContext } from '../lib/open-data';
import { byOrder } from '../lib/order';
import { PAGE_KIND_IDS, SHEET_KINDS, type Entry, type KindSpec, type SheetCollection, type SheetData } from '../schemas/registry';

/** Resolves the references the open-data columns print. */
async function openDataContext(): Promise<OpenDataContext> {
  const lookups = await getLookups();
  const { axisNumbers } = await getSortContext();
  const sousAxes = new Map((await getCollection('sousAxes')).map((s) => [s.id, s.data.code]));
  const get = <T>(map: ReadonlyMap<string, T>, id: string, what: string): T => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`${what} inconnu : ${id}`);
    return found;
  };
  return {
    territoryNames: (refs) => listCell(refs.map((r) => get(lookups.territories, r.id, 'Territoire').data.name)),
    territoryCodes: (refs) =>
      listCell([
        ...new Set(
          refs.map((r) => get(lookups.territories, r.id, 'Territoire').data.code).filter((c): c is NonNullable<typeof c> => !!c),
        ),
      ]),
    themeNames: (refs) => listCell(refs.map((r) => get(lookups.themes, r.id, 'Thème').data.name)),
    sourceTitle: (id) => get(lookups.sources, id, 'Source').data.shortTitle,
    axisNumber: (id) => get(axisNumbers, id, 'Axe'),
    sousAxeCode: (id) => get(sousAxes, id, 'Sous-axe'),
  };
}

/** The entries of a sheet kind's collection, in the kind's site order (registry). */
async function sorted<C extends SheetCollection>(spec: KindSpec<C>): Promise<Entry<SheetData[C]>[]> {
  return (await getSheetEntries(spec.collection)).sort(spec.sort(await getSortContext()));
}

/** The records of a dataset, in site order, with exactly its documented columns. */
export async function datasetRows(id: DatasetId): Promise<Record<string, Cell>[]> {
  const ctx = await openDataContext();
  switch (id) {
    case 'exemples-locaux':
      return datasetRecords(
        DATASETS['exemples-locaux'],
        (await sorted(SHEET_KINDS.mesure)).flatMap((mesure) => mesure.data.examples.map((example) => ({ mesure, example }))),
        ctx,
      );
    case 'territoires':
      return datasetRecords(DATASETS.territoires, (await getCollection('territoires')).sort(byOrder), ctx);
    case 'themes':
      return datasetRecords(DATASETS.themes, (await getCollection('themes')).sort(byOrder), ctx);
    default: {
      // A dataset of a kind with a page per entry (registry): its records are the kind's entries, in site order.
      const kind = PAGE_KIND_IDS.find((k) => SHEET_KINDS[k].dataset === id);
      if (!kind) throw new Error(`Jeu de données sans type de fiche : ${id}`);
      const spec = SHEET_KINDS[kind] as unknown as KindSpec<SheetCollection>;
      return datasetRecords(DATASETS[id] as unknown as Dataset<Entry<SheetData[SheetCollection]>>, await sorted(spec), ctx);
    }
  }
}
