/** CSV (RFC 4180: comma separator, double quotes, CRLF line ends), UTF-8. */

export type Cell = string | number | boolean | null | undefined;

/** Quotes a cell when it holds a comma, a quote or a line break. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header row, columns in the given order. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  return [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** Joins a list into one cell: « a | b | c ». */
export function listCell(items: readonly string[]): string {
  return items.join(' | ');
}
