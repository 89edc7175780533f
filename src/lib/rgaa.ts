/**
 * The RGAA 4.1 self-audit: expanding the compact audit source into the grid (one row per page ×
 * criterion), checking that the grid is complete, and computing the statement from it with the
 * RGAA's own method (« Évaluation de la conformité », accessibilite.numerique.gouv.fr):
 * - a criterion is validated when it is validated (or not applicable) on every page of the sample;
 * - a criterion is applicable when it is applicable on at least one page;
 * - rate = validated criteria / applicable criteria; « totalement conforme » at 100 %,
 *   « partiellement conforme » from 50 %, « non conforme » below 50 %.
 * The optional average rate is the mean of the pages' own rates.
 */
import { toCsv } from './csv';

export type Status = 'C' | 'NC' | 'NA';
export const STATUSES: readonly Status[] = ['C', 'NC', 'NA'];
export const STATUS_LABELS: Record<Status, string> = { C: 'conforme', NC: 'non conforme', NA: 'non applicable' };

export interface RgaaCriterion {
  id: string;
  title: string;
  tests: Record<string, string[]>;
}
export interface RgaaTopic {
  number: number;
  title: string;
  criteria: RgaaCriterion[];
}

/** A page of the sample. `features` say what it contains (table, form…) and drive applicability. */
export interface SamplePage {
  id: string;
  title: string;
  url: string;
  features: string[];
  /** A page the sample requires that does not exist yet: audited when it is published. */
  pending?: boolean;
}

/** How one criterion was audited, for every page at once. */
export interface CriterionRule {
  /** Features that make the criterion applicable on a page (any of them); absent: every page. */
  when?: string[];
  /** Justification when applicable and conforme; absent: the criterion applies to no page. */
  C?: string;
  /** Instead of C: a known defect, non conforme on every page that has the feature. */
  NC?: string;
  /** Justification when not applicable. */
  NA: string;
  /** Per-page results that differ from the rule (a non-conformity, or a justified exception). */
  pages?: Record<string, { status: Status; note: string }>;
}

export interface AuditSource {
  pages: SamplePage[];
  criteria: Record<string, CriterionRule>;
}

export interface GridRow {
  page: string;
  url: string;
  criterion: string;
  status: Status;
  justification: string;
}

export const GRID_COLUMNS = ['page', 'url', 'criterion', 'status', 'justification'] as const;

/** Every criterion id, in the RGAA order (« 1.1 » … « 13.12 »). */
export function criterionIds(topics: readonly RgaaTopic[]): string[] {
  return topics.flatMap((t) => t.criteria.map((c) => c.id));
}

/** The pages actually audited (pending ones are listed in the statement, not in the grid). */
export function auditedPages(pages: readonly SamplePage[]): SamplePage[] {
  return pages.filter((p) => !p.pending);
}

/** Errors of the compact source, in French; empty when it is complete. */
export function checkSource(source: AuditSource, ids: readonly string[]): string[] {
  const errors: string[] = [];
  const pageIds = new Set(source.pages.map((p) => p.id));
  for (const id of ids) {
    const rule = source.criteria[id];
    if (!rule) {
      errors.push(`critère ${id} : absent de la source de l’audit`);
      continue;
    }
    if (!rule.NA?.trim()) errors.push(`critère ${id} : justification « NA » vide`);
    if (rule.when && !rule.C?.trim() && !rule.NC?.trim())
      errors.push(`critère ${id} : « when » sans justification « C » ni « NC »`);
    if (rule.C !== undefined && rule.NC !== undefined) errors.push(`critère ${id} : « C » et « NC » à la fois`);
    for (const [page, result] of Object.entries(rule.pages ?? {})) {
      if (!pageIds.has(page)) errors.push(`critère ${id} : page « ${page} » inconnue de l’échantillon`);
      if (!STATUSES.includes(result.status)) errors.push(`critère ${id}, page ${page} : statut « ${result.status} » invalide`);
      if (!result.note?.trim()) errors.push(`critère ${id}, page ${page} : justification vide`);
    }
  }
  for (const id of Object.keys(source.criteria)) if (!ids.includes(id)) errors.push(`critère ${id} : inconnu du RGAA`);
  return errors;
}

function isApplicable(rule: CriterionRule, page: SamplePage): boolean {
  if (rule.C === undefined && rule.NC === undefined) return false;
  return !rule.when || rule.when.some((f) => page.features.includes(f));
}

/** The grid: one row per audited page × criterion, in sample order then RGAA order. */
export function expandGrid(source: AuditSource, ids: readonly string[]): GridRow[] {
  return auditedPages(source.pages).flatMap((page) =>
    ids.map((id) => {
      const rule = source.criteria[id];
      if (!rule) throw new Error(`critère ${id} : absent de la source de l’audit`);
      const override = rule.pages?.[page.id];
      if (override) return { page: page.id, url: page.url, criterion: id, status: override.status, justification: override.note };
      const applicable = isApplicable(rule, page);
      const status: Status = !applicable ? 'NA' : rule.NC !== undefined ? 'NC' : 'C';
      const justification = { C: rule.C, NC: rule.NC, NA: rule.NA }[status] ?? '';
      return { page: page.id, url: page.url, criterion: id, status, justification };
    }),
  );
}

