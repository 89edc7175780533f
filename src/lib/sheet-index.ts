import type { SheetKind } from './sheet-kinds';
import { ATELIER_FORMAT_LABELS, atelierLabel, sheetUrl } from './sheet-kinds';

/** A reference as Astro stores it. */
export interface Ref {
  id: string;
}

/**
 * The common face of every sheet (atelier, measure, local example, pacte action, figure, vision):
 * what lists, counts, related sheets and search filters need.
 */
export interface SheetSummary {
  kind: SheetKind;
  /** Unique across kinds: « atelier:capendu-cantines-scolaires ». */
  key: string;
  url: string;
  title: string;
  summary: string;
  /** Territory ids. */
  territories: string[];
  /** Theme ids. */
  themes: string[];
  /** Extra label shown before the title (« Atelier n° 1 », « Aude »). */
  eyebrow?: string;
}

interface EntryLike<D> {
  id: string;
  data: D;
}

interface Tagged {
  title: string;
  summary: string;
  themes: readonly Ref[];
}

/** Summaries of ateliers. */
export function atelierSummaries(
  entries: readonly EntryLike<
    Tagged & { territories: readonly Ref[]; format: keyof typeof ATELIER_FORMAT_LABELS; number?: string | undefined }
  >[],
): SheetSummary[] {
  return entries.map((e) => ({
    kind: 'atelier',
    key: `atelier:${e.id}`,
    url: sheetUrl('atelier', e.id),
    title: e.data.title,
    summary: e.data.summary,
    territories: e.data.territories.map((t) => t.id),
    themes: e.data.themes.map((t) => t.id),
    eyebrow: atelierLabel(e.data.format, e.data.number),
  }));
}

/** A local example as typed in a measure. */
export interface ExampleLike {
  id: string;
  title: string;
  placeLabel: string;
  summary: string;
  territories: readonly Ref[];
  themes?: readonly Ref[] | undefined;
}

/** Summaries of measures and, separately, of their local examples (which inherit the measure's themes). */
export function mesureSummaries(
  entries: readonly EntryLike<Tagged & { territories: readonly Ref[]; examples: readonly ExampleLike[] }>[],
): { mesures: SheetSummary[]; exemples: SheetSummary[] } {
  const mesures: SheetSummary[] = [];
  const exemples: SheetSummary[] = [];
  for (const e of entries) {
    mesures.push({
      kind: 'mesure',
      key: `mesure:${e.id}`,
      url: sheetUrl('mesure', e.id),
      title: e.data.title,
      summary: e.data.summary,
      territories: e.data.territories.map((t) => t.id),
      themes: e.data.themes.map((t) => t.id),
    });
    for (const x of e.data.examples) {
      exemples.push({
        kind: 'exemple',
        key: `exemple:${x.id}`,
        url: sheetUrl('exemple', e.id, x.id),
        title: x.title,
        summary: x.summary,
        territories: x.territories.map((t) => t.id),
        themes: (x.themes ?? e.data.themes).map((t) => t.id),
        eyebrow: x.placeLabel,
      });
    }
  }
  return { mesures, exemples };
}

/** Summaries of pacte actions. */
export function actionSummaries(entries: readonly EntryLike<Tagged & { territory: Ref }>[]): SheetSummary[] {
  return entries.map((e) => ({
    kind: 'action',
    key: `action:${e.id}`,
    url: sheetUrl('action', e.id),
    title: e.data.title,
    summary: e.data.summary,
    territories: [e.data.territory.id],
    themes: e.data.themes.map((t) => t.id),
  }));
}

/** Summaries of figures or visions (national scope). */
export function nationalSummaries(kind: 'figure' | 'vision', entries: readonly EntryLike<Tagged>[]): SheetSummary[] {
  return entries.map((e) => ({
    kind,
    key: `${kind}:${e.id}`,
    url: sheetUrl(kind, e.id),
    title: e.data.title,
    summary: e.data.summary,
    territories: ['national'],
    themes: e.data.themes.map((t) => t.id),
  }));
}
