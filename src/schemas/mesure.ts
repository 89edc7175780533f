import { z } from 'astro/zod';
import {
  addedSchema,
  amountSchema,
  communeAdviceSchema,
  contactSchema,
  editorNotesSchema,
  keyFigureSchema,
  linkSchema,
  noDuplicate,
  sharedRefs,
  slugSchema,
  textSchema,
  type RefFactory,
} from './shared';

/**
 * A measure of the national poverty strategy (`content/mesures/<slug>.mdx`), from the 2021
 * Occitanie report. The MDX body is the summary in our words; local examples are typed data.
 */
export function mesureSchema(ref: RefFactory) {
  const { sourceRef, themes, territories } = sharedRefs(ref);
  /** A local example (« exemple local ») described under the measure. */
  const localExampleSchema = z
    .object({
      /** Anchor on the measure page, unique across the site (« aude-internat-social »). */
      id: slugSchema,
      /** Title of the project, in the source's words or close to them. */
      title: textSchema,
      /** Label of the territory as the source heads it (« Toulouse Métropole », « Aude »). */
      placeLabel: textSchema,
      /** Territories (département, métropole, or région for a regional example). */
      territories,
      /** Summary in our own words, with its figures. */
      summary: textSchema,
      /** Figures of the example. */
      keyFigures: z.array(keyFigureSchema).default([]),
      /** Money of the example. */
      funding: z.array(amountSchema).default([]),
      /** Themes of the example when they differ from the measure's (else the measure's apply). */
      themes: z.array(ref('themes')).superRefine(noDuplicate('thème')).optional(),
    })
    .strict();
  return z
    .object({
      /** Title of the measure, as in the source. */
      title: textSchema,
      /** Axis (engagement) of the strategy. */
      axis: ref('axes'),
      /** Order within its axis, as in the source. */
      order: z.number().int().min(1),
      /** « Mesure suivie par / mise en œuvre par … », as in the source. */
      followedBy: textSchema,
      /** One or two sentences for lists and search results. */
      summary: textSchema.max(400, { message: 'résumé trop long : 400 caractères au plus' }),
      /** Territories concerned (the region when the measure is regional). */
      territories,
      /** Key figures (value, unit, label, year). */
      keyFigures: z.array(keyFigureSchema).default([]),
      /** Funding, typed. */
      funding: z.array(amountSchema).default([]),
      /** Contacts given in the source. */
      contacts: z.array(contactSchema).default([]),
      /** Links given in the source. */
      links: z.array(linkSchema).default([]),
      /** Themes. */
      themes,
      /** Local examples described under the measure. */
      examples: z.array(localExampleSchema).default([]),
      /** Source document and section. */
      source: sourceRef,
      /** Date the sheet was added (feed of new sheets). */
      added: addedSchema,
      /** Advice of the editors for a commune (« Pour une commune »), labelled as theirs. */
      communeAdvice: communeAdviceSchema,
      /** Contradictions and oddities of the source. */
      editorNotes: editorNotesSchema,
    })
    .strict();
}

/** A measure as the site reads it (after validation). */
export type Mesure = z.output<ReturnType<typeof mesureSchema>>;
/** A local example of a measure. */
export type LocalExample = Mesure['examples'][number];
