import { formatFigure } from './format';
import type { Amount } from '../schemas/shared';

/** A tag of a sheet (theme or territory): id for filtering, label for reading. */
export interface FundingTag {
  id: string;
  label: string;
}

/** One sheet (or local example) and its typed amounts: the input of the funding table. */
export interface FundingSource {
  /** Kind of sheet, as a French label (« Atelier », « Mesure », « Exemple local »). */
  kindLabel: string;
  /** Title of the sheet or of the local example. */
  title: string;
  /** Address of the sheet (with the example's anchor). */
  href: string;
  /** Title of the parent measure, for a local example. */
  parentTitle?: string;
  themes: readonly FundingTag[];
  territories: readonly FundingTag[];
  /** Year the source covers: the year of an amount that does not give its own. */
  sourceYear?: number;
  /** Short name of the source document. */
  sourceTitle: string;
  amounts: readonly Amount[];
}

/** One line of the table. */
export interface FundingRow {
  /** Stable position in content order, for the default sort. */
  index: number;
  amount: string;
  /** Value in euros when it can be compared (M€ and « millions » scaled; % and per-unit kept as given). */
  value: number;
  unit: string;
  label: string;
  funder: string;
  /** Funders for the filter (a « Département, État, CAF » line counts for each). */
  funders: string[];
  beneficiary?: string;
  duration?: string;
  conditions?: string;
  url?: string;
  year?: number;
  /** Whether the year is the amount's own (false: the year the source covers). */
  ownYear: boolean;
  kindLabel: string;
  title: string;
  parentTitle?: string;
  href: string;
  themes: readonly FundingTag[];
  territories: readonly FundingTag[];
  sourceTitle: string;
}

/** What the table says when the source names no funder. */
export const NO_FUNDER = 'Non précisé par la source';

/**
 * The funders a funder field names, for filtering: the parenthesis is dropped
 * (« État (Plan de Relance) » → « État ») and a list is split (« Département, État, CAF »).
 */
export function funderNames(funder: string | undefined): string[] {
  if (!funder) return [NO_FUNDER];
  const bare = funder.replace(/\s*\([^)]*\)/g, '').trim();
  const parts = bare
    .split(/\s*,\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const names = parts.length > 0 ? parts : [bare];
  return names.map((n) => n.charAt(0).toUpperCase() + n.slice(1));
}

/** Euros of an amount, to sort by size: « 1,2 M€ » → 1 200 000; units per person or % are kept. */
export function comparableValue(a: Pick<Amount, 'value' | 'unit'>): number {
  const unit = a.unit.toLowerCase();
  if (/^m\s?€|^millions?/.test(unit)) return a.value * 1_000_000;
  return a.value;
}

/** Every typed amount of the given sheets, one row each, in content order. */
export function fundingRows(sources: readonly FundingSource[]): FundingRow[] {
  const rows: FundingRow[] = [];
  for (const s of sources) {
    for (const a of s.amounts) {
      const year = a.year ?? s.sourceYear;
      rows.push({
        index: rows.length,
        amount: formatFigure(a),
        value: comparableValue(a),
        unit: a.unit,
        label: a.label,
        funder: a.funder ?? NO_FUNDER,
        funders: funderNames(a.funder),
        ...(a.beneficiary !== undefined && { beneficiary: a.beneficiary }),
        ...(a.duration !== undefined && { duration: a.duration }),
        ...(a.conditions !== undefined && { conditions: a.conditions }),
        ...(a.url !== undefined && { url: a.url }),
        ...(year !== undefined && { year }),
        ownYear: a.year !== undefined,
        kindLabel: s.kindLabel,
        title: s.title,
        ...(s.parentTitle !== undefined && { parentTitle: s.parentTitle }),
        href: s.href,
        themes: s.themes,
        territories: s.territories,
        sourceTitle: s.sourceTitle,
      });
    }
  }
  return rows;
}

/** One value of a filter, with the number of rows it keeps. */
export interface FacetValue {
  id: string;
  label: string;
  count: number;
}

function countValues(rows: readonly FundingRow[], pick: (r: FundingRow) => readonly FundingTag[]): FacetValue[] {
  const map = new Map<string, FacetValue>();
  for (const r of rows) {
    for (const t of pick(r)) {
      const v = map.get(t.id) ?? { id: t.id, label: t.label, count: 0 };
      v.count += 1;
      map.set(t.id, v);
    }
  }
  return [...map.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/** The values of the three filters (funder, theme, territory), sorted in French order. */
export function fundingFacets(rows: readonly FundingRow[]): {
  funders: FacetValue[];
  themes: FacetValue[];
  territories: FacetValue[];
} {
  return {
    funders: countValues(rows, (r) => r.funders.map((f) => ({ id: funderId(f), label: f }))),
    themes: countValues(rows, (r) => r.themes),
    territories: countValues(rows, (r) => r.territories),
  };
}

/** A funder as a filter value (« État » → « etat »). */
export function funderId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Filter state: an empty string keeps everything. */
export interface FundingFilter {
  funder?: string;
  theme?: string;
  territory?: string;
}

/** Whether a row passes the filter (all given criteria). */
export function matchesFunding(row: Pick<FundingRow, 'funders' | 'themes' | 'territories'>, f: FundingFilter): boolean {
  if (f.funder && !row.funders.some((n) => funderId(n) === f.funder)) return false;
  if (f.theme && !row.themes.some((t) => t.id === f.theme)) return false;
  if (f.territory && !row.territories.some((t) => t.id === f.territory)) return false;
  return true;
}

/** Columns the table can be sorted by. */
export type FundingSortKey = 'amount' | 'funder' | 'year' | 'sheet';

/** Rows sorted by a column; ties keep content order. */
export function sortFunding(rows: readonly FundingRow[], key: FundingSortKey, descending = false): FundingRow[] {
  const cmp: Record<FundingSortKey, (a: FundingRow, b: FundingRow) => number> = {
    amount: (a, b) => a.value - b.value,
    funder: (a, b) => a.funder.localeCompare(b.funder, 'fr'),
    year: (a, b) => (a.year ?? 0) - (b.year ?? 0),
    sheet: (a, b) => a.title.localeCompare(b.title, 'fr'),
  };
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * cmp[key](a, b) || a.index - b.index);
}
