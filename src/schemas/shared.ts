import { z } from 'astro/zod';

/**
 * A function that builds a cross-collection reference field. In the Astro build it is
 * `reference` from `astro:content` (a mistyped id fails the build); in unit tests and in
 * `npm run check:content` it is a checker over the ids found on disk.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/** Names of every collection, in the order they are documented. */
export const COLLECTION_NAMES = [
  'ateliers',
  'mesures',
  'actions',
  'figures',
  'visions',
  'territoires',
  'themes',
  'sources',
  'axes',
  'pacteAxes',
  'sousAxes',
  'contexte',
  'glossaire',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** A lowercase slug made of letters, digits and hyphens (ids, anchors). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'identifiant invalide : lettres minuscules sans accent, chiffres et tirets (ex. « capendu-cantines »)',
});

/** A non-empty line of text (titles, labels). */
export const textSchema = z.string().trim().min(1, { message: 'texte vide : ce champ doit être rempli' });

/**
 * A web address. Only http(s) is accepted: a `javascript:` or `data:` link is an attack,
 * never a source link.
 */
export const urlSchema = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s<>"]+$/, {
    message: 'adresse web invalide : elle doit commencer par https:// ou http:// (les liens javascript: sont refusés)',
  });

/**
 * A French phone number as the sources write it: in pairs (« 05 49 37 56 30 ») or, for a free
 * numéro vert, « 0 800 122 500 ».
 */
export const phoneSchema = z.string().regex(/^(?:0\d(?: \d\d){4}|0 8\d\d \d{3} \d{3})$/, {
  message: 'numéro de téléphone invalide : 10 chiffres groupés par deux, ex. « 05 49 37 56 30 » (ou « 0 800 122 500 »)',
});

/** A professional e-mail address as published in the source. */
export const emailSchema = z.string().regex(/^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i, {
  message: 'adresse e-mail invalide : ex. « contact@unccas.org »',
});

/** A person named in a source with the public role they held then (no private data). */
export const personSchema = z.object({
  /** First name and last name, spelt as in the source. */
  name: textSchema,
  /** Public role as given by the source (« maire de Capendu »). */
  role: textSchema,
});
export type Person = z.output<typeof personSchema>;

/** An organisation to call or write to, with only the public contact details the source gives. */
export const contactSchema = z
  .object({
    /** Organisation name (« Agence de services et de paiement (ASP) »). */
    organisation: textSchema,
    /** Name and role of a person, only when the source gives them as a public contact. */
    person: z.string().optional(),
    /** Phone number, as in the source. */
    phone: phoneSchema.optional(),
    /** E-mail address, as in the source. */
    email: emailSchema.optional(),
    /** Web page of the organisation or of the scheme. */
    url: urlSchema.optional(),
    /** Postal address, as in the source. */
    address: z.string().optional(),
    /** A short note (« contactez la CAF de votre département »). */
    note: z.string().optional(),
  })
  .strict();
export type Contact = z.output<typeof contactSchema>;

/** A link from « Pour aller plus loin ». The source sometimes names a page without its address. */
export const linkSchema = z
  .object({
    /** Text of the link, as the source words it. */
    label: textSchema,
    /** Address; omitted when the source gives none (the page then says so). */
    url: urlSchema.optional(),
  })
  .strict();
export type Link = z.output<typeof linkSchema>;

/** A number the source gives, typed so it can be formatted in fr-FR and compared. */
export const keyFigureSchema = z
  .object({
    /** The value as a number (1,30 → 1.3; 16,8 % → 16.8). */
    value: z.number({ message: 'valeur invalide : un nombre est attendu (ex. 1.3, sans espace ni unité)' }),
    /** Unit shown after the value (« % », « € », « places », « jeunes »…). */
    unit: z.string().optional(),
    /** What the number counts, in a few words. */
    label: textSchema,
    /** Year the figure refers to, when the source gives it. */
    year: z.number().int().min(1796).max(2050).optional(),
    /** Verbatim form when the source words it (« près de 70 », « ¼ »); shown instead of the value. */
    display: z.string().optional(),
  })
  .strict();
