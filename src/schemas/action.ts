import { z } from 'astro/zod';
import { addedSchema, communeAdviceSchema, editorNotesSchema, sharedRefs, textSchema, type RefFactory } from './shared';

/** Whether a pacte action is new or reinforces an existing one. */
export const ACTION_NATURES = ['nouvelle', 'renforcement', 'non-precise'] as const;

/**
 * An example action of the pactes locaux des solidarités 2024–2027 (`content/actions/<slug>.mdx`).
 * The MDX body is the context of the action in our words.
 */
export function actionSchema(ref: RefFactory) {
  const { sourceRef, themes } = sharedRefs(ref);
  return z
    .object({
      /** Title of the action, as in the source. */
      title: textSchema,
      /** The département or métropole whose pacte holds it. */
      territory: ref('territoires'),
      /** The sous-axe where the action belongs (by its content). */
      sousAxe: ref('sousAxes'),
      /** The sous-axe the source printed it under, when that differs (misfiled example). */
      filedInSourceUnder: ref('sousAxes').optional(),
      /** One or two sentences for lists and search results. */
      summary: textSchema.max(400, { message: 'résumé trop long : 400 caractères au plus' }),
      /** Objectives, as a list, in the source's order. */
      objectives: z.array(textSchema).min(1, { message: 'au moins un objectif est requis' }),
      /** Timing as the source words it (« Dès 2024 sur 4 ans »). */
      timingText: z.string().optional(),
      /** First year of the action. */
      startYear: z.number().int().min(2023).max(2027).optional(),
      /** Duration in years. */
      durationYears: z.number().int().min(1).max(10).optional(),
      /** New action or reinforcement of an existing one. */
      nature: z.enum(ACTION_NATURES).default('non-precise'),
      /** Themes. */
      themes,
      /** Source document and section. */
      source: sourceRef,
      /** Date the sheet was added (feed of new sheets). */
      added: addedSchema,
      /** Advice of the editors for a commune (« Pour une commune »), labelled as theirs. */
      communeAdvice: communeAdviceSchema,
      /** Editor's notes (misfiled example, objectives that belong elsewhere). */
      editorNotes: editorNotesSchema,
    })
    .strict();
}

/** A pacte action as the site reads it (after validation). */
export type Action = z.output<ReturnType<typeof actionSchema>>;
