import { byAxisThenOrder } from '../lib/axes';
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder } from '../lib/tags';

type Entry = CollectionEntry<'ateliers' | 'mesures' | 'actions' | 'figures' | 'visions'>;

/** One sheet of a printable dossier; for a measure, the local examples to print. */
export interface DossierItem {
  entry: Entry;
  exampleIds?: string[];
}

const has = (refs: readonly { id: string }[], ids: ReadonlySet<string>) => refs.some((r) => ids.has(r.id));

/**
 * The sheets of a département (and its métropoles): ateliers held there, measures with a local
 * example there (only those examples), pacte actions.
 */
export async function departementDossier(departementId: string): Promise<DossierItem[]> {
  const territories = await getCollection('territoires');
  const ids = new Set([departementId, ...territories.filter((t) => t.data.parent?.id === departementId).map((t) => t.id)]);
  const ateliers = (await getCollection('ateliers')).filter((e) => has(e.data.territories, ids)).sort(byOrder);
  const mesures = (await getCollection('mesures'))
    .map((e) => ({ entry: e, exampleIds: e.data.examples.filter((x) => has(x.territories, ids)).map((x) => x.id) }))
    .filter((m) => m.exampleIds.length > 0)
    .sort((a, b) => byAxisThenOrder(a.entry, b.entry));
  const actions = (await getCollection('actions'))
    .filter((e) => ids.has(e.data.territory.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  return [...ateliers.map((entry) => ({ entry })), ...mesures, ...actions.map((entry) => ({ entry }))];
}

/** Every sheet carrying a theme, by kind (measures with all their examples). */
export async function themeDossier(themeId: string): Promise<DossierItem[]> {
  const ids = new Set([themeId]);
  const ateliers = (await getCollection('ateliers')).filter((e) => has(e.data.themes, ids)).sort(byOrder);
  const mesures = (await getCollection('mesures')).filter((e) => has(e.data.themes, ids)).sort(byAxisThenOrder);
  const actions = (await getCollection('actions'))
    .filter((e) => has(e.data.themes, ids))
    .sort((a, b) => a.id.localeCompare(b.id));
  const figures = (await getCollection('figures')).filter((e) => has(e.data.themes, ids)).sort(byOrder);
  const visions = (await getCollection('visions'))
    .filter((e) => has(e.data.themes, ids))
    .sort((a, b) => a.data.city.localeCompare(b.data.city) || a.data.order - b.data.order);
  return [...ateliers, ...mesures, ...actions, ...figures, ...visions].map((entry) => ({ entry }));
}
