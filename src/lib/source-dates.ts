import { formatIsoDate } from './format';

/** The date fields of a source document (`content/sources/`). */
export interface SourceDates {
  date?: string;
  dateLabel?: string;
  informationLabel?: string;
  covers?: string;
}

/** ISO date cut to year and month (« 2021-07-07 » → « 2021-07 »): what « Informations de … » shows. */
function monthOf(iso: string): string {
  return iso.split('-').slice(0, 2).join('-');
}

/**
 * When the information of a source dates from, for « Informations de <mois année> »: the month and year
 * of its date, the year when only the year is known, else its information label or its date label.
 */
export function informationDate(source: SourceDates): string {
  if (source.date) return formatIsoDate(monthOf(source.date));
  return source.informationLabel ?? source.dateLabel ?? 'date non précisée';
}

/** How a source's date reads on the sources page: its date, and the period it covers when different. */
export function sourceDateLabel(source: SourceDates): string {
  const date = source.date ? formatIsoDate(source.date) : (source.dateLabel ?? 'non daté');
  return source.covers && source.covers !== source.date ? `${date} (couvre ${source.covers})` : date;
}

/**
 * The period of the content: the earliest and latest dated documents, as « juillet 2020 » and
 * « juillet 2024 ». Undated documents do not count; null when no document is dated.
 */
export function contentPeriod(sources: readonly SourceDates[]): { from: string; to: string } | null {
  const dates = sources.flatMap((s) => (s.date ? [s.date] : [])).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return null;
  return { from: formatIsoDate(monthOf(first)), to: formatIsoDate(monthOf(last)) };
}

/** The year the information of a source is about: the year it covers, else the year of its date. */
export function sourceYear(source: SourceDates): number | undefined {
  const year = Number((source.covers ?? source.date ?? '').slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}
