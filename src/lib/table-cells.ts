import { formatNumber } from './format';

/** Formats a table cell: numbers in fr-FR, empty cells as an en dash, text as is. */
export function formatCell(cell: string | number | null): string {
  if (cell === null) return '–';
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}
