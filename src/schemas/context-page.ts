import { z } from 'astro/zod';
import {
  contactSchema,
  editorNotesSchema,
  keyFigureSchema,
  linkSchema,
  sharedRefs,
  slugSchema,
  textSchema,
  type RefFactory,
} from './shared';

/** A table as the source publishes it: numbers stay numbers, so they print in fr-FR. */
export const dataTableSchema = z
  .object({
    /** Caption (title of the table). */
    caption: textSchema,
    /** Column headings. */
    columns: z.array(textSchema).min(1),
    /** Rows: each cell is a number, a text, or null for an empty cell. */
    rows: z.array(z.array(z.union([z.number(), z.string(), z.null()]))).min(1),
    /** Unit of the numeric cells (« € »). */
    unit: z.string().optional(),
    /** Notes under the table (« * convention signée fin 2020 … »). */
    notes: z.array(textSchema).default([]),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.rows.forEach((row, i) => {
      if (row.length !== t.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `la ligne ${i + 1} a ${row.length} cellules pour ${t.columns.length} colonnes`,
        });
      }
    });
  });

/** A titled item of a list (a working group, a date of the history, a conference). */
export const contextItemSchema = z
  .object({
    /** Title of the item. */
    title: textSchema,
    /** Text in our own words. */
    text: textSchema,
  })
  .strict();

/**
 * A page of context assembled from a source (`content/contexte/<id>.yaml`): « La stratégie en
 * Occitanie », « Les CCAS », the framework of the pactes. Rendered section by section.
 */
export function contextPageSchema(ref: RefFactory) {
  const { sourceRef } = sharedRefs(ref);
  return z
    .object({
      /** Page title. */
      title: textSchema,
      /** One or two sentences for lists and search results. */
      summary: textSchema.max(400),
      /** Sections, in reading order. */
      sections: z
        .array(
          z
            .object({
              /** Anchor of the section (« budget »). */
              id: slugSchema,
              /** Heading. */
              title: textSchema,
              /** Paragraphs in our own words. */
              paragraphs: z.array(textSchema).default([]),
              /** Key figures. */
              keyFigures: z.array(keyFigureSchema).default([]),
              /** A table as published. */
              table: dataTableSchema.optional(),
              /** Titled items (working groups, history…). */
              items: z.array(contextItemSchema).default([]),
              /** Links. */
              links: z.array(linkSchema).default([]),
              /** Contacts the source gives (listed on the Contacts page too). */
              contacts: z.array(contactSchema).default([]),
              /** Where this section comes from. */
              source: sourceRef,
              /** Contradictions and oddities, shown as « Note de la rédaction ». */
              editorNotes: editorNotesSchema,
            })
            .strict(),
        )
        .min(1),
    })
    .strict();
}

/** A context page as the site reads it (after validation). */
export type ContextPage = z.output<ReturnType<typeof contextPageSchema>>;