export type KeyFigure = z.output<typeof keyFigureSchema>;

/** Money: an amount granted, a budget line, a subsidy per unit. */
export const amountSchema = z
  .object({
    /** Amount as a number (3 € par repas → 3). */
    value: z.number({ message: 'montant invalide : un nombre est attendu (ex. 3 ou 1.3, sans € ni espace)' }),
    /** Unit (« € », « € par repas servi », « M€ »). */
    unit: textSchema,
    /** What the money is for. */
    label: textSchema,
    /** Who pays (« État », « CAF »). */
    funder: z.string().optional(),
    /** Duration of the aid (« sur trois ans »). */
    duration: z.string().optional(),
    /** Year of the amount, when given (else the year the source covers applies). */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Verbatim form when the source words it (« plus de 57 M€ »). */
    display: z.string().optional(),
    /** Who receives the money (« communes rurales de moins de 10 000 habitants »), as in the source. */
    beneficiary: z.string().optional(),
    /** Conditions the source gives (« au moins trois tranches tarifaires »). */
    conditions: z.string().optional(),
    /** Official page of the scheme, only when the source gives it. */
    url: urlSchema.optional(),
  })
  .strict();
export type Amount = z.output<typeof amountSchema>;

/**
 * Builds the shared parts that refer to other collections.
 * @param ref the reference factory (Astro's `reference` in the build).
 */
export function sharedRefs(ref: RefFactory) {
  /** Where the facts come from: one of the five source documents, and the section within it. */
  const sourceRef = z
    .object({
      /** Id of the document in `content/sources/`. */
      document: ref('sources'),
      /** Section, heading or page of the document (« Atelier n°1 », « Axe 3 — Mesure … »). */
      section: textSchema,
    })
    .strict();
  /** Themes of the controlled vocabulary (`content/themes/`), at least one. */
  const themes = z.array(ref('themes')).min(1, { message: 'au moins un thème est requis (voir content/themes/)' });
  /** Territories (`content/territoires/`), at least one: département, métropole, région or national. */
  const territories = z
    .array(ref('territoires'))
    .min(1, { message: 'au moins un territoire est requis (voir content/territoires/)' });
  return { sourceRef, themes, territories };
}

/** Kinds of editor's notes: about a source document's own slips, or about a choice of the editors. */
export const EDITOR_NOTE_KINDS = ['source', 'editorial'] as const;
export type EditorNoteKind = (typeof EDITOR_NOTE_KINDS)[number];

/**
 * One editor's note. A plain string is a note about the source document (`kind: source`): a slip,
 * a contradiction between sources, a misfiled item. `kind: editorial` is a choice or a reading of the
 * editors (a classification, a link the source does not make), shown as « Ajout de la rédaction ».
 */
export const editorNoteSchema = z.union([
  textSchema.transform((text) => ({ kind: 'source' as EditorNoteKind, text })),
  z
    .object({
      kind: z.enum(EDITOR_NOTE_KINDS, { message: `type de note inconnu : ${EDITOR_NOTE_KINDS.join(', ')}` }),
      text: textSchema,
    })
    .strict(),
]);
export type EditorNote = z.output<typeof editorNoteSchema>;

/** Editor's notes: source notes go to a folded « Notes sur les sources » block (not printed). */
export const editorNotesSchema = z.array(editorNoteSchema).default([]);

/**
 * Advice written by the editors for a commune (« Pour une commune »), not taken from the source:
 * shown labelled « Ajout de la rédaction ». It must never state a rule or a contact that no source gives.
 */
export const communeAdviceSchema = textSchema.optional();

/** Date the sheet was added to the Atlas (feed of new sheets); the site's last update when absent. */
export const addedSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date d’ajout invalide : format AAAA-MM-JJ (ex. 2026-11-25)' })
  .optional();
