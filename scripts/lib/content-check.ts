import { z } from 'astro/zod';
import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import epcis from '@etalab/decoupage-administratif/data/epci.json' with { type: 'json' };
import { REQUIRED_MESSAGE, type CollectionName, type RefFactory } from '../../src/schemas/shared';
import { COLLECTION_SPECS, type CollectionSpec } from '../../src/schemas/registry';
import { compileSheetBody, type CompiledBody } from '../../src/lib/body';
import { precompiledKey } from './body-threads';
import { bodyKey, type CachedBody } from '../../src/lib/body/cache';
import {
  explainYamlError,
  lintYaml,
  readFrontmatterAsAstro,
  readYamlAsAstro,
  showInvisible,
  splitSheet,
  type LineProblem,
} from './yaml-source';

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
  /** Set when the file is not valid UTF-8 (text is then empty). */
  encoding?: LineProblem;
}

/** A problem found in a content file, worded for an editor. */
export interface ContentProblem {
  file: string;
  /** Field path (« territories[0] », « source.document »), or « fichier » / « texte ». */
  field: string;
  /** Line of the file (from 1, the opening `---` included), when the problem has one. */
  line?: number;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
          message: `« ${showInvisible(id)} » n’existe pas : aucune fiche content/${dirOf(collection)}/${showInvisible(id)}.* (référence mal orthographiée ?)`,
        });
        return z.NEVER;
      }
      return { collection, id };
    })) as RefFactory;
}

function dirOf(collection: CollectionName): string {
  return COLLECTION_SPECS.find((s) => s.name === collection)?.dir ?? collection;
}

/** A problem found by the sheet body checker, with its line counted from the first line of the body (1). */
export interface BodyProblem {
  line: number;
  message: string;
}

/** What the body checker knows about the sheet whose body it reads. */
export interface BodyContext {
  file: string;
  collection: CollectionName;
  id: string;
  /** Line of the file where the body starts (to turn body lines into file lines). */
  bodyLine: number;
  /** Ids found on disk per collection (to check internal links). */
  known: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** The whole file, frontmatter included. */
  source: string;
}

/**
 * The hook where body problems are collected. The default is {@link sheetBodyChecker}: the MDX allowlist
 * checker of the build (src/lib/body/, `checkSheetBody`), so that check:content and the build agree.
 */
export type BodyChecker = (body: string, ctx: BodyContext) => BodyProblem[];

/** Options of {@link validateContent}. */
export interface ValidateOptions {
  /** Collections to check against (defaults to every collection of the site). */
  specs?: readonly CollectionSpec[];
  /** Checks a sheet body; see {@link BodyChecker}. */
  checkBody?: BodyChecker;
}

/**
 * The body checker of the build (`compileSheetBody`, src/lib/body/) as a {@link BodyChecker}.
 * @param routes every page of the site (`readSiteRoutes`); without it, internal links are checked for shape only.
 * @param keep where to keep the HTML of bodies without problems, for the build's loader (one parse per build).
 * @param precompiled bodies already compiled on worker threads (scripts/lib/body-threads.ts), by file and text.
 */
export function sheetBodyChecker(
  routes?: ReadonlySet<string>,
  keep?: BodyKeeper,
  precompiled?: ReadonlyMap<string, CompiledBody>,
): BodyChecker {
  return (_body, ctx) => {
    const compiled =
      precompiled?.get(precompiledKey(ctx.file, ctx.source)) ?? compileSheetBody(ctx.source, { file: ctx.file, routes });
    if (keep && compiled.problems.length === 0) {
      const { html, headings } = compiled;
      keep.bodies.set(bodyKey(keep.fingerprint, ctx.file, ctx.source), { html, headings });
    }
    return compiled.problems.map((p) => ({
      line: Math.max(1, p.line - ctx.bodyLine + 1),
      message: p.message,
    }));
  };
}

/** Where {@link sheetBodyChecker} keeps the bodies it rendered without a problem (src/lib/body/cache.ts). */
export interface BodyKeeper {
  /** `pipelineFingerprint(projectRoot)`. */
  fingerprint: string;
  bodies: Map<string, CachedBody>;
}

/** The placeholder text of `npm run nouvelle-fiche` (scripts/lib/sheet-template.ts). */
export const PLACEHOLDER = /À compléter/;

