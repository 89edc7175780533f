import { byAxisThenOrder } from '../lib/axes';
import { getCollection } from 'astro:content';
import { actionSummaries, atelierSummaries, mesureSummaries, nationalSummaries, type SheetSummary } from '../lib/sheet-index';
import { byOrder } from '../lib/tags';
import { indexSheets, relatedSheets, type SheetIndex } from '../lib/related';
import type { SheetKind } from '../lib/sheet-kinds';

let cached: Promise<SheetSummary[]> | undefined;

/**
 * Every sheet of the site (local examples included), in a stable order: by kind, then source order.
 * Computed once per build: collections do not change during a build.
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
  const [ateliers, mesures, actions, figures, visions] = await Promise.all([
    getCollection('ateliers'),
    getCollection('mesures'),
    getCollection('actions'),
    getCollection('figures'),
    getCollection('visions'),
  ]);
  const { mesures: m, exemples } = mesureSummaries(mesures.sort(byAxisThenOrder));
  return [
    ...atelierSummaries(ateliers.sort(byOrder)),
    ...m,
    ...exemples,
    ...actionSummaries(actions.sort((a, b) => a.data.sousAxe.id.localeCompare(b.data.sousAxe.id) || a.id.localeCompare(b.id))),
    ...nationalSummaries('figure', figures.sort(byOrder)),
    ...nationalSummaries(
      'vision',
      visions.sort((a, b) => a.data.city.localeCompare(b.data.city) || a.data.order - b.data.order),
    ),
  ];
}
