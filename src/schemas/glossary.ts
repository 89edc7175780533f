import { z } from 'astro/zod';
import { textSchema, type RefFactory } from './shared';

/**
 * An acronym of the content (`content/glossaire/<sigle>.yaml`): its expansion and a one-line definition.
 * When a source document spells it out, `source` quotes that passage; otherwise the expansion is the
 * official one and the page marks the entry « définition de la rédaction ».
 */
export function glossaryEntrySchema(ref: RefFactory) {
  return z
    .object({
      /** The acronym as the content writes it (« CCAS »). */
      term: z
        .string()
        .regex(/^[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9-]*$/, { message: 'sigle invalide : lettres capitales et chiffres (ex. « CCAS »)' }),
      /** Other spellings found in the content (« DDETS-PP », « ARPADÉ »). */
      variants: z.array(textSchema).default([]),
      /** What the letters stand for; absent when no source and no official list gives it. */
      expansion: z.string().trim().min(1).optional(),
      /** One line: what it is, for a mayor. */
      definition: textSchema,
      /** The source document that spells the acronym out, and its words. */
      source: z
        .object({
          document: ref('sources'),
          /** The passage of the source, word for word. */
          quote: textSchema,
        })
        .strict()
        .optional(),
    })
    .strict();
}
