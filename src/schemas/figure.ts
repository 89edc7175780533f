import { z } from 'astro/zod';
import { addedSchema, communeAdviceSchema, editorNotesSchema, sharedRefs, textSchema, type RefFactory } from './shared';

/** A CCAS figure of the UNCCAS « Manuel d'inspiration » (`content/figures/<slug>.mdx`). */
export function figureSchema(ref: RefFactory) {
  const { sourceRef, themes } = sharedRefs(ref);
  /** One of the two scenario variants of a figure. */
  const scenarioSchema = z
    .object({
      /** Title of the scenario as in the source. */
      title: textSchema,
      /** Summary in our own words. */
      summary: textSchema,
    })
    .strict();
  return z
    .object({
      /** Name of the figure, as the chapter heading gives it. */
      title: textSchema,
      /** Position in the document. */
      order: z.number().int().min(1).max(7),
      /** Other names the document uses for the same figure. */
      nameVariants: z.array(textSchema).default([]),
      /** The « Et si… » question. */
      question: textSchema,
      /** One or two sentences for lists and search results. */
      summary: textSchema.max(400, { message: 'résumé trop long : 400 caractères au plus' }),
      /** The finalité of the figure, in our own words. */
      finalite: textSchema,
      /** What the CCAS does in this figure. */
      ccasActions: z.array(textSchema).min(1),
      /** New actors the figure brings in. */
      newActors: z.array(textSchema).default([]),
      /** Points de vigilance. */
      vigilance: z.array(textSchema).default([]),
      /** The two scenario variants. */
      scenarios: z.array(scenarioSchema).length(2, { message: 'deux variantes de scénario sont attendues' }),
      /** The Le Mans 2020 first-person text, summarised. */
      leMans: z.object({ title: textSchema, summary: textSchema }).strict(),
      /** Themes. */
      themes,
      /** Source document and section. */
      source: sourceRef,
      /** Date the sheet was added (feed of new sheets). */
      added: addedSchema,
      /** Advice of the editors for a commune (« Pour une commune »), labelled as theirs. */
      communeAdvice: communeAdviceSchema,
      /** Editor's notes. */
      editorNotes: editorNotesSchema,
    })
    .strict();
}

/** Workshop cities of the visions of 2050. */
export const VISION_CITIES = ['Paris', 'Lyon', 'Bordeaux', 'Nancy'] as const;

/** A vision of social action in 2050 (`content/visions/<slug>.mdx`). */
export function visionSchema(ref: RefFactory) {
  const { sourceRef, themes } = sharedRefs(ref);
  return z
    .object({
      /** Title of the vision, as in the source. */
      title: textSchema,
      /** Workshop city. */
      city: z.enum(VISION_CITIES, { message: `ville d’atelier inconnue : ${VISION_CITIES.join(', ')}` }),
      /** Year of the workshop. */
      year: z.number().int().min(2019).max(2020),
      /** Order within the city, as in the source. */
      order: z.number().int().min(1),
      /** One or two sentences for lists and search results. */
      summary: textSchema.max(400, { message: 'résumé trop long : 400 caractères au plus' }),
      /** The figure(s) of CCAS this vision inspired. */
      figures: z.array(ref('figures')).min(1, { message: 'au moins une figure liée est requise' }),
      /** Themes. */
      themes,
      /** Source document and section. */
      source: sourceRef,
      /** Date the sheet was added (feed of new sheets). */
      added: addedSchema,
      /** Editor's notes. */
      editorNotes: editorNotesSchema,
    })
    .strict();
}

/** A figure of CCAS as the site reads it (after validation). */
export type Figure = z.output<ReturnType<typeof figureSchema>>;
/** A vision of 2050 as the site reads it (after validation). */
export type Vision = z.output<ReturnType<typeof visionSchema>>;
