/** « Axe 3 — Renforcer l'accès aux droits… »: the label of a strategy axis, used in pages and filters. */
export function axisLabel(axis: { number: number; title: string }): string {
  return `Axe ${axis.number} — ${axis.title}`;
}

/** « Pacte, axe 1 — Prévenir la pauvreté… »: the label of a pacte axis. */
export function pacteAxisLabel(axis: { number: number; title: string }): string {
  return `Pacte, axe ${axis.number} — ${axis.title}`;
}
