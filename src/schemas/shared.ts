import { z } from 'astro/zod';
import type { CollectionName } from './registry';

/** What an editor reads when a required field is absent or left empty (`title:` with nothing after it). */
export const REQUIRED_MESSAGE = 'champ obligatoire manquant';

/** What a field expects, in an editor's words, by zod type name. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'texte attendu (écrivez la valeur entre guillemets)',
  number: 'nombre attendu (sans espace ni unité, avec un point décimal : 1.3)',
  int: 'nombre entier attendu',
  array: 'liste attendue : écrivez [a, b] ou une ligne « - a » par élément',
  object: 'groupe de champs attendu (des lignes « champ: valeur » décalées en dessous)',
  boolean: 'true ou false attendu',
  date: 'date attendue (AAAA-MM-JJ)',
};

/** « le texte « x » », « le nombre 5 »: a value as the editor wrote it. */
function describeInput(input: unknown): string {
  if (typeof input === 'string') return `le texte « ${input.length > 40 ? `${input.slice(0, 39)}…` : input} »`;
  if (typeof input === 'number') return `le nombre ${input}`;
  if (typeof input === 'boolean') return `la valeur ${input}`;
  if (Array.isArray(input)) return 'une liste';
  if (input instanceof Date) return `la date ${input.toISOString().slice(0, 10)}`;
  return 'un groupe de champs';
}

// Global zod error map (kept by `z.config(z.locales.fr())`, which only sets the locale; schema messages
// still win): an absent or empty field says « champ obligatoire manquant », not « null reçu », and a
// value of the wrong type says what to write.
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined || issue.input === null) return REQUIRED_MESSAGE;
    const expected = EXPECTED[issue.expected];
    return expected ? `${expected}, pas ${describeInput(issue.input)}` : undefined;
  },
});

/**
 * A function that builds a cross-collection reference field. In the Astro build it is
 * `reference` from `astro:content` (a mistyped id fails the build); in unit tests and in
 * `npm run check:content` it is a checker over the ids found on disk.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/** Names of every collection: see the registry (src/schemas/registry.ts). */
export type { CollectionName };

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
    value: z
      .number({ message: 'montant invalide : un nombre est attendu (ex. 3 ou 1.3, sans € ni espace)' })
      .min(0, { message: 'montant négatif : un montant s’écrit sans signe moins (pour une baisse, dites-le dans label)' }),
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

/** Refuses a reference listed twice in the same list, at the index of the second one. */
export function noDuplicate(what: string) {
  return (items: readonly { id: string }[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `${what} « ${item.id} » indiqué deux fois : retirez le doublon` });
      }
      seen.add(item.id);
    });
  };
}

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
  /** Themes of the controlled vocabulary (`content/themes/`), at least one, each once. */
  const themes = z
    .array(ref('themes'))
    .min(1, { message: 'au moins un thème est requis (voir content/themes/)' })
    .superRefine(noDuplicate('thème'));
  /** Territories (`content/territoires/`), at least one, each once: département, métropole, région or national. */
  const territories = z
    .array(ref('territoires'))
    .min(1, { message: 'au moins un territoire est requis (voir content/territoires/)' })
    .superRefine(noDuplicate('territoire'));
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

/** Earliest plausible date of the content: the CCAS history starts with the bureaux de bienfaisance of 1796. */
export const MIN_YEAR = 1790;

/** Whether y-m-d is a day of the calendar (no 30 February). */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks a date written AAAA-MM-JJ, quoted (a string) or not (js-yaml, as Astro parses frontmatter,
 * turns an unquoted 2026-11-25 into a Date: both are accepted and read the same).
 * @returns the date as « AAAA-MM-JJ », or undefined after adding an issue.
 */
export function checkIsoDate(value: unknown, ctx: z.RefinementCtx, example: string): string | undefined {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message, input: value });
    return undefined;
  };
  if (value === null || value === undefined || value === '') return fail(REQUIRED_MESSAGE);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail(`date invalide : format AAAA-MM-JJ (ex. ${example})`);
    value = value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return fail(`date invalide : format AAAA-MM-JJ (ex. ${example}), pas un nombre`);
  const text = value.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (french) {
    const [, d, m, y] = french;
    return fail(
      `date « ${text} » au format JJ/MM/AAAA : écrivez ${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')} (format AAAA-MM-JJ)`,
    );
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!iso) return fail(`date invalide « ${text} » : format AAAA-MM-JJ (ex. ${example})`);
  const [y, m, d] = iso.slice(1).map(Number) as [number, number, number];
  if (!isCalendarDay(y, m, d)) return fail(`date « ${text} » impossible : ce jour n’existe pas dans le calendrier`);
  const maxYear = new Date().getUTCFullYear() + 1;
  if (y < MIN_YEAR || y > maxYear)
    return fail(`date « ${text} » hors limites : l’année doit être entre ${MIN_YEAR} et ${maxYear}`);
  return text;
}

/** A calendar date AAAA-MM-JJ, quoted or not, as a string « AAAA-MM-JJ ». */
export function isoDateSchema(example: string) {
  // z.unknown(): an empty `date:` (null) and a number reach checkIsoDate, which words each case.
  return z.unknown().transform((value, ctx) => checkIsoDate(value, ctx, example) ?? z.NEVER);
}

/** A calendar date AAAA-MM-JJ, quoted or not, as a Date (midnight UTC). */
export function dateSchema(example: string) {
  return isoDateSchema(example).transform((iso) => new Date(`${iso}T00:00:00Z`));
}

/** Date the sheet was added to the Atlas (feed of new sheets); the site's last update when absent. */
export const addedSchema = isoDateSchema('2026-11-25').optional();
