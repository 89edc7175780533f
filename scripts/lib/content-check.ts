import { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { CollectionName, RefFactory } from '../../src/schemas/shared';
import { COLLECTION_SPECS, type CollectionSpec } from '../../src/schemas/registry';

z.config(z.locales.fr());

/** One content file read from disk. */
export interface RawEntry {
  /** Path relative to the project root (« content/ateliers/x.mdx »). */
  file: string;
  collection: CollectionName;
  /** Entry id: the file name without extension. */
  id: string;
  /** Full text of the file. */
  text: string;
}

/** A problem found in a content file, worded for an editor. */
export interface ContentProblem {
  file: string;
  /** Field path (« territories[0] », « source.document »), or « fichier » / « texte ». */
  field: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Largest image an entry may embed: sheets are read on poor connections. */
export const MAX_IMAGE_BYTES = 300_000;

/** Size in bytes of an image referenced by an entry (path relative to the entry), undefined if absent. */
export type ImageSizer = (src: string, file: string) => number | undefined;

/**
 * Splits an MDX file into its YAML frontmatter and its body.
 * @returns null when the file does not start with a `---` block.
 */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: match[2] ?? '' } : null;
}

/** Formats a zod issue path the way an editor reads it: `territories[0]`, `source.document`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(racine)';
}

/** Raw HTML that content must never carry: it could run code or break the page. */
const FORBIDDEN_MARKUP: readonly { pattern: RegExp; message: string }[] = [
  { pattern: /<\s*script\b/i, message: 'balise <script> interdite dans le contenu' },
  { pattern: /<\s*iframe\b/i, message: 'balise <iframe> interdite dans le contenu' },
  { pattern: /<\s*style\b/i, message: 'balise <style> interdite dans le contenu' },
  { pattern: /<\s*(object|embed|form)\b/i, message: 'balise <object>, <embed> ou <form> interdite dans le contenu' },
  { pattern: /<[^>]*\son[a-z]+\s*=/i, message: 'attribut on…= (gestionnaire d’événement) interdit dans le contenu' },
  { pattern: /javascript\s*:/i, message: 'lien javascript: interdit dans le contenu' },
  { pattern: /^\s*(import|export)\s/m, message: 'instruction import/export interdite dans le texte d’une fiche' },
];

/**
 * Checks the body of an MDX entry: not empty, no dangerous raw HTML, no unbalanced MDX tag.
 * @returns the problems found, with the field « texte ».
 */
