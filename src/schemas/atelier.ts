import { z } from 'astro/zod';
import {
  addedSchema,
  amountSchema,
  communeAdviceSchema,
  contactSchema,
  dateSchema,
  editorNotesSchema,
  keyFigureSchema,
  linkSchema,
  personSchema,
  sharedRefs,
  textSchema,
  type RefFactory,
} from './shared';

/** Formats of a session: conference atelier, table ronde, partner webinar, UNCCAS workshop. */
export const ATELIER_FORMATS = ['atelier', 'table-ronde', 'atelier-partenaire', 'atelier-unccas'] as const;
export type AtelierFormat = (typeof ATELIER_FORMATS)[number];

/**
 * The seven « Je souhaite… » headings of the 2021 conference guide, by id.
 * `label` is the wording of the guide's sommaire; `bodyLabel` the wording of the body where it differs.
 */
export const INTENTS = {
  'places-en-creche': {
    label: 'Je souhaite augmenter le nombre de places en crèches et améliorer l’accueil des enfants des familles défavorisées',
  },
  'repas-equilibre': {
    label: 'Je souhaite assurer aux enfants un petit-déjeuner et au moins un repas équilibré par jour',
    bodyLabel: 'Je souhaite soutenir les familles en difficulté et assurer aux enfants au moins un repas équilibré par jour',
  },
  'isolement-qpv': { label: 'Je souhaite rompre l’isolement des familles dans les QPV' },
  'avenir-des-jeunes': { label: 'Je souhaite accompagner les jeunes dans la construction de leur avenir' },
  'acces-aux-droits': { label: 'Je souhaite améliorer l’accès aux droits' },
  'acces-a-l-emploi': { label: 'Je souhaite faciliter l’accès à l’emploi de tous' },
  'cohesion-du-territoire': {
    label: 'Je souhaite œuvrer à la cohésion / structuration de mon territoire',
    bodyLabel: 'Je souhaite ouvrir à la cohésion de mon territoire',
  },
} as const satisfies Record<string, { label: string; bodyLabel?: string }>;
export type IntentId = keyof typeof INTENTS;
export const INTENT_IDS = Object.keys(INTENTS) as [IntentId, ...IntentId[]];

/** An atelier or table ronde (`content/ateliers/<slug>.mdx`). The MDX body is the summary in our words. */
export function atelierSchema(ref: RefFactory) {
  const { sourceRef, themes, territories } = sharedRefs(ref);
  return z
    .object({
      /** Title of the session, as in the source (without its number). */
      title: textSchema,
      /** Format of the session. */
      format: z.enum(ATELIER_FORMATS, {
        message: `format inconnu : ${ATELIER_FORMATS.join(', ')}`,
      }),
      /** Number in the guide: « 1 » to « 18 » for ateliers, « I » to « IV » for tables rondes. */
      number: z.string().optional(),
      /** Position in the guide, for ordering. */
      order: z.number().int().min(0),
      /** The event it belonged to (« Conférence régionale du 7 juillet 2021 »). */
      event: textSchema,
      /** Date of the event; omitted when the source gives none (partner webinar). */
      date: dateSchema('2021-07-07').optional(),
      /** The « Je souhaite… » heading it was listed under (2021 conference only). */
      intent: z.enum(INTENT_IDS, { message: `intention inconnue : ${INTENT_IDS.join(', ')}` }).optional(),
      /** Communes where the experience was led (« Capendu »). */
      communes: z.array(textSchema).default([]),
      /** Territories: département(s), or the region / national scope. */
      territories,
      /** Who led or spoke, with their public role then. */
      speakers: z.array(personSchema).default([]),
      /** One or two sentences for lists and search results. */
      summary: textSchema.max(400, { message: 'résumé trop long : 400 caractères au plus' }),
      /** Key figures from the source. */
      keyFigures: z.array(keyFigureSchema).default([]),
      /** Funding, typed. */
      funding: z.array(amountSchema).default([]),
      /** Whom to contact (from « Pour aller plus loin »). */
      contacts: z.array(contactSchema).default([]),
      /** Links from « Pour aller plus loin ». */
      links: z.array(linkSchema).default([]),
      /** Themes. */
      themes,
      /** Source document and section. */
      source: sourceRef,
      /** Date the sheet was added (feed of new sheets). */
      added: addedSchema,
      /** Advice of the editors for a commune (« Pour une commune »), labelled as theirs. */
      communeAdvice: communeAdviceSchema,
      /** Contradictions between sources and oddities of the source, shown on the page. */
      editorNotes: editorNotesSchema,
    })
    .strict();
}

/** An atelier as the site reads it (after validation). */
export type Atelier = z.output<ReturnType<typeof atelierSchema>>;
