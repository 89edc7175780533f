/**
 * THE registry of the Atlas: every content collection and every kind of sheet, in one typed list.
 * Pure TypeScript (no `astro:*` import), so that the Astro build (`src/content.config.ts`), the
 * pages, the scripts (content check, scaffold, benchmark generator) and the tests all read it.
 *
 * To add a kind of sheet, see « Ajouter un type de fiche » in README.md.
 */
import type { z } from 'astro/zod';
import { atelierSchema, type Atelier } from './atelier';
import { mesureSchema, type LocalExample, type Mesure } from './mesure';
import { actionSchema, type Action } from './action';
import { figureSchema, visionSchema, type Figure, type Vision } from './figure';
import { axisSchema, pacteAxisSchema, sourceSchema, sousAxeSchema, territorySchema, themeSchema } from './reference-data';
import { contextPageSchema } from './context-page';
import { glossaryEntrySchema } from './glossary';
import type { RefFactory } from './shared';
import { byActionOrder, byMesureOrder, byOrder, byVisionOrder } from '../lib/order';
import { SHEET_KIND_IDS, type SheetKind } from './kind-ids';

// ---------------------------------------------------------------------------------------------
// Collections

/** Names of every collection, in the order they are documented. */
export const COLLECTION_NAMES = [
  'ateliers',
  'mesures',
  'actions',
  'figures',
  'visions',
  'territoires',
  'themes',
  'sources',
  'axes',
  'pacteAxes',
  'sousAxes',
  'contexte',
  'glossaire',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** How a collection is stored on disk and validated. */
export interface CollectionSpec {
  name: CollectionName;
  /** Folder under `content/`. */
  dir: string;
  /** File extension of its entries: MDX (text written by editors) or YAML (reference data). */
  ext: '.mdx' | '.yaml';
  /** Builds the zod schema, given a reference factory (Astro's `reference` in the build). */
  schema: (ref: RefFactory) => z.ZodType;
}

/** Folder, file extension and schema factory of every collection. */
export const COLLECTIONS = {
  ateliers: { dir: 'ateliers', ext: '.mdx', schema: atelierSchema },
  mesures: { dir: 'mesures', ext: '.mdx', schema: mesureSchema },
  actions: { dir: 'actions', ext: '.mdx', schema: actionSchema },
  figures: { dir: 'figures', ext: '.mdx', schema: figureSchema },
  visions: { dir: 'visions', ext: '.mdx', schema: visionSchema },
  territoires: { dir: 'territoires', ext: '.yaml', schema: territorySchema },
  themes: { dir: 'themes', ext: '.yaml', schema: () => themeSchema },
  sources: { dir: 'sources', ext: '.yaml', schema: () => sourceSchema },
  axes: { dir: 'axes', ext: '.yaml', schema: () => axisSchema },
  pacteAxes: { dir: 'pacte-axes', ext: '.yaml', schema: () => pacteAxisSchema },
  sousAxes: { dir: 'sous-axes', ext: '.yaml', schema: sousAxeSchema },
  contexte: { dir: 'contexte', ext: '.yaml', schema: contextPageSchema },
  glossaire: { dir: 'glossaire', ext: '.yaml', schema: glossaryEntrySchema },
} as const satisfies Record<CollectionName, Omit<CollectionSpec, 'name'>>;

/** Every collection, in documented order. */
export const COLLECTION_SPECS: readonly CollectionSpec[] = COLLECTION_NAMES.map((name) => ({ name, ...COLLECTIONS[name] }));

/** The spec of one collection. */
export function collectionSpec(name: CollectionName): CollectionSpec {
  return { name, ...COLLECTIONS[name] };
}

// ---------------------------------------------------------------------------------------------
// Sheet kinds

/** The data of each collection that holds sheets. */
export interface SheetData {
  ateliers: Atelier;
  mesures: Mesure;
  actions: Action;
  figures: Figure;
  visions: Vision;
}
export type SheetCollection = keyof SheetData;

/** An entry as Astro gives it (Astro's `CollectionEntry` has these two fields and more). */
export interface Entry<D> {
  id: string;
  data: D;
}

/**
 * The common face of every sheet (atelier, measure, local example, pacte action, figure, vision):
 * what lists, counts, related sheets, selections and search filters need.
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

/** What sorting a collection needs besides its entries. */
export interface SortContext {
  /** The `number` of each strategy axis, by axis id. */
  axisNumbers: ReadonlyMap<string, number>;
}

/** Everything the site knows about one kind of sheet. */
export interface KindSpec<C extends SheetCollection> {
  /** Collection whose entries hold the sheets (a local example lives inside its measure). */
  collection: C;
  /** French label, singular and plural, and grammatical gender (« 1 atelier », « une mesure »). */
  label: string;
  plural: string;
  gender: 'm' | 'f';
  /** URL prefix of its pages. */
  path: string;
  /** The Astro route that renders its pages, under src/pages/. */
  route: string;
  /** Open-data dataset (`/donnees/<id>.json|csv`). */
  dataset: string;
  /** Value of the « Type de fiche » search facet. */
  facet: string;
  /** Whether `npm run nouvelle-fiche` can scaffold it (scripts/lib/sheet-template.ts). */
  scaffold: boolean;
  /**
   * A sheet that lives inside an entry of another kind (a local example, at an anchor of its measure's
   * page): no page, no file, no scaffold of its own.
   */
  derived?: boolean;
  /** Site order of the entries of its collection. */
  sort: (ctx: SortContext) => (a: Entry<SheetData[C]>, b: Entry<SheetData[C]>) => number;
  /** The sheets of one entry (a measure gives its local examples as sheets of kind `exemple`). */
  summaries: (entry: Entry<SheetData[C]>) => SheetSummary[];
}

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
const NATIONAL = ['national'];

/** Labels of the atelier formats. */
export const ATELIER_FORMAT_LABELS = {
  atelier: 'Atelier',
  'table-ronde': 'Table ronde',
  'atelier-partenaire': 'Atelier partenaire',
  'atelier-unccas': 'Atelier UNCCAS',
} as const;

/** The heading of an atelier: « Atelier n°1 », « Table ronde I », « Atelier partenaire ». */
export function atelierLabel(format: keyof typeof ATELIER_FORMAT_LABELS, number?: string): string {
  const label = ATELIER_FORMAT_LABELS[format];
  if (!number) return label;
  return format === 'atelier' ? `${label} n°\u00A0${number}` : `${label} ${number}`;
}

function summary(kind: SheetKind, id: string, data: { title: string; summary: string; themes: readonly { id: string }[] }) {
  return {
    kind,
    key: `${kind}:${id}`,
    url: sheetUrl(kind, id),
    title: data.title,
    summary: data.summary,
    themes: ids(data.themes),
  };
}

/** The sheets of local examples of a measure (they inherit the measure's themes when they have none). */
export function exampleSummary(mesure: Entry<Mesure>, x: LocalExample): SheetSummary {
  return {
    kind: 'exemple',
    key: `exemple:${x.id}`,
    url: sheetUrl('exemple', mesure.id, x.id),
    title: x.title,
    summary: x.summary,
    territories: ids(x.territories),
    themes: ids(x.themes ?? mesure.data.themes),
    eyebrow: x.placeLabel,
  };
}

const kind = <C extends SheetCollection>(spec: KindSpec<C>) => spec;

export { SHEET_KIND_IDS, type SheetKind };

/** What the site knows about each kind of sheet (a kind missing here fails the type check). */
export const SHEET_KINDS = {
  atelier: kind({
    collection: 'ateliers',
    label: 'Atelier',
    plural: 'Ateliers',
    gender: 'm',
    path: '/ateliers/',
    route: 'ateliers/[slug].astro',
    dataset: 'ateliers',
    facet: 'Atelier',
    scaffold: true,
    sort: () => byOrder,
    summaries: (e) => [
      {
        ...summary('atelier', e.id, e.data),
        territories: ids(e.data.territories),
        eyebrow: atelierLabel(e.data.format, e.data.number),
      },
    ],
  }),
  mesure: kind({
    collection: 'mesures',
    label: 'Mesure',
    plural: 'Mesures',
    gender: 'f',
    path: '/mesures/',
    route: 'mesures/[slug].astro',
    dataset: 'mesures',
    facet: 'Mesure',
    scaffold: true,
    sort: (ctx) => byMesureOrder(ctx.axisNumbers),
    summaries: (e) => [{ ...summary('mesure', e.id, e.data), territories: ids(e.data.territories) }],
  }),
  exemple: kind({
    collection: 'mesures',
    label: 'Exemple local',
    plural: 'Exemples locaux',
    gender: 'm',
    path: '/mesures/',
    route: 'mesures/[slug].astro',
    dataset: 'exemples-locaux',
    facet: 'Exemple local',
    scaffold: false,
    derived: true,
    sort: (ctx) => byMesureOrder(ctx.axisNumbers),
    summaries: (e) => e.data.examples.map((x) => exampleSummary(e, x)),
  }),
  action: kind({
    collection: 'actions',
    label: 'Action de pacte',
    plural: 'Actions de pacte',
    gender: 'f',
    path: '/pactes/',
    route: 'pactes/[slug].astro',
    dataset: 'actions',
    facet: 'Action de pacte',
    scaffold: true,
    sort: () => byActionOrder,
    summaries: (e) => [{ ...summary('action', e.id, e.data), territories: [e.data.territory.id] }],
  }),
  figure: kind({
    collection: 'figures',
    label: 'Figure de CCAS',
    plural: 'Figures de CCAS',
    gender: 'f',
    path: '/figures/',
    route: 'figures/[slug].astro',
    dataset: 'figures',
    facet: 'Figure de CCAS',
    scaffold: true,
    sort: () => byOrder,
    summaries: (e) => [{ ...summary('figure', e.id, e.data), territories: NATIONAL }],
  }),
  // Visions are fiction imagined in workshops, not real actions: the label says so wherever it shows.
  vision: kind({
    collection: 'visions',
    label: 'Vision 2050 (fiction prospective)',
    plural: 'Visions 2050 (fictions prospectives)',
    gender: 'f',
    path: '/figures/visions/',
    route: 'figures/visions/[slug].astro',
    dataset: 'visions',
    facet: 'Vision 2050 (fiction prospective)',
    scaffold: true,
    sort: () => byVisionOrder,
    summaries: (e) => [{ ...summary('vision', e.id, e.data), territories: NATIONAL }],
  }),
} as const satisfies { [K in SheetKind]: Omit<KindSpec<SheetCollection>, 'sort' | 'summaries'> };
/** The collection of a kind, typed. */
export type CollectionOf<K extends SheetKind> = (typeof SHEET_KINDS)[K]['collection'];
/** The kinds with one page (and one entry) per sheet, in site order. */
export const PAGE_KIND_IDS: readonly SheetKind[] = SHEET_KIND_IDS.filter((k) => !('derived' in SHEET_KINDS[k]));
/** The collections that hold sheets, once each, in site order. */
export const SHEET_COLLECTIONS: readonly SheetCollection[] = [...new Set(SHEET_KIND_IDS.map((k) => SHEET_KINDS[k].collection))];

/**
 * The URL of a sheet. A local example lives on its measure's page, at its anchor.
 * @param kind the kind of sheet.
 * @param id the entry id (for an example: the measure id).
 * @param anchor the example id, for a local example.
 */
export function sheetUrl(kind: SheetKind, id: string, anchor?: string): string {
  const base = `${SHEET_KINDS[kind].path}${id}/`;
  return anchor ? `${base}#${anchor}` : base;
}

/** « 1 atelier », « 2 mesures », « aucune action de pacte » (lowercase, fr-FR digits). */
export function kindCount(kind: SheetKind, n: number): string {
  const spec = SHEET_KINDS[kind];
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  if (n === 0) return `${spec.gender === 'f' ? 'aucune' : 'aucun'} ${lower(spec.label)}`;
  return `${new Intl.NumberFormat('fr-FR').format(n)}\u00A0${lower(n > 1 ? spec.plural : spec.label)}`;
}

/**
 * The sheets of the entries of one kind, in site order.
 * @param entries the entries of the kind's collection, in any order.
 */
export function summariesOf<K extends SheetKind>(
  kindId: K,
  entries: readonly Entry<SheetData[CollectionOf<K>]>[],
  ctx: SortContext,
): SheetSummary[] {
  const spec = SHEET_KINDS[kindId] as unknown as KindSpec<CollectionOf<K>>;
  return [...entries].sort(spec.sort(ctx)).flatMap(spec.summaries);
}

/** The sheets of the given entries of one kind, in the given order. */
export function sheetsOf<K extends SheetKind>(kindId: K, entries: readonly Entry<SheetData[CollectionOf<K>]>[]): SheetSummary[] {
  const spec = SHEET_KINDS[kindId] as unknown as KindSpec<CollectionOf<K>>;
  return entries.flatMap((e) => spec.summaries(e));
}

/**
 * The fields an entry of a collection must have (neither optional nor defaulted), for a generator of
 * synthetic content (the benchmark) that fills only those and follows the schemas as they change.
 * @param ref a reference factory (any id accepted is enough).
 */
export function requiredFields(name: CollectionName, ref: RefFactory): string[] {
  const schema = COLLECTIONS[name].schema(ref) as unknown as { shape?: Record<string, z.ZodType> };
  if (!schema.shape) return [];
  return Object.entries(schema.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}
