/**
 * The open data of the Atlas: one dataset per collection (and one for local examples), each
 * documented field by field, published in JSON and CSV under the Licence Ouverte 2.0.
 */

export const LICENCE = {
  name: 'Licence Ouverte / Open Licence version 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

/** A documented column. */
export interface FieldDoc {
  name: string;
  description: string;
}

const common: FieldDoc[] = [
  { name: 'id', description: 'Identifiant stable de la fiche (nom du fichier source).' },
  { name: 'url', description: 'Adresse de la fiche sur le site (chemin depuis la racine).' },
  { name: 'titre', description: 'Titre, tel que dans le document source.' },
];
const tail: FieldDoc[] = [
  { name: 'themes', description: 'Thèmes du vocabulaire de l’Atlas, séparés par « | ».' },
  { name: 'resume', description: 'Résumé rédigé par l’Atlas (une ou deux phrases).' },
  { name: 'source', description: 'Document source (titre court).' },
  { name: 'section', description: 'Section du document source.' },
];
const territory: FieldDoc[] = [
  { name: 'territoires', description: 'Territoires concernés (départements, métropoles, région), séparés par « | ».' },
  { name: 'codes_insee', description: 'Codes INSEE des départements concernés, séparés par « | » (vide pour la région).' },
];

/** The datasets and their columns, in publication order. */
export const DATASETS = {
  ateliers: {
    title: 'Ateliers et tables rondes',
    description:
      'Ateliers, tables rondes et webinaire de la conférence régionale du 7 juillet 2021, et atelier UNCCAS du 7 juillet 2020.',
    fields: [
      ...common,
      { name: 'format', description: 'atelier, table-ronde, atelier-partenaire ou atelier-unccas.' },
      { name: 'numero', description: 'Numéro dans le guide (1 à 18, I à IV), vide sinon.' },
      { name: 'evenement', description: 'Événement où l’atelier s’est tenu.' },
      { name: 'date', description: 'Date de l’événement (AAAA-MM-JJ).' },
      { name: 'intention', description: 'Intention « Je souhaite… » du guide sous laquelle l’atelier était classé.' },
      { name: 'communes', description: 'Communes où l’expérience a été menée, séparées par « | ».' },
      ...territory,
      { name: 'intervenants', description: 'Intervenants et leur fonction publique d’alors, séparés par « | ».' },
      ...tail,
    ],
  },
  mesures: {
    title: 'Mesures de la stratégie pauvreté (bilan 2021)',
    description: 'Les 48 mesures de la stratégie nationale de prévention et de lutte contre la pauvreté en Occitanie.',
    fields: [
      ...common,
      { name: 'axe', description: 'Axe (engagement) de la stratégie, de 1 à 6.' },
      { name: 'ordre', description: 'Rang de la mesure dans son axe.' },
      { name: 'suivi_par', description: 'Ligne « Mesure suivie par… » du bilan.' },
      ...territory,
      { name: 'nb_exemples', description: 'Nombre d’exemples locaux décrits sous la mesure.' },
      ...tail,
    ],
  },
  'exemples-locaux': {
    title: 'Exemples locaux des mesures',
    description: 'Les 91 projets décrits sous les mesures du bilan 2021, avec leur territoire.',
    fields: [
      ...common,
      { name: 'lieu', description: 'Territoire tel que le bilan l’écrit en titre.' },
      ...territory,
      { name: 'mesure', description: 'Identifiant de la mesure illustrée.' },
      { name: 'axe', description: 'Axe (1 à 6) de la mesure illustrée.' },
      ...tail,
    ],
  },
  actions: {
    title: 'Actions des pactes locaux des solidarités 2024–2027',
    description: 'Les 18 exemples d’actions de la synthèse régionale des pactes locaux des solidarités (pilier « Solidarité »).',
    fields: [
      ...common,
      ...territory,
      {
        name: 'sous_axe',
        description: 'Sous-axe du pilier « Solidarité » (1.1 à 3.3) auquel l’action se rattache par son contenu.',
      },
      { name: 'sous_axe_dans_la_source', description: 'Sous-axe sous lequel la source l’a imprimée, quand il diffère.' },
      { name: 'objectifs', description: 'Objectifs, dans l’ordre de la source, séparés par « | ».' },
      { name: 'calendrier', description: 'Calendrier, tel que la source l’écrit.' },
      { name: 'annee_debut', description: 'Première année de l’action.' },
      { name: 'duree_annees', description: 'Durée de l’action, en années.' },
      { name: 'nature', description: 'nouvelle, renforcement ou non-precise.' },
      ...tail,
    ],
  },
  figures: {
    title: 'Figures de CCAS',
    description: 'Les sept figures de CCAS du manuel d’inspiration de l’UNCCAS.',
    fields: [...common, { name: 'question', description: 'La question « Et si… » de la figure.' }, ...tail],
  },
  visions: {
    title: 'Visions de l’action sociale en 2050',
    description:
      'Les 18 visions imaginées lors des ateliers UNCCAS de 2019, avec les figures que la rédaction en rapproche (le manuel ne fait pas ce lien).',
    fields: [
      ...common,
      { name: 'ville', description: 'Ville de l’atelier UNCCAS d’où vient la vision.' },
      { name: 'annee', description: 'Année de l’atelier UNCCAS.' },
      { name: 'figures', description: 'Identifiants des figures liées, séparés par « | ».' },
      ...tail,
    ],
  },
  territoires: {
    title: 'Territoires',
    description: 'Les 13 départements d’Occitanie, les 3 métropoles ou communauté urbaine, la région et l’échelon national.',
    fields: [
      { name: 'id', description: 'Identifiant du territoire, utilisé dans les autres jeux (colonne territoires : son nom).' },
      { name: 'nom', description: 'Nom officiel.' },
      { name: 'type', description: 'departement, metropole, region ou national.' },
      { name: 'code_insee', description: 'Code INSEE du département (celui de son département pour une métropole).' },
      { name: 'departement', description: 'Pour une métropole : identifiant de son département.' },
      {
        name: 'contractualisation_2021',
        description: 'Crédits de l’État de la contractualisation 2021 (CALPAE), en euros, d’après le bilan 2021.',
      },
      { name: 'contractualisation_2021_note', description: 'Précision sur ce montant, telle que dans le bilan (ex. « 0* »).' },
    ],
  },
  themes: {
    title: 'Thèmes',
    description: 'Le vocabulaire des 16 thèmes de l’Atlas.',
    fields: [
      { name: 'id', description: 'Identifiant du thème.' },
      { name: 'nom', description: 'Nom du thème, tel qu’il apparaît dans les autres jeux.' },
      { name: 'description', description: 'Ce que le thème couvre.' },
    ],
  },
} as const satisfies Record<string, { title: string; description: string; fields: FieldDoc[] }>;

export type DatasetId = keyof typeof DATASETS;
export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

/** The column names of a dataset. */
export function columnsOf(id: DatasetId): string[] {
  return DATASETS[id].fields.map((f) => f.name);
}
