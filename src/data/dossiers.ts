import type { CollectionEntry } from 'astro:content';
import { SHEET_KIND_IDS, SHEET_KINDS, type CollectionOf } from '../schemas/registry';
import type { SheetKind, SheetSummary } from '../lib/sheet-kinds';
import type { LocalExample } from '../schemas/mesure';
import { getSheetEntries } from './sheets';
import { dossierForms, inFullMax } from '../lib/dossier';

/** One sheet of a printable dossier, with the entry its body component renders. */
export type DossierItem = {
  [K in SheetKind]: {
    kind: K;
    sheet: SheetSummary;
    entry: CollectionEntry<CollectionOf<K>>;
    /** For a local example: the example within its measure. */
    example: K extends 'exemple' ? LocalExample : undefined;
  };
}[SheetKind];

type Found = Omit<DossierItem, 'sheet'>;
let byKey: Promise<Map<string, Found>> | undefined;

/** Every sheet's entry by sheet key, for every kind of the registry. */
async function loadEntries(): Promise<Map<string, Found>> {
  const map = new Map<string, Found>();
  for (const kind of SHEET_KIND_IDS) {
    const spec = SHEET_KINDS[kind];
    for (const entry of await getSheetEntries(spec.collection)) {
      const examples = 'examples' in entry.data ? entry.data.examples : [];
      for (const sheet of spec.summaries(entry as never) as SheetSummary[]) {
        const example = kind === 'exemple' ? examples.find((x) => sheet.key === `exemple:${x.id}`) : undefined;
        // The entry is the Astro CollectionEntry of the kind's collection (getSheetEntries).
        map.set(sheet.key, { kind, entry, example } as unknown as Found);
      }
    }
  }
  return map;
}

/**
 * The dossier of a selection of sheets (src/lib/selection.ts): the same sheets, in the same order,
 * each with the entry its body component prints.
 */
export async function dossierItems(sheets: readonly SheetSummary[]): Promise<DossierItem[]> {
  byKey ??= loadEntries();
  const entries = await byKey;
  return sheets.map((sheet) => {
    const found = entries.get(sheet.key);
    if (!found) throw new Error(`Fiche introuvable pour le dossier : ${sheet.key}`);
    return { ...found, sheet } as DossierItem;
  });
}

/** How a dossier prints its own and its regional sheets (src/lib/dossier.ts; limit overridable for a test build). */
export function printForms(local: number, regional = 0) {
  return dossierForms(local, regional, inFullMax(process.env.ATLAS_DOSSIER_IN_FULL_MAX));
}
