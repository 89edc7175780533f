import { z } from 'astro/zod';
import { checkIsoDate, editorNotesSchema, slugSchema, textSchema, type RefFactory } from './shared';

/** Kinds of territory an entry can be attached to. */
export const TERRITORY_KINDS = ['departement', 'metropole', 'region', 'national'] as const;

/** INSEE codes of the 13 départements of Occitanie. */
export const OCCITANIE_DEPARTEMENT_CODES = [
  '09',
  '11',
  '12',
  '30',
  '31',
  '32',
  '34',
  '46',
  '48',
  '65',
  '66',
  '81',
  '82',
] as const;

/**
 * A territory (`content/territoires/<id>.yaml`): one of the 13 départements, one of the three
 * métropoles / communauté urbaine, the region, or the national scope.
 */
export function territorySchema(ref: RefFactory) {
  return z
    .object({
      /** Official name (« Hautes-Pyrénées », « Toulouse Métropole »). */
      name: textSchema,
      /**
       * The name with the preposition and article French uses for « in »: « dans le Gers »,
       * « dans l’Hérault », « dans les Pyrénées-Orientales », « en Lozère », « en Occitanie ».
       */
      dans: z.string().regex(/^(dans|en|à) /, {
        message: 'forme « dans … » invalide : elle commence par « dans », « en » ou « à » (ex. « dans le Gers », « en Lozère »)',
      }),
      /** The name with « de » and its article: « du Gers », « de l’Hérault », « des Pyrénées-Orientales ». */
      de: z.string().regex(/^(du|de|des) /, {
        message: 'forme « de … » invalide : elle commence par « du », « de » ou « des » (ex. « du Gers », « de l’Hérault »)',
      }),
      /** What kind of territory this is. */
      kind: z.enum(TERRITORY_KINDS, {
        message: `type de territoire inconnu : ${TERRITORY_KINDS.join(', ')}`,
      }),
      /**
       * INSEE code of the département (quoted: « '09' », not 09). For a métropole, the code of
       * its département. Absent for the region and the national scope.
       */
      code: z
        .enum(OCCITANIE_DEPARTEMENT_CODES, {
          message: `code INSEE de département inconnu : il doit être l’un de ${OCCITANIE_DEPARTEMENT_CODES.join(', ')}, entre guillemets (ex. '09')`,
        })
        .optional(),
      /** For a métropole: the département it belongs to. */
      parent: ref('territoires').optional(),
      /** Préfecture or seat (« Foix », « Toulouse »). */
      seat: z.string().optional(),
      /** Sort order in lists (INSEE order for départements). */
      order: z.number().int(),
      /** Approximate position of the seat [latitude, longitude], for the map marker. */
      seatPosition: z.tuple([z.number(), z.number()]).optional(),
      /**
       * State credits of the 2021 contractualisation (CALPAE), in euros, from the table of the 2021
       * report (bilan 2021, « Les crédits de la contractualisation 2021 »).
       */
      contractualisation2021: z
        .object({
          /** Amount in euros. */
          value: z
            .number({ message: 'montant invalide : un nombre est attendu (ex. 639951)' })
            .min(0, { message: 'montant négatif : un montant s’écrit sans signe moins' }),
          /** Verbatim form when the table prints something else (« 0* »). */
          display: z.string().optional(),
          /** What the amount covers, when the table says (« part État 2021 pour le conseil départemental »). */
          label: z.string().optional(),
        })
        .strict()
        .optional(),
    })
    .strict()
    .superRefine((t, ctx) => {
      if ((t.kind === 'departement' || t.kind === 'metropole') && !t.code) {
        ctx.addIssue({ code: 'custom', path: ['code'], message: 'code INSEE requis pour un département ou une métropole' });
      }
      if (t.kind === 'metropole' && !t.parent) {
        ctx.addIssue({ code: 'custom', path: ['parent'], message: 'une métropole doit indiquer son département (parent)' });
      }
    });
}

/** A theme of the controlled vocabulary (`content/themes/<id>.yaml`). */
export const themeSchema = z
  .object({
    /** Name shown to readers (« Petite enfance et parentalité »). */
    name: textSchema,
    /** One sentence saying what the theme covers. */
    description: textSchema,
    /** Sort order on the themes page. */
    order: z.number().int(),
  })
  .strict();

/** Kinds of source document. */
export const SOURCE_KINDS = ['guide', 'bilan', 'synthese', 'compte-rendu', 'manuel'] as const;

