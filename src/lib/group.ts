/**
 * Groups items by a key, keeping the groups in the order of `keys` (then any other key in order of
 * first appearance) and the items in their input order. Empty groups are left out.
 */
export function groupInOrder<T, K>(
  items: readonly T[],
  keyOf: (item: T) => K,
  keys: readonly K[] = [],
): { key: K; items: T[] }[] {
  const groups = new Map<K, T[]>();
  for (const key of keys) groups.set(key, []);
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()].filter(([, list]) => list.length > 0).map(([key, list]) => ({ key, items: list }));
}

/** Counts items per key. */
export function countBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
