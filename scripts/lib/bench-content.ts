/**
 * Synthetic content for the benchmark (`npm run bench`, issue 7): sheets of every kind, valid against
 * the schemas of `src/schemas/`, with French bodies of 400 to 900 words built from a vocabulary, so that
 * the build has realistic pages and the search has something to find. Pure and deterministic: the same
 * size, references and seed always give the same files. The entry point (`scripts/bench.ts`) writes them.
 */
import { parse as parseYaml } from 'yaml';
import { ACTION_NATURES } from '../../src/schemas/action';
import { ATELIER_FORMATS, INTENT_IDS } from '../../src/schemas/atelier';
import { VISION_CITIES } from '../../src/schemas/figure';
import type { RawEntry } from './content-check';

/** The five kinds of sheet written as MDX files. */
export type BenchKind = 'atelier' | 'mesure' | 'action' | 'figure' | 'vision';

/** Folder of each kind under the content root. */
export const KIND_DIRS: Record<BenchKind, string> = {
  atelier: 'ateliers',
  mesure: 'mesures',
  action: 'actions',
  figure: 'figures',
  vision: 'visions',
};

/** URL prefix of each kind on the built site (see `src/lib/sheet-kinds.ts`). */
export const KIND_PATHS: Record<BenchKind, string> = {
  atelier: '/ateliers/',
  mesure: '/mesures/',
  action: '/pactes/',
  figure: '/figures/',
  vision: '/figures/visions/',
};

/**
 * The mix of kinds, repeated every 20 sheets: 6 ateliers, 6 pacte actions, 4 measures, 3 visions and
 * 1 figure. It starts with a figure so that visions always have one to point to.
 */
export const KIND_CYCLE: readonly BenchKind[] = [
  'figure',
  'atelier',
  'action',
  'mesure',
  'atelier',
  'action',
  'vision',
  'atelier',
  'action',
  'mesure',
  'atelier',
  'action',
  'vision',
  'atelier',
  'action',
  'mesure',
  'atelier',
  'action',
  'mesure',
  'vision',
];

/** Number of local examples of successive measures (1.75 on average; the real content has 1.9). */
export const EXAMPLES_CYCLE: readonly number[] = [2, 1, 3, 2, 0, 2, 3, 1];

/** Bounds of the body of a sheet, in words. */
export const MIN_WORDS = 400;
export const MAX_WORDS = 900;
/**
 * Highest target drawn: a body stops after the sentence that reaches its target, and a heading plus a
 * sentence is at most 45 words, so 850 keeps every body under `MAX_WORDS`.
 */
const TARGET_MAX = 850;

/** Reference collections the synthetic sheets point to (copied from the project's `content/`). */
export const REFERENCE_DIRS = ['territoires', 'themes', 'sources', 'axes', 'pacte-axes', 'sous-axes', 'contexte'] as const;

/** Source document of each kind (ids of `content/sources/`). */
export const SOURCES = {
  conference: 'guide-conference-2021',
  unccasAtelier: 'unccas-atelier-2020',
  bilan: 'bilan-strategie-2021',
  pactes: 'pactes-solidarites-2024',
  manuel: 'unccas-manuel-inspiration',
} as const;

/** A territory, as far as the generator needs it. */
export interface BenchTerritory {
  id: string;
  name: string;
  kind: 'departement' | 'metropole' | 'region' | 'national';
  code?: string;
}

/** The ids the synthetic sheets may refer to. */
export interface BenchReferences {
  territories: BenchTerritory[];
  themes: { id: string; name: string }[];
  axes: string[];
  sousAxes: string[];
  sources: string[];
}

/** One file to write, relative to the content root (or to the Starlight project). */
export interface BenchFile {
  path: string;
  text: string;
}

/** A generated sheet. */
export interface BenchSheet {
  kind: BenchKind;
  id: string;
  title: string;
  summary: string;
  /** Markdown body (the same in the Atlas and in the Starlight peer). */
  body: string;
  /** Words of the body (see `countWords`). */
  words: number;
  territories: string[];
  themes: string[];
  /** Number of local examples (measures only). */
  examples: number;
  /** URL of its page on the built Atlas. */
  url: string;
  /** The MDX file. */
  file: BenchFile;
}

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence.
 * @returns a function giving numbers in [0, 1).
 */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one item of a non-empty list. */
function pick<T>(rng: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rng() * list.length)];
  if (item === undefined) throw new Error('liste vide');
  return item;
}