/** One of the five source documents (`content/sources/<id>.yaml`). */
export const sourceSchema = z
  .object({
    /** Title of the document. */
    title: textSchema,
    /** Short name for filters and citations (« Guide de la conférence 2021 »). */
    shortTitle: textSchema,
    /** Who published it. */
    publisher: textSchema,
    /** Publication or event date (ISO: 2021-07-07; 2024-07 or 2021 when only the month or year is known). */
    date: z
      .unknown()
      .transform((value, ctx) => {
        if (typeof value === 'string') {
          const text = value.trim();
          if (/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text)) return text;
          if (!/^\d{4}-\d{2}-\d{2}$/.test(text) && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(text)) {
            ctx.addIssue({
              code: 'custom',
              message: `date invalide « ${text} » : format AAAA-MM-JJ, AAAA-MM ou AAAA`,
              input: value,
            });
            return z.NEVER;
          }
        }
        return checkIsoDate(value, ctx, '2021-07-07') ?? z.NEVER;
      })
      .optional(),
    /** How the date reads when the source gives no exact date (« ateliers de mai 2019 à janvier 2020 »). */
    dateLabel: z.string().optional(),
    /** Period the document covers when it differs from its date (« 2021 » for a bilan written in 2022). */
    covers: z.string().optional(),
    /** Why the date is what it is, when the document does not print it (« cite la loi du 7 février 2022 »). */
    dateNote: z.string().optional(),
    /** How « Informations de … » reads on sheets when the document has no date (« 2019–2020 »). */
    informationLabel: z.string().optional(),
    /** What kind of document it is. */
    kind: z.enum(SOURCE_KINDS),
    /** Short description of what the document holds. */
    description: textSchema,
    /** Sort order (the seed number: 0 to 4). */
    order: z.number().int(),
  })
  .strict();

/** An axis of the national poverty strategy (`content/axes/<id>.yaml`), numbered 1 to 6. */
export const axisSchema = z
  .object({
    /** Number of the axis (« engagement »). */
    number: z.number().int().min(1).max(6),
    /** Title, as in the source. */
    title: textSchema,
    /** Introduction of the axis, in our own words. */
    intro: textSchema,
    /** Where the axis is in the source. */
    section: textSchema,
  })
  .strict();

/** An axis of the pilier « Solidarité » of the pactes locaux (`content/pacteAxes/<id>.yaml`). */
export const pacteAxisSchema = z
  .object({
    /** Number of the axis (1 to 3). */
    number: z.number().int().min(1).max(3),
    /** Title, as in the source. */
    title: textSchema,
    /** Number of fiches-actions under this axis in the synthesis. */
    actionsCount: z.number().int().min(0),
    /** Share of all actions, as the source prints it (33 for « 33 % »). */
    percent: z.number(),
    /** What the source says of this axis, in our own words. */
    intro: textSchema,
  })
  .strict();

/** A sous-axe of the pactes (`content/sousAxes/<id>.yaml`), e.g. « 1.1 ». */
export function sousAxeSchema(ref: RefFactory) {
  return z
    .object({
      /** Code « axe.sous-axe » (« 2.3 »). */
      code: z.string().regex(/^[1-3]\.[1-3]$/, { message: 'code de sous-axe invalide : ex. « 2.3 »' }),
      /** The axis it belongs to. */
      axis: ref('pacteAxes'),
      /** Title, as in the source. */
      title: textSchema,
      /** Summary of the national référentiel, in our own words. */
      referentiel: textSchema,
      /** « Actions référencées » listed by the référentiel. */
      referencedActions: z.array(textSchema).default([]),
      /** Number of fiches-actions the territories wrote under this sous-axe. */
      fichesCount: z.number().int().min(0),
      /** Départements and métropoles that have fiches-actions under it. */
      territories: z.array(ref('territoires')).default([]),
      /** What the synthesis says of the fiches of the territories, in our own words. */
      analysis: z.string().optional(),
      /** Editor's notes (misfiled examples, truncated sentences). */
      editorNotes: editorNotesSchema,
    })
    .strict();
}

export { slugSchema };

/** A territory as the site reads it (after validation). */
export type Territory = z.output<ReturnType<typeof territorySchema>>;
/** A theme of the vocabulary. */
export type Theme = z.output<typeof themeSchema>;
/** A source document. */
export type Source = z.output<typeof sourceSchema>;
/** An axis of the strategy. */
export type Axis = z.output<typeof axisSchema>;
/** An axis of the pactes. */
export type PacteAxis = z.output<typeof pacteAxisSchema>;
/** A sous-axe of the pactes. */
export type SousAxe = z.output<ReturnType<typeof sousAxeSchema>>;