/** Errors of a grid, in French: a missing page × criterion, a bad status, an empty justification. */
export function checkGrid(rows: readonly GridRow[], ids: readonly string[], pageIds: readonly string[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const where = `ligne ${i + 2} (${r.page} × ${r.criterion})`;
    if (!pageIds.includes(r.page)) errors.push(`${where} : page hors échantillon`);
    if (!ids.includes(r.criterion)) errors.push(`${where} : critère inconnu du RGAA`);
    if (!STATUSES.includes(r.status)) errors.push(`${where} : statut « ${r.status} » invalide (C, NC ou NA)`);
    if (!r.justification?.trim()) errors.push(`${where} : justification vide`);
    const key = `${r.page} ${r.criterion}`;
    if (seen.has(key)) errors.push(`${where} : ligne en double`);
    seen.add(key);
  }
  for (const page of pageIds)
    for (const id of ids) if (!seen.has(`${page} ${id}`)) errors.push(`page ${page} : critère ${id} absent de la grille`);
  return errors;
}

export type Mention = 'totalement conforme' | 'partiellement conforme' | 'non conforme';

/** The mention of the statement for a rate in percent. */
export function mentionFor(rate: number | null): Mention {
  if (rate === null) return 'non conforme';
  if (rate >= 100) return 'totalement conforme';
  if (rate >= 50) return 'partiellement conforme';
  return 'non conforme';
}

export interface NonConformity {
  criterion: string;
  pages: { page: string; note: string }[];
}

export interface AuditResult {
  applicable: string[];
  validated: string[];
  notApplicable: string[];
  nonConformities: NonConformity[];
  /** Validated / applicable, in percent; null when nothing is applicable (no audit). */
  rate: number | null;
  /** Mean of each page's rate (validated / applicable on that page), in percent. */
  averageRate: number | null;
  mention: Mention;
}

/** The statement's figures from the grid, by the RGAA method. */
export function computeResult(rows: readonly GridRow[], ids: readonly string[]): AuditResult {
  const byCriterion = new Map<string, GridRow[]>();
  for (const r of rows) byCriterion.set(r.criterion, [...(byCriterion.get(r.criterion) ?? []), r]);
  const applicable: string[] = [];
  const validated: string[] = [];
  const notApplicable: string[] = [];
  const nonConformities: NonConformity[] = [];
  for (const id of ids) {
    const cells = byCriterion.get(id) ?? [];
    if (cells.length === 0 || cells.every((c) => c.status === 'NA')) {
      notApplicable.push(id);
      continue;
    }
    applicable.push(id);
    const failed = cells.filter((c) => c.status === 'NC');
    if (failed.length === 0) validated.push(id);
    else nonConformities.push({ criterion: id, pages: failed.map((c) => ({ page: c.page, note: c.justification })) });
  }
  const rate = applicable.length ? (validated.length / applicable.length) * 100 : null;
  const byPage = new Map<string, GridRow[]>();
  for (const r of rows) byPage.set(r.page, [...(byPage.get(r.page) ?? []), r]);
  const pageRates = [...byPage.values()]
    .map((cells) => {
      const app = cells.filter((c) => c.status !== 'NA');
      return app.length ? (app.filter((c) => c.status === 'C').length / app.length) * 100 : null;
    })
    .filter((r): r is number => r !== null);
  const averageRate = pageRates.length ? pageRates.reduce((a, b) => a + b, 0) / pageRates.length : null;
  return { applicable, validated, notApplicable, nonConformities, rate, averageRate, mention: mentionFor(rate) };
}

/** A rate as French text: « 100 % », « 97,56 % » (two decimals at most, as the RGAA statements). */
export function formatRate(rate: number | null): string {
  if (rate === null) return 'non mesuré';
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(Math.floor(rate * 100) / 100)}\u202f%`;
}

/** Removes the glossary links of the RGAA texts: « [image](#image) » → « image ». */
export function plainRgaaText(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1');
}

/** The grid as CSV (RFC 4180, as the open data). */
export function gridToCsv(rows: readonly GridRow[]): string {
  return toCsv(GRID_COLUMNS, rows as unknown as Record<string, string>[]);
}

/** Parses CSV text (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Reads the grid CSV; throws a French error naming the line when a row is malformed. */
export function gridFromCsv(text: string): GridRow[] {
  const [header, ...lines] = parseCsv(text);
  if (!header || header.join(',') !== GRID_COLUMNS.join(','))
    throw new Error(`grille RGAA : l’en-tête doit être « ${GRID_COLUMNS.join(',')} »`);
  return lines.map((cells, i) => {
    if (cells.length !== GRID_COLUMNS.length)
      throw new Error(`grille RGAA, ligne ${i + 2} : ${cells.length} colonnes au lieu de ${GRID_COLUMNS.length}`);
    const [page, url, criterion, status, justification] = cells as [string, string, string, string, string];
    return { page, url, criterion, status: status as Status, justification };
  });
}