/** An integer in [min, max]. */
function between(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** « Épicerie solidaire à Foix » → « epicerie-solidaire-a-foix ». */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words of a text: the runs of non-space characters that hold a letter or a digit (« ## » and « ; » do not count). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** How many sheets of each kind a size gives. */
export function kindCounts(size: number): Record<BenchKind, number> {
  const counts: Record<BenchKind, number> = { atelier: 0, mesure: 0, action: 0, figure: 0, vision: 0 };
  for (let i = 0; i < size; i++) counts[KIND_CYCLE[i % KIND_CYCLE.length]!]++;
  return counts;
}

/**
 * Reads the reference ids from the project's reference collections (YAML entries as read by
 * `readContent`).
 */
export function referencesFromEntries(entries: readonly RawEntry[]): BenchReferences {
  const of = (collection: RawEntry['collection']) => entries.filter((e) => e.collection === collection);
  const data = (e: RawEntry) => parseYaml(e.text) as Record<string, unknown>;
  return {
    territories: of('territoires').map((e) => {
      const d = data(e);
      const t: BenchTerritory = { id: e.id, name: String(d.name), kind: d.kind as BenchTerritory['kind'] };
      if (d.code !== undefined) t.code = String(d.code);
      return t;
    }),
    themes: of('themes').map((e) => ({ id: e.id, name: String(data(e).name) })),
    axes: of('axes').map((e) => e.id),
    sousAxes: of('sousAxes').map((e) => e.id),
    sources: of('sources').map((e) => e.id),
  };
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------

interface ThemeWords {
  /** Noun phrases the sentences are about. */
  topics: readonly string[];
  /** Who benefits (plural). */
  publics: readonly string[];
  /** Infinitive phrases (« ouvrir une épicerie solidaire »). */
  goals: readonly string[];
}

/** Words by theme id; a theme missing here uses `GENERIC`. */
export const THEME_WORDS: Record<string, ThemeWords> = {
  'acces-aux-droits': {
    topics: [
      'l’accès aux droits',
      'le non-recours aux prestations',
      'les permanences d’accueil',
      'l’analyse des besoins sociaux',
    ],
    publics: ['allocataires du RSA', 'habitants isolés', 'personnes en situation de non-recours'],
    goals: ['réduire le non-recours aux droits', 'simplifier les démarches administratives', 'ouvrir un guichet unique'],
  },
  alimentation: {
    topics: ['l’aide alimentaire', 'l’épicerie solidaire', 'la cantine à un euro', 'les petits-déjeuners à l’école'],
    publics: ['familles modestes', 'enfants des écoles primaires', 'étudiants précaires'],
    goals: ['garantir un repas équilibré par jour', 'ouvrir une épicerie solidaire', 'soutenir les jardins partagés'],
  },
  'budget-surendettement': {
    topics: [
      'les points conseil budget',
      'la prévention du surendettement',
      'le microcrédit personnel',
      'l’éducation budgétaire',
    ],
    publics: ['ménages surendettés', 'familles en difficulté financière', 'retraités modestes'],
    goals: ['prévenir les impayés', 'accompagner la gestion du budget', 'éviter les frais bancaires'],
  },
  'culture-sport': {
    topics: ['l’accès à la culture', 'le sport pour tous', 'les vacances des familles', 'le pass culture'],
    publics: ['jeunes des quartiers', 'familles monoparentales', 'enfants de l’aide sociale à l’enfance'],
    goals: ['ouvrir les équipements culturels', 'financer les licences sportives', 'organiser des sorties familiales'],
  },
  education: {
    topics: ['la réussite éducative', 'le décrochage scolaire', 'l’obligation de formation', 'l’accompagnement à la scolarité'],
    publics: ['collégiens', 'élèves décrocheurs', 'parents d’élèves'],
    goals: ['prévenir le décrochage scolaire', 'renforcer le lien avec les familles', 'accompagner les devoirs'],
  },
  'emploi-insertion': {
    topics: [
      'l’insertion professionnelle',
      'les chantiers d’insertion',
      'le retour à l’emploi',
      'l’insertion par l’activité économique',
    ],
    publics: ['demandeurs d’emploi de longue durée', 'bénéficiaires du RSA', 'salariés en insertion'],
    goals: [
      'lever les freins à l’emploi',
      'rapprocher les entreprises et les demandeurs d’emploi',
      'créer des emplois d’utilité sociale',
    ],
  },
  'gouvernance-ccas': {
    topics: ['le conseil d’administration du CCAS', 'l’analyse des besoins sociaux', 'la coopération intercommunale', 'le CIAS'],
    publics: ['élus municipaux', 'administrateurs de CCAS', 'agents des CCAS'],
    goals: ['structurer la politique sociale de la commune', 'créer un CIAS', 'coordonner les acteurs du territoire'],
  },
  jeunesse: {
    topics: ['l’accompagnement des jeunes', 'le logement des jeunes', 'la garantie jeunes', 'les points accueil écoute jeunes'],
    publics: ['jeunes de 16 à 25 ans', 'jeunes sortant de l’aide sociale à l’enfance', 'jeunes sans emploi ni formation'],
    goals: [
      'accompagner les jeunes vers l’autonomie',
      'loger les jeunes travailleurs',
      'prévenir les ruptures des jeunes majeurs',
    ],
  },
  'logement-hebergement': {
    topics: ['l’accès au logement', 'la prévention des expulsions locatives', 'l’hébergement d’urgence', 'le Logement d’abord'],
    publics: ['ménages sans domicile', 'locataires menacés d’expulsion', 'personnes hébergées'],
    goals: ['reloger les ménages sans domicile', 'prévenir les expulsions locatives', 'ouvrir une pension de famille'],
  },
  mobilite: {
    topics: ['la mobilité solidaire', 'le transport à la demande', 'le garage solidaire', 'le permis de conduire'],
    publics: ['habitants des zones rurales', 'demandeurs d’emploi sans véhicule', 'personnes âgées non motorisées'],
    goals: ['lever les freins à la mobilité', 'prêter des véhicules', 'financer le permis de conduire'],
  },
  numerique: {
    topics: [
      'l’inclusion numérique',
      'les conseillers numériques',
      'la dématérialisation des démarches',
      'les ateliers numériques',
    ],
    publics: ['personnes éloignées du numérique', 'seniors', 'usagers des services publics'],
    goals: ['accompagner les démarches en ligne', 'équiper les familles', 'former aux usages numériques'],
  },
  'personnes-agees': {
    topics: ['le maintien à domicile', 'la lutte contre l’isolement des aînés', 'la perte d’autonomie', 'le portage de repas'],
    publics: ['personnes âgées isolées', 'aidants familiaux', 'retraités à faibles ressources'],
    goals: ['rompre l’isolement des personnes âgées', 'soutenir les aidants', 'adapter les logements au vieillissement'],
  },
  'petite-enfance': {
    topics: [
      'l’accueil du jeune enfant',
      'les places en crèche',
      'le soutien à la parentalité',
      'la protection maternelle et infantile',
    ],
    publics: ['familles monoparentales', 'parents de jeunes enfants', 'enfants de moins de trois ans'],
    goals: ['créer des places en crèche', 'soutenir les parents', 'favoriser la mixité sociale en crèche'],
  },
  'precarite-energetique': {
    topics: ['la précarité énergétique', 'la rénovation des logements', 'le chèque énergie', 'les impayés d’énergie'],
    publics: ['ménages en précarité énergétique', 'propriétaires modestes', 'locataires du parc privé'],
    goals: ['réduire les factures d’énergie', 'repérer les logements énergivores', 'financer les travaux d’isolation'],
  },
  sante: {
    topics: ['l’accès aux soins', 'la santé mentale', 'les contrats locaux de santé', 'la médiation en santé'],
    publics: ['personnes sans complémentaire santé', 'patients précaires', 'personnes en souffrance psychique'],
    goals: ['ouvrir une maison de santé', 'faciliter l’accès aux soins', 'accompagner vers la complémentaire santé solidaire'],
  },
  'violences-droits-des-femmes': {
    topics: [
      'les violences intrafamiliales',
      'l’hébergement des femmes victimes',
      'les droits des femmes',
      'l’égalité professionnelle',
    ],
    publics: ['femmes victimes de violences', 'enfants exposés aux violences', 'mères isolées'],
    goals: ['mettre à l’abri les victimes', 'former les professionnels au repérage', 'accompagner les femmes vers l’autonomie'],
  },
};

/** Words for a theme the table does not know. */
export const GENERIC: ThemeWords = {
  topics: ['l’action sociale de proximité', 'la lutte contre la pauvreté', 'l’accompagnement social'],
  publics: ['habitants', 'familles', 'personnes accompagnées'],
  goals: ['améliorer l’accompagnement social', 'coordonner les acteurs locaux'],
};

const SUBJECTS = [
  'Le CCAS',
  'La commune',
  'Le conseil départemental',
  'L’association',
  'La caisse d’allocations familiales',
  'Le centre social',
  'La mission locale',
  'L’intercommunalité',
  'Le CIAS',
  'L’équipe municipale',
  'Le réseau des bénévoles',
  'La préfecture',
];
const VERBS = [
  'accompagne',
  'soutient',
  'finance',
  'organise',
  'coordonne',
  'développe',
  'renforce',
  'expérimente',
  'anime',
  'améliore',
  'facilite',
  'évalue',
];
const COMPLEMENTS = [
  'dans les quartiers prioritaires',
  'en milieu rural',
  'avec les partenaires du territoire',
  'depuis le début du mandat',
  'pendant trois ans',
  'au plus près des habitants',
  'en lien avec les services de l’État',
  'grâce à un financement de la stratégie pauvreté',
  'avec une équipe pluridisciplinaire',
  'dans le cadre du pacte local des solidarités',
];
const PARTNERS = [
  'la caisse d’allocations familiales',
  'France Travail',
  'les bailleurs sociaux',
  'l’agence régionale de santé',
  'les associations caritatives',
  'l’éducation nationale',
  'les entreprises locales',
  'les centres sociaux',
];
const CONNECTORS = [
  'Concrètement',
  'Par ailleurs',
  'En pratique',
  'Au quotidien',
  'Dans un second temps',
  'Pour aller plus loin',
];
const HEADINGS = [
  'Le constat',
  'Ce qui a été fait',
  'Comment faire',
  'Les partenaires',
  'Les résultats',
  'Les difficultés rencontrées',
  'Ce qu’on peut en retenir',
  'Les prochaines étapes',
];
const FIGURE_ROLES = [
  'veilleur des solidarités',
  'tisseur de liens',
  'passeur de droits',
  'bâtisseur de coopérations',
  'éclaireur du territoire',
  'garant de l’hospitalité',
  'artisan des transitions',
];

/** Communes by département code, and by id for the métropoles. */
export const COMMUNES: Record<string, readonly string[]> = {
  '09': ['Foix', 'Pamiers', 'Saint-Girons', 'Lavelanet'],
  '11': ['Carcassonne', 'Narbonne', 'Castelnaudary', 'Limoux', 'Capendu'],
  '12': ['Rodez', 'Millau', 'Villefranche-de-Rouergue', 'Decazeville'],
  '30': ['Nîmes', 'Alès', 'Bagnols-sur-Cèze', 'Beaucaire'],
  '31': ['Muret', 'Saint-Gaudens', 'Labège', 'Revel'],
  '32': ['Auch', 'Condom', 'Fleurance', 'L’Isle-Jourdain'],
  '34': ['Béziers', 'Sète', 'Agde', 'Lunel'],
  '46': ['Cahors', 'Figeac', 'Gourdon', 'Souillac'],
  '48': ['Mende', 'Marvejols', 'Langogne', 'Florac'],
  '65': ['Tarbes', 'Lourdes', 'Bagnères-de-Bigorre', 'Lannemezan'],
  '66': ['Prades', 'Céret', 'Argelès-sur-Mer', 'Thuir'],
  '81': ['Albi', 'Castres', 'Gaillac', 'Graulhet'],
  '82': ['Montauban', 'Castelsarrasin', 'Moissac', 'Caussade'],
  'toulouse-metropole': ['Toulouse', 'Blagnac', 'Colomiers', 'Tournefeuille'],
  'montpellier-mediterranee-metropole': ['Montpellier', 'Lattes', 'Castelnau-le-Lez', 'Pérols'],
  'perpignan-mediterranee-metropole': ['Perpignan', 'Canet-en-Roussillon', 'Rivesaltes', 'Cabestany'],
};

function communesOf(t: BenchTerritory): readonly string[] {
  return COMMUNES[t.id] ?? (t.code ? COMMUNES[t.code] : undefined) ?? ['la commune'];
}

// ---------------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------------

/** What the sentences of one sheet talk about. */
interface TextContext {
  words: ThemeWords[];
  places: { commune: string; territory: string }[];
}

function wordsOf(themes: readonly string[]): ThemeWords[] {
  return themes.map((id) => THEME_WORDS[id] ?? GENERIC);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function uncapitalize(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** French contractions: « de le » → « du », « à les » → « aux »… (also before a bold topic). */
export function contract(text: string): string {
  return text
    .replace(/\b([dD])e (\*\*)?le /g, '$1u $2')
    .replace(/\b([dD])e (\*\*)?les /g, '$1es $2')
    .replace(/(^|\s)à (\*\*)?le /g, '$1au $2')
    .replace(/(^|\s)à (\*\*)?les /g, '$1aux $2');
}

/** One sentence, from a vocabulary chosen by the themes of the sheet. */
function sentence(rng: () => number, ctx: TextContext): string {
  return contract(rawSentence(rng, ctx));
}

function rawSentence(rng: () => number, ctx: TextContext): string {
  const w = pick(rng, ctx.words);
  const place = pick(rng, ctx.places);
  const topic = rng() < 0.1 ? `**${pick(rng, w.topics)}**` : pick(rng, w.topics);
  switch (between(rng, 0, 5)) {
    case 0:
      return `${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${topic} ${pick(rng, COMPLEMENTS)}.`;
    case 1:
      return `En ${between(rng, 2019, 2025)}, ${between(rng, 12, 2400)} ${pick(rng, w.publics)} ont bénéficié de ${topic} à ${place.commune} (${place.territory}).`;
    case 2:
      return `${pick(rng, CONNECTORS)}, ${uncapitalize(pick(rng, SUBJECTS))} ${pick(rng, VERBS)} ${topic} avec ${pick(rng, PARTNERS)}, pour les ${pick(rng, w.publics)}.`;
    case 3:
      return `Le dispositif repose sur ${topic} et sur ${pick(rng, pick(rng, ctx.words).topics)}, ${pick(rng, COMPLEMENTS)}.`;
    case 4:
      return `Pour les élus de ${place.commune}, l’enjeu est de ${pick(rng, w.goals)} ${pick(rng, COMPLEMENTS)} : les ${pick(rng, w.publics)} en sont les premiers bénéficiaires.`;
    default:
      return `${capitalize(pick(rng, w.goals))} demande du temps, une coordination avec ${pick(rng, PARTNERS)} et un budget de ${between(rng, 5, 900)} 000 euros sur ${between(rng, 2, 5)} ans.`;
  }
}

/** A list item: a goal, with its public. */
function bullet(rng: () => number, ctx: TextContext): string {
  const w = pick(rng, ctx.words);
  return `- ${capitalize(pick(rng, w.goals))} pour les ${pick(rng, w.publics)} ;`;
}

/**
 * A Markdown body of `target` words or a little more (sections of paragraphs and lists): it stops after
 * the sentence that reaches the target, so the overshoot is at most one sentence.
 */
function body(rng: () => number, ctx: TextContext, target: number): string {
  const blocks: string[] = [];
  let words = 0;
  const add = (text: string) => {
    blocks.push(text);
    words += countWords(text);
  };
  const headings = [...HEADINGS];
  for (let section = 0; words < target && section < 40; section++) {
    add(`## ${headings.splice(Math.floor(rng() * headings.length), 1)[0] ?? `Volet ${section + 1}`}`);
    // A heading is always followed by at least one sentence.
    for (let p = between(rng, 1, 3), first = true; p > 0 && (first || words < target); p--, first = false) {
      const sentences: string[] = [];
      for (let s = between(rng, 3, 6); s > 0 && (sentences.length === 0 || words < target); s--) {
        const text = sentence(rng, ctx);
        sentences.push(text);
        words += countWords(text);
      }
      blocks.push(sentences.join(' '));
    }
    if (words < target && rng() < 0.5) {
      const items: string[] = [];
      for (let b = between(rng, 3, 4); b > 0 && words < target; b--) {
        const text = bullet(rng, ctx);
        items.push(text);
        words += countWords(text);
      }
      blocks.push(items.join('\n'));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** One or two sentences of at most 400 characters (the schemas' limit for `summary`). */
function summary(rng: () => number, ctx: TextContext): string {
  let text = sentence(rng, ctx).replace(/\*\*/g, '');
  const second = sentence(rng, ctx).replace(/\*\*/g, '');
  if (text.length + 1 + second.length <= 400) text = `${text} ${second}`;
  return text.length <= 400 ? text : `${text.slice(0, 396).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------------

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text: string) => JSON.stringify(text);
const list = (items: readonly string[]) => `[${items.join(', ')}]`;

function frontmatter(lines: readonly string[], text: string): string {
  return `---\n${lines.join('\n')}\n---\n\n${text}`;
}

/**
 * Generates `size` sheets valid against the schemas, referring only to `refs`.
 * @param size number of sheets (MDX files).
 * @param refs the reference ids (see `referencesFromEntries`).
 * @param seed seed of the generator.
 */
export function generateSheets(size: number, refs: BenchReferences, seed = 2026): BenchSheet[] {
  const places = refs.territories.filter((t) => t.kind === 'departement' || t.kind === 'metropole');
  const region = refs.territories.find((t) => t.kind === 'region');
  if (places.length === 0 || !region) throw new Error('territoires de référence manquants (départements et région)');
  if (refs.themes.length === 0 || refs.axes.length === 0 || refs.sousAxes.length === 0) {
    throw new Error('données de référence manquantes (thèmes, axes ou sous-axes)');
  }
  for (const id of Object.values(SOURCES)) {
    if (!refs.sources.includes(id)) throw new Error(`source de référence manquante : ${id}`);
  }
  const rng = createRng(seed);
  const counters: Record<BenchKind, number> = { atelier: 0, mesure: 0, action: 0, figure: 0, vision: 0 };
  const perAxis = new Map<string, number>();
  const perCity = new Map<string, number>();
  const figureIds: string[] = [];
  const sheets: BenchSheet[] = [];
  let exampleCursor = 0;
  // Visions need figure ids: figures come first in each cycle, so every vision has one before it.
  for (let i = 0; i < size; i++) {
    const kind = KIND_CYCLE[i % KIND_CYCLE.length]!;
    const k = counters[kind]++;
    // Territories follow the sheets of each kind, themes all sheets, shifted at each round so that
    // every territory meets every theme.
    const place = places[k % places.length]!;
    const other = places[(k * 7 + 3) % places.length]!;
    const theme = refs.themes[(i + Math.floor(i / refs.themes.length)) % refs.themes.length]!.id;
    const themes = rng() < 0.5 ? [theme] : [...new Set([theme, pick(rng, refs.themes).id])];
    const ctx: TextContext = {
      words: wordsOf(themes),
      places: [place, other].map((t) => ({ commune: pick(rng, communesOf(t)), territory: t.name })),
    };
    const commune = ctx.places[0]!.commune;
    const w = ctx.words[0]!;
    const goal = pick(rng, w.goals);
    const number = String(i + 1).padStart(5, '0');
    const target = between(rng, MIN_WORDS, TARGET_MAX);
    const text = body(rng, ctx, target);
    const sum = summary(rng, ctx);
    const source = (document: string, section: string) => ['source:', `  document: ${document}`, `  section: ${q(section)}`];
    let title: string;
    let id: string;
    let territories: string[] = [];
    let examples = 0;
    let lines: string[];
    switch (kind) {
      case 'atelier': {
        const format = ATELIER_FORMATS[k % ATELIER_FORMATS.length]!;
        const unccas = format === 'atelier-unccas';
        title = `${capitalize(goal)} à ${commune}`;
        id = `atelier-${number}-${slugify(goal)}`;
        territories = k % 25 === 24 ? [region.id] : k % 3 === 0 ? [place.id, other.id] : [place.id];
        territories = [...new Set(territories)];
        lines = [
          `title: ${q(title)}`,
          `format: ${format}`,
          ...(format === 'atelier' ? [`number: '${(k % 18) + 1}'`] : []),
          `order: ${k}`,
          `event: ${q(unccas ? 'Atelier début de mandat (UNCCAS)' : 'Conférence régionale du 7 juillet 2021')}`,
          `date: ${unccas ? '2020-07-07' : '2021-07-07'}`,
          ...(unccas ? [] : [`intent: ${INTENT_IDS[k % INTENT_IDS.length]}`]),
          `communes: ${list([q(commune)])}`,
          `territories: ${list(territories)}`,
          'speakers:',
          `  - name: ${q(`Intervenant ${number}`)}`,
          `    role: ${q(`maire de ${commune}`)}`,
          `summary: ${q(sum)}`,
          'keyFigures:',
          `  - value: ${between(rng, 10, 5000)}`,
          `    unit: ${q(pick(rng, w.publics).split(' ')[0]!)}`,
          `    label: ${q(`${pick(rng, w.publics)} concernés à ${commune}`)}`,
          'funding:',
          `  - value: ${between(rng, 2, 400) * 1000}`,
          '    unit: €',
          `    label: ${q(`financement pour ${goal}`)}`,
          '    funder: État',
          'contacts:',
          `  - organisation: ${q(`CCAS de ${commune}`)}`,
          `    email: ccas-${slugify(commune)}@example.org`,
          'links:',
          `  - label: ${q(`Présentation du projet de ${commune}`)}`,
          `    url: https://example.org/${slugify(commune)}/${number}`,
          `themes: ${list(themes)}`,
          ...source(unccas ? SOURCES.unccasAtelier : SOURCES.conference, `Atelier n°${(k % 18) + 1} — ${title}`),
        ];
        break;
      }
      case 'mesure': {
        const axis = refs.axes[k % refs.axes.length]!;
        const order = (perAxis.get(axis) ?? 0) + 1;
        perAxis.set(axis, order);
        title = capitalize(goal) + (k % 2 === 0 ? ` : ${pick(rng, w.topics)}` : '');
        id = `mesure-${number}-${slugify(goal)}`;
        territories = [...new Set([region.id, place.id, other.id])];
        examples = EXAMPLES_CYCLE[k % EXAMPLES_CYCLE.length]!;
        const exampleLines: string[] = [];
        for (let e = 0; e < examples; e++) {
          const t = places[exampleCursor++ % places.length]!;
          const where = pick(rng, communesOf(t));
          const exCtx: TextContext = { words: ctx.words, places: [{ commune: where, territory: t.name }] };
          const exSummary = [sentence(rng, exCtx), sentence(rng, exCtx), sentence(rng, exCtx)].join(' ').replace(/\*\*/g, '');
          exampleLines.push(
            `  - id: ${id}-ex${e + 1}`,
            `    title: ${q(`${capitalize(pick(rng, w.goals))} à ${where}`)}`,
            `    placeLabel: ${q(t.name)}`,
            `    territories: [${t.id}]`,
            `    summary: ${q(exSummary)}`,
            '    keyFigures:',
            `      - value: ${between(rng, 5, 900)}`,
            '        unit: personnes',
            `        label: ${q(`personnes accompagnées (${pick(rng, w.publics)})`)}`,
          );
        }
        lines = [
          `title: ${q(title)}`,
          `axis: ${axis}`,
          `order: ${order}`,
          `followedBy: ${q(`Mesure suivie par ${pick(rng, ['la DREETS', 'la DREAL', 'l’ARS', 'la DRAJES', 'le rectorat'])}`)}`,
          `summary: ${q(sum)}`,
          `territories: ${list(territories)}`,
          'keyFigures:',
          `  - value: ${between(rng, 10, 9000)}`,
          '    unit: places',
          `    label: ${q(`places ouvertes pour les ${pick(rng, w.publics)}`)}`,
          `    year: ${between(rng, 2019, 2021)}`,
          `  - value: ${between(rng, 1, 99)}.${between(rng, 1, 9)}`,
          '    unit: M€',
          `    label: ${q(contract(`crédits consacrés à ${pick(rng, w.topics)}`))}`,
          `themes: ${list(themes)}`,
          ...(examples > 0 ? ['examples:', ...exampleLines] : []),
          ...source(SOURCES.bilan, `${axis.replace('axe-', 'Axe ')} — ${title}`),
        ];
        break;
      }
      case 'action': {
        const sousAxe = refs.sousAxes[k % refs.sousAxes.length]!;
        const startYear = 2024 + (k % 4);
        const duration = between(rng, 1, 4);
        title = `${capitalize(goal)} : ${pick(rng, w.topics)} (${place.name})`;
        id = `action-${number}-${slugify(goal)}`;
        territories = [place.id];
        lines = [
          `title: ${q(title)}`,
          `territory: ${place.id}`,
          `sousAxe: ${sousAxe}`,
          `summary: ${q(sum)}`,
          'objectives:',
          ...Array.from({ length: between(rng, 2, 5) }, () => `  - ${q(capitalize(pick(rng, pick(rng, ctx.words).goals)))}`),
          `timingText: ${q(`Dès ${startYear} sur ${duration} an${duration > 1 ? 's' : ''}`)}`,
          `startYear: ${startYear}`,
          `durationYears: ${duration}`,
          `nature: ${ACTION_NATURES[k % ACTION_NATURES.length]}`,
          `themes: ${list(themes)}`,
          ...source(SOURCES.pactes, `Sous-axe ${sousAxe.replace('-', '.')} — exemple d’action (${place.name})`),
        ];
        break;
      }
      case 'figure': {
        const role = FIGURE_ROLES[k % FIGURE_ROLES.length]!;
        title = `Le CCAS… ${role} (${k + 1})`;
        id = `figure-${number}-${slugify(role)}`;
        figureIds.push(id);
        const scenario = () => [
          `  - title: ${q(`${capitalize(role)} ${pick(rng, ['de proximité', 'numérique', 'itinérant', 'partagé'])}`)}`,
          `    summary: ${q(`${sentence(rng, ctx)} ${sentence(rng, ctx)}`.replace(/\*\*/g, ''))}`,
        ];
        lines = [
          `title: ${q(title)}`,
          `order: ${(k % 7) + 1}`,
          `nameVariants: ${list([q(`Le ${role}`)])}`,
          `question: ${q(`Et si demain… ${goal} était la mission principale du CCAS ?`)}`,
          `summary: ${q(sum)}`,
          `finalite: ${q(sentence(rng, ctx).replace(/\*\*/g, ''))}`,
          'ccasActions:',
          ...Array.from({ length: 3 }, () => `  - ${q(sentence(rng, ctx).replace(/\*\*/g, ''))}`),
          'newActors:',
          `  - ${q(`Le ${role} de quartier : il ${pick(rng, VERBS)} ${pick(rng, w.topics)}.`)}`,
          'vigilance:',
          ...Array.from({ length: 2 }, () => `  - ${q(`Ne pas oublier les ${pick(rng, w.publics)}.`)}`),
          'scenarios:',
          ...scenario(),
          ...scenario(),
          'leMans:',
          `  title: ${q(capitalize(role))}`,
          `  summary: ${q(sentence(rng, ctx).replace(/\*\*/g, ''))}`,
          `themes: ${list(themes)}`,
          ...source(SOURCES.manuel, `Sept figures de CCAS — ${title}`),
        ];
        territories = [];
        break;
      }
      case 'vision': {
        const city = VISION_CITIES[k % VISION_CITIES.length]!;
        const order = (perCity.get(city) ?? 0) + 1;
        perCity.set(city, order);
        // Three visions per cycle of 20 and one figure: each figure inspires about three visions, and
        // is named second by about three more, whatever the size (as in the real content, 18 for 7).
        const round = Math.floor(k / 3);
        const first = figureIds[round % figureIds.length]!;
        const second = figureIds[(round * 5 + 1) % figureIds.length]!;
        title = `${capitalize(pick(rng, w.topics).replace(/^(l’|la |le |les )/, ''))} en 2050 (${city}, ${order})`;
        id = `vision-${number}-${slugify(city)}`;
        lines = [
          `title: ${q(title)}`,
          `city: ${city}`,
          `year: ${city === 'Paris' ? 2020 : 2019}`,
          `order: ${order}`,
          `summary: ${q(sum)}`,
          `figures: ${list([...new Set([first, second])])}`,
          `themes: ${list(themes)}`,
          ...source(SOURCES.manuel, `Des ateliers, des vidéos — ${city}`),
        ];
        break;
      }
    }
    const path = `${KIND_DIRS[kind]}/${id}.mdx`;
    sheets.push({
      kind,
      id,
      title,
      summary: sum,
      body: text,
      words: countWords(text),
      territories,
      themes,
      examples,
      url: `${KIND_PATHS[kind]}${id}/`,
      file: { path, text: frontmatter(lines, text) },
    });
  }
  return sheets;
}

/** Totals of a generated set, for the report. */
export interface ContentStats {
  sheets: number;
  byKind: Record<BenchKind, number>;
  examples: number;
  words: { min: number; max: number; mean: number };
  /** Bytes of all MDX files. */
  bytes: number;
}

/** Counts sheets, local examples, words and bytes. */
export function contentStats(sheets: readonly BenchSheet[]): ContentStats {
  const byKind: Record<BenchKind, number> = { atelier: 0, mesure: 0, action: 0, figure: 0, vision: 0 };
  let examples = 0;
  let total = 0;
  let bytes = 0;
  let min = Infinity;
  let max = 0;
  for (const s of sheets) {
    byKind[s.kind]++;
    examples += s.examples;
    total += s.words;
    bytes += Buffer.byteLength(s.file.text, 'utf8');
    min = Math.min(min, s.words);
    max = Math.max(max, s.words);
  }
  return {
    sheets: sheets.length,
    byKind,
    examples,
    words: { min: sheets.length ? min : 0, max, mean: sheets.length ? Math.round(total / sheets.length) : 0 },
    bytes,
  };
}

/** The first sheet of each kind (the pages whose weight the benchmark measures). */
export function sampleSheets(sheets: readonly BenchSheet[]): BenchSheet[] {
  const out: BenchSheet[] = [];
  for (const kind of Object.keys(KIND_DIRS) as BenchKind[]) {
    const first = sheets.find((s) => s.kind === kind);
    if (first) out.push(first);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The Starlight peer
// ---------------------------------------------------------------------------------------------------

/** Versions of the peer, pinned (Starlight 0.42 declares `astro: ^7.2.10`). */
export const STARLIGHT_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' } as const;

/** URL of a sheet in the Starlight peer. */
export function starlightUrl(sheet: Pick<BenchSheet, 'id'>): string {
  return `/fiches/${sheet.id}/`;
}

/**
 * The plain Starlight site: French, Pagefind on (Starlight's default), a sidebar that lists only the
 * home page (not the sheets), the same titles, summaries (as `description`) and bodies, as Markdown.
 */
export function starlightFiles(sheets: readonly BenchSheet[]): BenchFile[] {
  const files: BenchFile[] = [
    {
      path: 'package.json',
      text: `${JSON.stringify({ name: 'atlas-bench-starlight', private: true, type: 'module', dependencies: STARLIGHT_VERSIONS }, null, 2)}\n`,
    },
    {
      path: 'astro.config.mjs',
      text: [
        "import { defineConfig } from 'astro/config';",
        "import starlight from '@astrojs/starlight';",
        '',
        'export default defineConfig({',
        "  site: 'https://example.org',",
        '  integrations: [',
        '    starlight({',
        "      title: 'Atlas des solidarités (pair Starlight)',",
        "      locales: { root: { label: 'Français', lang: 'fr' } },",
        "      sidebar: [{ label: 'Accueil', link: '/' }],",
        '    }),',
        '  ],',
        '});',
        '',
      ].join('\n'),
    },
    {
      path: 'src/content.config.ts',
      text: [
        "import { defineCollection } from 'astro:content';",
        "import { docsLoader } from '@astrojs/starlight/loaders';",
        "import { docsSchema } from '@astrojs/starlight/schema';",
        '',
        'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
        '',
      ].join('\n'),
    },
    {
      path: 'src/content/docs/index.md',
      text: `---\ntitle: Accueil\n---\n\nCe site sert de point de comparaison : ${sheets.length} fiches, sans barre latérale.\n`,
    },
  ];
  for (const s of sheets) {
    files.push({
      path: `src/content/docs/fiches/${s.id}.md`,
      text: `---\ntitle: ${q(s.title)}\ndescription: ${q(s.summary)}\n---\n\n${s.body}`,
    });
  }
  return files;
}
