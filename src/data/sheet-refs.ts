import { getEntry, type CollectionEntry } from 'astro:content';

/** The axis of a measure. */
export async function getMesureAxis(entry: CollectionEntry<'mesures'>): Promise<CollectionEntry<'axes'>> {
  return getEntry(entry.data.axis);
}

/** The sous-axe, its pacte axis, and the sous-axe the source filed it under, of a pacte action. */
export async function getActionRefs(entry: CollectionEntry<'actions'>): Promise<{
  sousAxe: CollectionEntry<'sousAxes'>;
  axis: CollectionEntry<'pacteAxes'>;
  filedUnder: CollectionEntry<'sousAxes'> | undefined;
}> {
  const sousAxe = await getEntry(entry.data.sousAxe);
  const axis = await getEntry(sousAxe.data.axis);
  const filedUnder = entry.data.filedInSourceUnder ? await getEntry(entry.data.filedInSourceUnder) : undefined;
  return { sousAxe, axis, filedUnder };
}
