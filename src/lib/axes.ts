/** « Axe 3 — Renforcer l'accès aux droits… »: the label of a strategy axis, used in pages and filters. */
export function axisLabel(axis: { number: number; title: string }): string {
  return `Axe ${axis.number} — ${axis.title}`;
}

/** « Pacte, axe 1 — Prévenir la pauvreté… »: the label of a pacte axis. */
export function pacteAxisLabel(axis: { number: number; title: string }): string {
  return `Pacte, axe ${axis.number} — ${axis.title}`;
}

/** Sorts measures by axis number then order in the axis. */
export function byAxisThenOrder(
  axisNumber: (axisId: string) => number,
): (a: { data: { axis: { id: string }; order: number } }, b: { data: { axis: { id: string }; order: number } }) => number {
  return (a, b) => axisNumber(a.data.axis.id) - axisNumber(b.data.axis.id) || a.data.order - b.data.order;
}