export function checkBody(file: string, body: string, imageSize: ImageSizer = () => undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const text = body.trim();
  if (text.length === 0) {
    problems.push({
      file,
      field: 'texte',
      message: 'le texte de la fiche est vide : écrire au moins un paragraphe sous le bloc ---',
    });
    return problems;
  }
  for (const { pattern, message } of FORBIDDEN_MARKUP) {
    if (pattern.test(text)) problems.push({ file, field: 'texte', message });
  }
  const opened = [...text.matchAll(/<([A-Za-z][\w.-]*)(?:\s[^<>]*)?(?<!\/)>/g)].map((m) => m[1]);
  const closed = [...text.matchAll(/<\/([A-Za-z][\w.-]*)\s*>/g)].map((m) => m[1]);
  const VOID = new Set(['br', 'hr', 'img', 'wbr']);
  for (const tag of new Set(opened)) {
    if (!tag || VOID.has(tag.toLowerCase())) continue;
    const opens = opened.filter((t) => t === tag).length;
    const closes = closed.filter((t) => t === tag).length;
    if (opens !== closes) {
      problems.push({
        file,
        field: 'texte',
        message: `balise <${tag}> non fermée (${opens} ouverture(s), ${closes} fermeture(s))`,
      });
    }
  }
  for (const match of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) {
    const [, alt, src] = match;
    if (!alt?.trim())
      problems.push({ file, field: 'texte', message: `image « ${src} » sans texte alternatif : écrire ![description](${src})` });
    if (/^(https?:)?\/\//.test(src ?? '')) {
      problems.push({
        file,
        field: 'texte',
        message: `image « ${src} » chargée depuis un autre site : interdit (vie privée) ; copier l’image à côté de la fiche`,
      });
      continue;
    }
    const size = imageSize(src ?? '', file);
    if (size === undefined) problems.push({ file, field: 'texte', message: `image « ${src} » introuvable à côté de la fiche` });
    else if (size > MAX_IMAGE_BYTES) {
      problems.push({
        file,
        field: 'texte',
        message: `image « ${src} » trop lourde : ${Math.round(size / 1000)} ko pour ${MAX_IMAGE_BYTES / 1000} ko au plus (la réduire avant de l’ajouter)`,
      });
    }
  }
  if (/[{}]/.test(text.replace(/`[^`]*`/g, ''))) {
    problems.push({ file, field: 'texte', message: 'accolade { ou } dans le texte : MDX la lit comme du code ; la retirer' });
  }
  return problems;
}

/**
 * A reference factory that checks ids against the entries found on disk, with a message in French.
 * @param known ids per collection.
 */
export function makeRefChecker(known: ReadonlyMap<CollectionName, ReadonlySet<string>>): RefFactory {
  return (<C extends CollectionName>(collection: C) =>
    z.string({ message: `identifiant attendu (un fichier de ${dirOf(collection)})` }).transform((id, ctx) => {
      if (!known.get(collection)?.has(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `« ${id} » n’existe pas : aucune fiche content/${dirOf(collection)}/${id}.* (référence mal orthographiée ?)`,
        });
        return z.NEVER;
      }
      return { collection, id };
    })) as RefFactory;
}

function dirOf(collection: CollectionName): string {
  return COLLECTION_SPECS.find((s) => s.name === collection)?.dir ?? collection;
}

/** Explains a YAML syntax error with its line. */
function yamlProblem(file: string, error: unknown, lineOffset: number): ContentProblem {
  if (error instanceof YAMLParseError) {
    const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
    const first = error.message.split('\n')[0] ?? '';
    return { file, field: `ligne ${line}`, message: `YAML illisible : ${first}` };
  }
  return { file, field: 'fichier', message: `YAML illisible : ${String(error)}` };
}

/**
 * Validates every entry against its collection schema, checks references, file names, duplicate ids
 * (entries and local examples) and MDX bodies.
 * @returns every problem found (an empty list means the content is valid).
 */
export function validateContent(
  entries: readonly RawEntry[],
  imageSize: ImageSizer = () => undefined,
  specs: readonly CollectionSpec[] = COLLECTION_SPECS,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = new Map<CollectionName, Set<string>>();
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (!SLUG.test(entry.id)) {
      problems.push({
        file: entry.file,
        field: 'fichier',
        message: `nom de fichier invalide « ${entry.id} » : minuscules sans accent, chiffres et tirets (il devient l’adresse de la page)`,
      });
    }
    const key = `${entry.collection}/${entry.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.file,
        field: 'fichier',
        message: `identifiant en double : « ${entry.id} » est déjà utilisé par ${first}`,
      });
    } else {
      seen.set(key, entry.file);
    }
    const ids = known.get(entry.collection) ?? new Set<string>();
    ids.add(entry.id);
    known.set(entry.collection, ids);
  }
  const ref = makeRefChecker(known);
  const exampleIds = new Map<string, string>();
  for (const entry of entries) {
    const spec = specs.find((s) => s.name === entry.collection);
    if (!spec) continue;
    let data: unknown;
    let lineOffset = 0;
    if (spec.ext === '.mdx') {
      const parts = splitFrontmatter(entry.text);
      if (!parts) {
        problems.push({
          file: entry.file,
          field: 'fichier',
          message: 'bloc de champs manquant : la fiche doit commencer par une ligne ---',
        });
        continue;
      }
      lineOffset = 1;
      problems.push(...checkBody(entry.file, parts.body, imageSize));
      try {
        data = parseYaml(parts.frontmatter);
      } catch (error) {
        problems.push(yamlProblem(entry.file, error, lineOffset));
        continue;
      }
    } else {
      try {
        data = parseYaml(entry.text);
      } catch (error) {
        problems.push(yamlProblem(entry.file, error, lineOffset));
        continue;
      }
    }
    if (data === null || typeof data !== 'object') {
      problems.push({ file: entry.file, field: 'fichier', message: 'aucun champ trouvé : le bloc de champs est vide' });
      continue;
    }
    const result = spec.schema(ref).safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(explainIssue(entry.file, issue, data));
    }
    const examples = (data as { examples?: unknown }).examples;
    if (Array.isArray(examples)) {
      examples.forEach((example, i) => {
        const id = (example as { id?: unknown })?.id;
        if (typeof id !== 'string') return;
        const where = exampleIds.get(id);
        if (where) {
          problems.push({
            file: entry.file,
            field: `examples[${i}].id`,
            message: `identifiant d’exemple en double : « ${id} » est déjà utilisé dans ${where}`,
          });
        } else {
          exampleIds.set(id, entry.file);
        }
      });
    }
  }
  return problems;
}

/** Reads the value at a zod path in parsed data. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Words a zod issue for an editor: a missing field, an unknown field, or the schema's own message. */
export function explainIssue(file: string, issue: z.core.$ZodIssue, data: unknown): ContentProblem {
  if (issue.code === 'unrecognized_keys') {
    return {
      file,
      field: issue.keys.map((k) => formatPath([...issue.path, k])).join(', '),
      message: 'champ inconnu (faute de frappe ?) : les champs permis sont décrits dans src/schemas/',
    };
  }
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
    return { file, field: formatPath(issue.path), message: 'champ obligatoire manquant' };
  }
  return { file, field: formatPath(issue.path), message: issue.message };
}

/** Formats problems as lines « fichier — champ « x » : message ». */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file} — champ « ${p.field} » : ${p.message}`).join('\n');
}
