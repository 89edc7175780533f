import { getCollection } from 'astro:content';
import { actionSummaries, atelierSummaries, mesureSummaries, nationalSummaries, type SheetSummary } from '../lib/sheet-index';
import { byOrder } from '../lib/tags';

/** Every sheet of the site (local examples included), in a stable order: by kind, then source order. */
export async function getAllSheets(): Promise<SheetSummary[]> {
  const [ateliers, mesures, actions, figures, visions] = await Promise.all([
    getCollection('ateliers'),
    getCollection('mesures'),
    getCollection('actions'),
    getCollection('figures'),
    getCollection('visions'),
  ]);
  const { mesures: m, exemples } = mesureSummaries(
    mesures.sort((a, b) => a.data.axis.id.localeCompare(b.data.axis.id) || a.data.order - b.data.order),
  );
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
