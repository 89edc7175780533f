/**
 * Sort comparators of the site, written once: every list of sheets (pages, dossiers, search, open
 * data, feed) sorts through these.
 */

/** A comparator. */
export type Comparator<T> = (a: T, b: T) => number;

/** Chains comparators: the first that tells two items apart decides. */
export function thenBy<T>(...comparators: readonly Comparator<T>[]): Comparator<T> {
  return (a, b) => {
    for (const compare of comparators) {
      const d = compare(a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
}

/** Compares by a number or a string key (strings in French collation order). */
export function by<T>(key: (item: T) => number | string): Comparator<T> {
  const collator = new Intl.Collator('fr', { numeric: true });
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
  };
}

/** Sort comparator by an `order` field (ateliers, figures, territories, themes, sources…). */
export function byOrder(a: { data: { order: number } }, b: { data: { order: number } }): number {
  return a.data.order - b.data.order;
}

/** Visions: by workshop city, then by their order within the city. */
export const byVisionOrder: Comparator<{ data: { city: string; order: number } }> = (a, b) =>
  a.data.city.localeCompare(b.data.city) || a.data.order - b.data.order;

/** Pacte actions: by sous-axe id, then by id. */
export const byActionOrder: Comparator<{ id: string; data: { sousAxe: { id: string } } }> = (a, b) =>
  a.data.sousAxe.id.localeCompare(b.data.sousAxe.id) || a.id.localeCompare(b.id);

/**
 * Measures: by the `number` field of their axis, then by their order within the axis.
 * @param axisNumbers the `number` of each axis, by axis id.
 */
export function byMesureOrder(
  axisNumbers: ReadonlyMap<string, number>,
): Comparator<{ data: { axis: { id: string }; order: number } }> {
  const numberOf = (id: string) => {
    const n = axisNumbers.get(id);
    if (n === undefined) throw new Error(`Axe inconnu : ${id}`);
    return n;
  };
  return (a, b) => numberOf(a.data.axis.id) - numberOf(b.data.axis.id) || a.data.order - b.data.order;
}
