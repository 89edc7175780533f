/** CSV (RFC 4180: comma separator, double quotes, CRLF line ends), UTF-8. */

export type Cell = string | number | boolean | null | undefined;

/** A text cell a spreadsheet would run as a formula (OWASP « CSV injection »): = + - @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quotes a cell when it holds a comma, a quote or a line break. A text cell that a spreadsheet would
 * read as a formula is neutralised as OWASP advises: prefixed with an apostrophe and quoted. Numbers
 * stay numbers (-3 is a value, not a formula).
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
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
