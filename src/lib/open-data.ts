/**
 * The open data of the Atlas: one dataset per collection (and one for local examples), each a list of
 * columns (name, description, value). JSON and CSV are both written from this one list, so that a
 * column is documented, published in JSON and published in CSV at once, or not at all.
 */
import type { Cell } from './csv';
import { listCell } from './csv';
import { sheetUrl } from './sheet-kinds';
import type { Entry } from '../schemas/registry';
import type { SheetKind } from '../schemas/kind-ids';
import type { Atelier } from '../schemas/atelier';
import type { LocalExample, Mesure } from '../schemas/mesure';
import type { Action } from '../schemas/action';
import type { Figure, Vision } from '../schemas/figure';
import type { Territory, Theme } from '../schemas/reference-data';

export const LICENCE = {
  name: 'Licence Ouverte / Open Licence version 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

/** What the value functions need to resolve references (names, codes, axis numbers). */
export interface OpenDataContext {
  /** Names of territories, « | »-separated. */
  territoryNames: (refs: readonly { id: string }[]) => string;
  /** INSEE codes of territories, without duplicates, « | »-separated. */
  territoryCodes: (refs: readonly { id: string }[]) => string;
  /** Names of themes, « | »-separated. */
  themeNames: (refs: readonly { id: string }[]) => string;
  /** Short title of a source document. */
  sourceTitle: (id: string) => string;
  /** The `number` of a strategy axis. */
  axisNumber: (id: string) => number;
  /** The code of a sous-axe of the pactes (« 1.2 »). */
  sousAxeCode: (id: string) => string;
}

/** A documented column. */
export interface FieldDoc {
  name: string;
  description: string;
}

/** A column: its name and documentation, and how its value is computed from a record. */
export interface Column<R> extends FieldDoc {
  value: (record: R, ctx: OpenDataContext) => Cell;
}

/** A dataset: title, description (given the number of records) and columns. */
export interface Dataset<R> {
  title: string;
  description: (count: number) => string;
  fields: readonly Column<R>[];
}

const dataset = <R>(d: Dataset<R>) => d;
const n = (count: number) => new Intl.NumberFormat('fr-FR').format(count);

type Sheet = {
  title: string;
  summary: string;
  themes: readonly { id: string }[];
  source: { document: { id: string }; section: string };
};

/** Columns every dataset of sheets opens with, for any kind of the registry. */
function common<R extends Entry<Sheet>>(kind: SheetKind): Column<R>[] {
  return [
    { name: 'id', description: 'Identifiant stable de la fiche (nom du fichier source).', value: (e) => e.id },
    {
      name: 'url',
      description: 'Adresse de la fiche sur le site (chemin depuis la racine).',
      value: (e) => sheetUrl(kind, e.id),
    },
    { name: 'titre', description: 'Titre, tel que dans le document source.', value: (e) => e.data.title },
  ];
}
function tail<R>(sheet: (r: R) => Sheet, themes: (r: R) => readonly { id: string }[] = (r) => sheet(r).themes): Column<R>[] {
  return [
    {
      name: 'themes',
      description: 'Thèmes du vocabulaire de l’Atlas, séparés par « | ».',
      value: (r, c) => c.themeNames(themes(r)),
    },
    { name: 'resume', description: 'Résumé rédigé par l’Atlas (une ou deux phrases).', value: (r) => sheet(r).summary },
    {
      name: 'source',
      description: 'Document source (titre court).',
      value: (r, c) => c.sourceTitle(sheet(r).source.document.id),
    },
    { name: 'section', description: 'Section du document source.', value: (r) => sheet(r).source.section },
  ];
}
function territory<R>(refs: (r: R) => readonly { id: string }[]): Column<R>[] {
  return [
    {
      name: 'territoires',
      description: 'Territoires concernés (départements, métropoles, région), séparés par « | ».',
      value: (r, c) => c.territoryNames(refs(r)),
    },
    {
      name: 'codes_insee',
      description: 'Codes INSEE des départements concernés, séparés par « | » (vide pour la région).',
      value: (r, c) => c.territoryCodes(refs(r)),
    },
  ];
}
const data = <D>(e: Entry<D>) => e.data;

/** A local example with its measure (a record of `exemples-locaux`). */
export interface ExampleRow {
  mesure: Entry<Mesure>;
  example: LocalExample;
}

/** The datasets and their columns, in publication order. */
export const DATASETS = {
  ateliers: dataset<Entry<Atelier>>({
    title: 'Ateliers et tables rondes',
    description: () =>
      'Ateliers, tables rondes et webinaire de la conférence régionale du 7 juillet 2021, et atelier UNCCAS du 7 juillet 2020.',
    fields: [
      ...common('atelier'),
      { name: 'format', description: 'atelier, table-ronde, atelier-partenaire ou atelier-unccas.', value: (e) => e.data.format },
      { name: 'numero', description: 'Numéro dans le guide (1 à 18, I à IV), vide sinon.', value: (e) => e.data.number },
      { name: 'evenement', description: 'Événement où l’atelier s’est tenu.', value: (e) => e.data.event },
      {
        name: 'date',
        description: 'Date de l’événement (AAAA-MM-JJ).',
        value: (e) => e.data.date?.toISOString().slice(0, 10) ?? '',
      },
      {
        name: 'intention',
        description: 'Intention « Je souhaite… » du guide sous laquelle l’atelier était classé.',
        value: (e) => e.data.intent,
      },
      {
        name: 'communes',
        description: 'Communes où l’expérience a été menée, séparées par « | ».',
        value: (e) => listCell(e.data.communes),
      },
      ...territory<Entry<Atelier>>((e) => e.data.territories),
      {
        name: 'intervenants',
        description: 'Intervenants et leur fonction publique d’alors, séparés par « | ».',
        value: (e) => listCell(e.data.speakers.map((p) => `${p.name} (${p.role})`)),
      },
      ...tail<Entry<Atelier>>(data),
    ],
  }),
  mesures: dataset<Entry<Mesure>>({
    title: 'Mesures de la stratégie pauvreté (bilan 2021)',
    description: (count) =>
      `Les ${n(count)} mesures de la stratégie nationale de prévention et de lutte contre la pauvreté en Occitanie.`,
    fields: [
      ...common('mesure'),
      { name: 'axe', description: 'Axe (engagement) de la stratégie, de 1 à 6.', value: (e, c) => c.axisNumber(e.data.axis.id) },
      { name: 'ordre', description: 'Rang de la mesure dans son axe.', value: (e) => e.data.order },
      { name: 'suivi_par', description: 'Ligne « Mesure suivie par… » du bilan.', value: (e) => e.data.followedBy },
      ...territory<Entry<Mesure>>((e) => e.data.territories),
      {
        name: 'nb_exemples',
        description: 'Nombre d’exemples locaux décrits sous la mesure.',
        value: (e) => e.data.examples.length,
      },
      ...tail<Entry<Mesure>>(data),
    ],
  }),
  'exemples-locaux': dataset<ExampleRow>({
    title: 'Exemples locaux des mesures',
    description: (count) => `Les ${n(count)} projets décrits sous les mesures du bilan 2021, avec leur territoire.`,
    fields: [
      {
        name: 'id',
        description: 'Identifiant stable de l’exemple (ancre sur la page de sa mesure).',
        value: (r) => r.example.id,
      },
      {
        name: 'url',
        description: 'Adresse de l’exemple sur le site : la page de sa mesure et son ancre.',
        value: (r) => sheetUrl('exemple', r.mesure.id, r.example.id),
      },
      { name: 'titre', description: 'Titre, tel que dans le document source.', value: (r) => r.example.title },
      { name: 'lieu', description: 'Territoire tel que le bilan l’écrit en titre.', value: (r) => r.example.placeLabel },
      ...territory<ExampleRow>((r) => r.example.territories),
      { name: 'mesure', description: 'Identifiant de la mesure illustrée.', value: (r) => r.mesure.id },
      { name: 'axe', description: 'Axe (1 à 6) de la mesure illustrée.', value: (r, c) => c.axisNumber(r.mesure.data.axis.id) },
      ...tail<ExampleRow>(
        (r) => ({ ...r.mesure.data, summary: r.example.summary }),
        (r) => r.example.themes ?? r.mesure.data.themes,
      ),
    ],
  }),
  actions: dataset<Entry<Action>>({
    title: 'Actions des pactes locaux des solidarités 2024–2027',
    description: (count) =>
      `Les ${n(count)} exemples d’actions de la synthèse régionale des pactes locaux des solidarités (pilier « Solidarité »).`,
    fields: [
      ...common('action'),
      ...territory<Entry<Action>>((e) => [e.data.territory]),
      {
        name: 'sous_axe',
        description: 'Sous-axe du pilier « Solidarité » (1.1 à 3.3) auquel l’action se rattache par son contenu.',
        value: (e, c) => c.sousAxeCode(e.data.sousAxe.id),
      },
      {
        name: 'sous_axe_dans_la_source',
        description: 'Sous-axe sous lequel la source l’a imprimée, quand il diffère.',
        value: (e, c) => (e.data.filedInSourceUnder ? c.sousAxeCode(e.data.filedInSourceUnder.id) : undefined),
      },
      {
        name: 'objectifs',
        description: 'Objectifs, dans l’ordre de la source, séparés par « | ».',
        value: (e) => listCell(e.data.objectives),
      },
      { name: 'calendrier', description: 'Calendrier, tel que la source l’écrit.', value: (e) => e.data.timingText },
      { name: 'annee_debut', description: 'Première année de l’action.', value: (e) => e.data.startYear },
      { name: 'duree_annees', description: 'Durée de l’action, en années.', value: (e) => e.data.durationYears },
      { name: 'nature', description: 'nouvelle, renforcement ou non-precise.', value: (e) => e.data.nature },
      ...tail<Entry<Action>>(data),
    ],
  }),
  figures: dataset<Entry<Figure>>({
    title: 'Figures de CCAS',
    description: (count) => `Les ${n(count)} figures de CCAS du manuel d’inspiration de l’UNCCAS.`,
    fields: [
      ...common('figure'),
      { name: 'question', description: 'La question « Et si… » de la figure.', value: (e) => e.data.question },
      ...tail<Entry<Figure>>(data),
    ],
  }),
  visions: dataset<Entry<Vision>>({
    title: 'Visions de l’action sociale en 2050',
    description: (count) =>
      `Les ${n(count)} visions imaginées lors des ateliers UNCCAS de 2019, avec les figures que la rédaction en rapproche (le manuel ne fait pas ce lien).`,
    fields: [
      ...common('vision'),
      { name: 'ville', description: 'Ville de l’atelier UNCCAS d’où vient la vision.', value: (e) => e.data.city },
      { name: 'annee', description: 'Année de l’atelier UNCCAS.', value: (e) => e.data.year },
      {
        name: 'figures',
        description: 'Identifiants des figures liées, séparés par « | ».',
        value: (e) => listCell(e.data.figures.map((f) => f.id)),
      },
      ...tail<Entry<Vision>>(data),
    ],
  }),
  territoires: dataset<Entry<Territory>>({
    title: 'Territoires',
    description: () => 'Les départements d’Occitanie, les métropoles ou communauté urbaine, la région et l’échelon national.',
    fields: [
      {
        name: 'id',
        description: 'Identifiant du territoire, utilisé dans les autres jeux (colonne territoires : son nom).',
        value: (t) => t.id,
      },
      { name: 'nom', description: 'Nom officiel.', value: (t) => t.data.name },
      { name: 'type', description: 'departement, metropole, region ou national.', value: (t) => t.data.kind },
      {
        name: 'code_insee',
        description: 'Code INSEE du département (celui de son département pour une métropole).',
        value: (t) => t.data.code,
      },
      {
        name: 'departement',
        description: 'Pour une métropole : identifiant de son département.',
        value: (t) => t.data.parent?.id,
      },
      {
        name: 'contractualisation_2021',
        description: 'Crédits de l’État de la contractualisation 2021 (CALPAE), en euros, d’après le bilan 2021.',
        value: (t) => t.data.contractualisation2021?.value,
      },
      {
        name: 'contractualisation_2021_note',
        description: 'Précision sur ce montant, telle que dans le bilan (ex. « 0* »).',
        value: (t) => [t.data.contractualisation2021?.display, t.data.contractualisation2021?.label].filter(Boolean).join(' ; '),
      },
    ],
  }),
  themes: dataset<Entry<Theme>>({
    title: 'Thèmes',
    description: (count) => `Le vocabulaire des ${n(count)} thèmes de l’Atlas.`,
    fields: [
      { name: 'id', description: 'Identifiant du thème.', value: (t) => t.id },
      { name: 'nom', description: 'Nom du thème, tel qu’il apparaît dans les autres jeux.', value: (t) => t.data.name },
      { name: 'description', description: 'Ce que le thème couvre.', value: (t) => t.data.description },
    ],
  }),
};

export type DatasetId = keyof typeof DATASETS;
export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

/** The column names of a dataset. */
export function columnsOf(id: DatasetId): string[] {
  return DATASETS[id].fields.map((f) => f.name);
}

/** The documentation of a dataset's columns (name and description), as published in JSON and on /donnees/. */
export function fieldDocs(id: DatasetId): FieldDoc[] {
  return DATASETS[id].fields.map(({ name, description }) => ({ name, description }));
}

/** The records of a dataset: one object per record, with exactly the documented columns, in order. */
export function datasetRecords<R>(ds: Dataset<R>, records: readonly R[], ctx: OpenDataContext): Record<string, Cell>[] {
  return records.map((r) => Object.fromEntries(ds.fields.map((f) => [f.name, f.value(r, ctx)])));
}
