/** Formatting of numbers, money and dates for French readers (fr-FR). */

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a number the French way: 10000 → « 10 000 » (narrow no-break space), 1.3 → « 1,3 ». */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * Formats a value with its unit, joined by a no-break space: (3, '€ par repas servi') → « 3 € par repas servi ».
 * A money value keeps two decimals when it has cents (1.3 € → « 1,30 € »).
 */
export function formatValue(value: number, unit?: string): string {
  const isMoney = unit !== undefined && /^(€|M€|k€|euros?)(\s|$)/.test(unit);
  const text =
    isMoney && !Number.isInteger(value)
      ? new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
      : formatNumber(value);
  return unit ? `${text}\u00A0${unit}` : text;
}

/** A figure with an optional verbatim form: the verbatim form wins (« près de 70 »). */
export function formatFigure(figure: { value: number; unit?: string | undefined; display?: string | undefined }): string {
  return figure.display ?? formatValue(figure.value, figure.unit);
}

/** Formats a date as « 7 juillet 2021 ». */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/**
 * Formats an ISO date of variable precision: « 2021-07-07 » → « 7 juillet 2021 »,
 * « 2024-07 » → « juillet 2024 », « 2021 » → « 2021 ».
 */
export function formatIsoDate(iso: string): string {
  // The same few dates come back on thousands of pages, and Intl's formatting is slow: each is formatted once.
  let formatted = formattedDates.get(iso);
  if (formatted === undefined) {
    formatted = formatIsoDateOnce(iso);
    formattedDates.set(iso, formatted);
  }
  return formatted;
}

const formattedDates = new Map<string, string>();

function formatIsoDateOnce(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  if (month === undefined) return String(year);
  if (day === undefined) return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

/** « 1 atelier », « 3 ateliers »: French plural of a count (0 and 1 are singular). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)}\u00A0${count > 1 ? pluralForm : singular}`;
}

/** Joins items the French way: « a, b et c ». */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** « Conférence régionale du 7 juillet 2021 » stays as is; otherwise the date, when known, is appended. */
export function eventLabel(event: string, date?: Date): string {
  if (!date) return `${event} (date non précisée par la source)`;
  const formatted = formatDate(date);
  return event.includes(formatted) ? event : `${event}, ${formatted}`;
}

/** « Figures de CCAS » → « figures de CCAS »: lowercases the first letter only (keeps acronyms). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const WORDS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];

/**
 * A count in words up to sixteen, as French prose writes it (« cinq documents », « une figure »),
 * in digits beyond (« 18 visions »).
 * @param gender of the counted noun (« une » for a feminine noun).
 */
export function countWord(count: number, gender: 'm' | 'f' = 'm'): string {
  if (count === 1 && gender === 'f') return 'une';
  return Number.isInteger(count) && count >= 0 && count < WORDS.length ? WORDS[count]! : formatNumber(count);
}

/** The same, with a capital (start of a sentence or a title). */
export function CountWord(count: number, gender: 'm' | 'f' = 'm'): string {
  const w = countWord(count, gender);
  return w.charAt(0).toUpperCase() + w.slice(1);
}