/** Raw markup in a field value: a tag, a comment, or a script link. */
const FIELD_MARKUP: readonly { pattern: RegExp; message: (m: string) => string }[] = [
  {
    pattern: /<\/?[A-Za-z!?][^<>]*>?/,
    message: (m) =>
      `balise « ${m.slice(0, 30)} » dans un champ : un champ ne contient que du texte, jamais de HTML ; retirez-la (pour « < », écrivez « moins de »)`,
  },
  {
    pattern: /(?:java|vb)script\s*:|data\s*:\s*text\/html/i,
    message: (m) => `lien ${m.replace(/\s/g, '')} interdit dans un champ (il exécuterait du code) : retirez-le`,
  },
  { pattern: /&#?[A-Za-z0-9]+;/, message: (m) => `entité HTML « ${m} » dans un champ : écrivez le caractère lui-même` },
];

/** Every string of parsed data, with its path. */
function* stringsOf(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsOf(v, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) yield* stringsOf(v, [...path, k]);
}

/**
 * Finds the line of a field in YAML source: the key of each path segment, searched below the previous one.
 * @returns the file line, or undefined when the field is not written (a missing field).
 */
export function lineOfPath(lines: readonly string[], firstLine: number, path: readonly PropertyKey[]): number | undefined {
  let at = -1;
  let indent = -1;
  let found: number | undefined;
  for (const key of path) {
    let next = -1;
    if (typeof key === 'number') {
      let count = -1;
      let itemIndent = -1;
      for (let i = at + 1; i < lines.length; i++) {
        const l = lines[i] ?? '';
        const ind = l.length - l.trimStart().length;
        if (l.trim() === '' || l.trim().startsWith('#')) continue;
        if (i > at + 1 && ind <= indent && !l.trimStart().startsWith('-')) break;
        if (/^\s*-(\s|$)/.test(l) && (itemIndent < 0 || ind === itemIndent)) {
          itemIndent = ind;
          if (++count === key) {
            next = i;
            break;
          }
        }
        // A flow list [a, b] on the key's own line.
      }
      if (next < 0) return found;
      indent = itemIndent;
      at = next - 1;
      found = firstLine + next;
      continue;
    }
    const re = new RegExp(`^(\\s*(?:-\\s+)?)${String(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    for (let i = Math.max(at, 0); i < lines.length; i++) {
      const m = re.exec(lines[i] ?? '');
      if (m && (m[1] ?? '').length > indent) {
        next = i;
        indent = (m[1] ?? '').length;
        break;
      }
    }
    if (next < 0) return found;
    at = next;
    found = firstLine + next;
  }
  return found;
}

/** Official names of the départements, by INSEE code. */
const DEPARTEMENT_NAMES = new Map((departements as { code: string; nom: string }[]).map((d) => [d.code, d.nom]));
/** Métropoles and communautés urbaines, with the département of their first member. */
const METROPOLES = (epcis as { nom: string; type: string; membres: { code: string }[] }[])
  .filter((e) => e.type === 'METRO' || e.type === 'CU')
  .map((e) => ({ name: e.nom.replace(/^CU /, ''), code: e.membres[0]?.code.slice(0, 2) ?? '' }));

interface TerritoryData {
  name?: unknown;
  kind?: unknown;
  code?: unknown;
  parent?: unknown;
}

/** Checks that a territory is one of the 13 départements, their métropoles, the région or the national scope. */
function checkTerritory(file: string, t: TerritoryData, all: ReadonlyMap<string, TerritoryData>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const name = typeof t.name === 'string' ? t.name.trim() : '';
  const code = typeof t.code === 'string' ? t.code : undefined;
  if (t.kind === 'departement' && code && DEPARTEMENT_NAMES.has(code) && DEPARTEMENT_NAMES.get(code) !== name) {
    problems.push({
      file,
      field: 'name',
      message: `le département de code ${code} s’appelle « ${DEPARTEMENT_NAMES.get(code)} », pas « ${name} »`,
    });
  }
  if (t.kind === 'metropole') {
    if (!METROPOLES.some((m) => name.startsWith(m.name) && m.code === code)) {
      problems.push({
        file,
        field: 'name',
        message: `« ${name} » n’est pas une métropole ni une communauté urbaine du département ${code ?? '?'} (nom officiel attendu, ex. « Toulouse Métropole »)`,
      });
    }
    const parent = typeof t.parent === 'string' ? all.get(t.parent) : undefined;
    if (parent && (parent.kind !== 'departement' || parent.code !== code)) {
      problems.push({
        file,
        field: 'parent',
        message: `le parent d’une métropole est le département de même code (${code ?? '?'}) : « ${String(t.parent)} » ne l’est pas`,
      });
    }
  }
  if (t.kind === 'region' && name !== 'Région Occitanie') {
    problems.push({ file, field: 'name', message: 'le seul territoire de type region est « Région Occitanie »' });
  }
  if (t.kind === 'national' && name !== 'National') {
    problems.push({ file, field: 'name', message: 'le seul territoire de type national s’appelle « National »' });
  }
  for (const [id, other] of all) {
    if (other === t) break;
    if (
      other.kind === t.kind &&
      (t.kind === 'region' || t.kind === 'national' || (t.kind === 'departement' && other.code === code))
    ) {
      problems.push({
        file,
        field: t.kind === 'departement' ? 'code' : 'kind',
        message: `ce territoire existe déjà : content/territoires/${id}.yaml`,
      });
    }
  }
  return problems;
}

/** The territories a measure's territory covers: itself, and the métropoles of a département. */
function covers(measureTerritory: string, exampleTerritory: string, all: ReadonlyMap<string, TerritoryData>): boolean {
  if (measureTerritory === exampleTerritory) return true;
  const m = all.get(measureTerritory);
  if (m?.kind === 'region' || m?.kind === 'national') return true;
  return all.get(exampleTerritory)?.parent === measureTerritory;
}

/** Parsed data of one entry, kept for the checks across entries. */
interface Parsed {
  entry: RawEntry;
  data: Record<string, unknown>;
  lines: string[];
  firstLine: number;
}

/**
 * Validates every entry: encoding, `---` lines, YAML (read as Astro reads it, mistakes explained in
 * French with their line), collection schema, references, file names, duplicate ids, scaffold
 * placeholders, markup in fields, territories, local examples, and the body (through `checkBody`).
 * Never throws: an unexpected failure becomes a problem naming the file.
 * @returns every problem found (an empty list means the content is valid).
 */
export function validateContent(entries: readonly RawEntry[], opts: ValidateOptions = {}): ContentProblem[] {
  const specs = opts.specs ?? COLLECTION_SPECS;
  const bodyChecker = opts.checkBody ?? sheetBodyChecker();
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
  // One schema per collection: building (and compiling) a zod schema per entry cost ~40 % of the check.
  const schemas = new Map(specs.map((s) => [s.name, s.schema(ref)]));
  const parsed: Parsed[] = [];
  for (const entry of entries) {
    const spec = specs.find((s) => s.name === entry.collection);
    const schema = schemas.get(entry.collection);
    if (!spec || !schema) continue;
    try {
      const result = validateEntry(entry, spec, schema, bodyChecker, known);
      problems.push(...result.problems);
      if (result.parsed) parsed.push(result.parsed);
    } catch (error) {
      problems.push({
        file: entry.file,
        field: 'fichier',
        message: `vérification impossible (${error instanceof Error ? error.message.split('\n')[0] : String(error)}) : signalez ce fichier à l’équipe technique`,
      });
    }
  }
  problems.push(...checkAcrossEntries(parsed));
  return problems;
}

/** Checks one entry; see {@link validateContent}. */
function validateEntry(
  entry: RawEntry,
  spec: CollectionSpec,
  schema: z.ZodType,
  bodyChecker: BodyChecker,
  known: ReadonlyMap<CollectionName, ReadonlySet<string>>,
): { problems: ContentProblem[]; parsed?: Parsed } {
  const problems: ContentProblem[] = [];
  const at = (line: number, message: string): ContentProblem => ({ file: entry.file, field: `ligne ${line}`, line, message });
  if (entry.encoding) return { problems: [at(entry.encoding.line, entry.encoding.message)] };
  const lines = entry.text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  let read: { data: unknown } | { error: unknown };
  let yamlLines = lines;
  if (spec.ext === '.mdx') {
    const split = splitSheet(entry.text);
    if ('problems' in split) {
      return { problems: split.problems.map((p) => ({ ...at(p.line, p.message), field: 'fichier' })) };
    }
    const { yamlText, yamlLine, body, bodyLine } = split.parts;
    problems.push(...lintYaml(yamlText, yamlLine).map((p) => at(p.line, p.message)));
    read = readFrontmatterAsAstro(entry.text);
    yamlLines = lines.slice(0, bodyLine - 1);
    for (const p of bodyChecker(body, {
      file: entry.file,
      collection: entry.collection,
      id: entry.id,
      bodyLine,
      known,
      source: entry.text,
    })) {
      problems.push(
        p.line > 0
          ? { file: entry.file, field: 'texte', line: bodyLine + p.line - 1, message: p.message }
          : { file: entry.file, field: 'texte', message: p.message },
      );
    }
    if (PLACEHOLDER.test(body)) {
      const index = body.split('\n').findIndex((l) => PLACEHOLDER.test(l));
      problems.push({
        file: entry.file,
        field: 'texte',
        line: bodyLine + index,
        message: 'texte du modèle « À compléter » encore présent : remplacez-le par le texte de la fiche',
      });
    }
  } else {
    problems.push(...lintYaml(entry.text.replace(/^\uFEFF/, ''), 1).map((p) => at(p.line, p.message)));
    read = readYamlAsAstro(entry.text, entry.file);
  }
  if ('error' in read) {
    const p = explainYamlError(read.error, lines, 1);
    // A line problem at or above the parser's error is its cause: one message, one line number.
    if (!problems.some((q) => q.line !== undefined && q.line <= p.line)) problems.push(at(p.line, p.message));
    return { problems };
  }
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    problems.push({
      file: entry.file,
      field: 'fichier',
      message:
        data === null || data === undefined
          ? 'aucun champ trouvé : le bloc de champs est vide'
          : 'aucun champ trouvé : chaque ligne du bloc doit être de la forme « champ: valeur »',
    });
    return { problems };
  }
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(yamlLines, 1, path);
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const p = explainIssue(entry.file, issue, data);
      const line = lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path);
      problems.push(line ? { ...p, line } : p);
    }
  }
  for (const [path, value] of stringsOf(data)) {
    const field = formatPath(path);
    if (PLACEHOLDER.test(value)) {
      problems.push({
        file: entry.file,
        field,
        line: lineOf(path),
        message: `texte du modèle « À compléter » encore présent dans « ${field} » : remplacez-le${path[0] === 'source' ? ' par le titre exact de la section citée' : ''}`,
      });
    }
    for (const { pattern, message } of FIELD_MARKUP) {
      const m = pattern.exec(value);
      if (m) {
        problems.push({ file: entry.file, field, line: lineOf(path), message: message(m[0]) });
        break;
      }
    }
  }
  const record = data as Record<string, unknown>;
  if (entry.collection === 'ateliers' && record.number !== undefined && String(record.number).trim() === '0') {
    problems.push({
      file: entry.file,
      field: 'number',
      line: lineOf(['number']),
      message: 'numéro « 0 » du modèle : écrivez le numéro du guide (« 1 » à « 18 », « I » à « IV ») ou supprimez la ligne',
    });
  }
  return {
    problems: problems.map((p) => (p.line === undefined ? withoutLine(p) : p)),
    parsed: { entry, data: record, lines: yamlLines, firstLine: 1 },
  };
}

function withoutLine(p: ContentProblem): ContentProblem {
  const copy = { ...p };
  delete copy.line;
  return copy;
}

/** Checks that need several entries: duplicate local example ids, territories, examples' territories. */
function checkAcrossEntries(parsed: readonly Parsed[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const territories = new Map<string, TerritoryData>();
  for (const p of parsed) if (p.entry.collection === 'territoires') territories.set(p.entry.id, p.data as TerritoryData);
  for (const p of parsed) {
    if (p.entry.collection === 'territoires') {
      for (const problem of checkTerritory(p.entry.file, p.data as TerritoryData, territories)) {
        const line = lineOfPath(p.lines, p.firstLine, [problem.field]);
        problems.push(line ? { ...problem, line } : problem);
      }
    }
  }
  const exampleIds = new Map<string, string>();
  for (const p of parsed) {
    const examples = p.data.examples;
    if (!Array.isArray(examples)) continue;
    const own = Array.isArray(p.data.territories) ? p.data.territories.filter((t): t is string => typeof t === 'string') : [];
    examples.forEach((example, i) => {
      const x = (example ?? {}) as { id?: unknown; territories?: unknown };
      if (typeof x.id === 'string') {
        const where = exampleIds.get(x.id);
        if (where) {
          problems.push({
            file: p.entry.file,
            field: `examples[${i}].id`,
            line: lineOfPath(p.lines, p.firstLine, ['examples', i, 'id']),
            message: `identifiant d’exemple en double : « ${x.id} » est déjà utilisé dans ${where}`,
          });
        } else {
          exampleIds.set(x.id, p.entry.file);
        }
      }
      if (!Array.isArray(x.territories) || own.length === 0) return;
      x.territories.forEach((t, j) => {
        if (typeof t !== 'string' || !territories.has(t)) return;
        if (!own.some((m) => covers(m, t, territories))) {
          problems.push({
            file: p.entry.file,
            field: `examples[${i}].territories[${j}]`,
            line: lineOfPath(p.lines, p.firstLine, ['examples', i, 'territories']),
            message: `exemple local en « ${t} », un territoire que la mesure ne liste pas (territories: [${own.join(', ')}]) : ajoutez-le aux territoires de la mesure ou corrigez l’exemple`,
          });
        }
      });
    });
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
  const value = valueAt(data, issue.path);
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (empty && (issue.code === 'invalid_type' || issue.message === REQUIRED_MESSAGE)) {
    return { file, field: formatPath(issue.path), message: 'champ obligatoire manquant' };
  }
  return { file, field: formatPath(issue.path), message: issue.message };
}

/** Formats problems as lines « fichier, ligne 3 — champ « x » : message » (« fichier, ligne 3 : message » for a line). */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((p) => {
      const where = p.line ? `${p.file}, ligne ${p.line}` : p.file;
      return /^ligne \d+$/.test(p.field) ? `${where} : ${p.message}` : `${where} — champ « ${p.field} » : ${p.message}`;
    })
    .join('\n');
}
