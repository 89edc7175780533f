import { getCollection } from 'astro:content';
import {
  SHEET_COLLECTIONS,
  SHEET_KIND_IDS,
  SHEET_KINDS,
  summariesOf,
  type Entry,
  type SheetCollection,
  type SheetData,
  type SortContext,
} from '../schemas/registry';
import type { SheetKind, SheetSummary } from '../lib/sheet-kinds';
import { indexSheets, relatedSheets, type SheetIndex } from '../lib/related';

/** The entries of a sheet collection, typed by the registry. */
export async function getSheetEntries<C extends SheetCollection>(collection: C): Promise<Entry<SheetData[C]>[]> {
  // Astro's CollectionEntry<C> is an Entry of the registry's schema output for C (src/content.config.ts).
  return (await getCollection(collection)) as unknown as Entry<SheetData[C]>[];
}

/** What the registry's sort orders need: the `number` of each axis. */
export async function getSortContext(): Promise<SortContext> {
  return { axisNumbers: new Map((await getCollection('axes')).map((a) => [a.id, a.data.number])) };
}

let cached: Promise<SheetSummary[]> | undefined;

/**
 * Every sheet of the site (local examples included), in a stable order: by kind (registry order),
 * then the kind's own order. Computed once per build: collections do not change during a build.
 */
export function getAllSheets(): Promise<SheetSummary[]> {
  cached ??= loadAllSheets();
  return cached;
}

/** The sheets related to one sheet (same theme or territory), for the bottom of its page. */
export async function getRelated(kind: SheetKind, id: string): Promise<SheetSummary[]> {
  const all = await getAllSheets();
  lookup ??= { byKey: new Map(all.map((s) => [s.key, s])), index: indexSheets(all) };
  const sheet = lookup.byKey.get(`${kind}:${id}`);
  if (!sheet) throw new Error(`Fiche introuvable : ${kind}:${id}`);
  return relatedSheets(sheet, all, 6, lookup.index);
}
let lookup: { byKey: Map<string, SheetSummary>; index: SheetIndex } | undefined;

async function loadAllSheets(): Promise<SheetSummary[]> {
  const ctx = await getSortContext();
  const entries = new Map(await Promise.all(SHEET_COLLECTIONS.map(async (c) => [c, await getSheetEntries(c)] as const)));
  return SHEET_KIND_IDS.flatMap((k) => summariesOf(k, entries.get(SHEET_KINDS[k].collection) as never, ctx));
}
