/** « Axe 3 — Renforcer l'accès aux droits… »: the label of a strategy axis, used in pages and filters. */
export function axisLabel(axis: { number: number; title: string }): string {
  return `Axe ${axis.number} — ${axis.title}`;
}

/** « Pacte, axe 1 — Prévenir la pauvreté… »: the label of a pacte axis. */
export function pacteAxisLabel(axis: { number: number; title: string }): string {
  return `Pacte, axe ${axis.number} — ${axis.title}`;
}

/** The number of a strategy axis from its id: « axe-3 » → 3. */
export function axisNumber(axisId: string): number {
  const n = Number(/(\d+)$/.exec(axisId)?.[1]);
  if (!Number.isInteger(n)) throw new Error(`Identifiant d’axe inattendu : ${axisId}`);
  return n;
}

/** Sort comparator for measures: by axis number, then by order within the axis. */
export function byAxisThenOrder(
  a: { data: { axis: { id: string }; order: number } },
  b: { data: { axis: { id: string }; order: number } },
): number {
  return axisNumber(a.data.axis.id) - axisNumber(b.data.axis.id) || a.data.order - b.data.order;
}
