/**
 * Synthetic content for the benchmark (`npm run bench`): sheets of every kind, built by walking the zod
 * schema of each collection, so that a field added to a schema needs no edit here. Required fields are
 * always generated; optional fields only when their name is in `FILL` (to keep pages as rich as the real
 * ones: local examples, key figures, contacts). Bodies are French text of 400 to 850 words. Pure and
 * deterministic: the same size, references and seed give the same files.
 */
import { z } from 'astro/zod';
import { stringify } from 'yaml';
// The only knowledge of which collections exist: re-point this import to the registry when it lands.
import { COLLECTION_SPECS } from '../../src/schemas/registry';

/** Share of each sheet collection in every block of 20 sheets (as in the real content); 1 if absent. */
export const MIX: Readonly<Record<string, number>> = { ateliers: 6, actions: 6, mesures: 4, visions: 3, figures: 1 };

/** Optional fields filled anyway, by name (any kind): how many items, cycling, for arrays; 1 = present. */
export const FILL: Readonly<Record<string, readonly number[]>> = {
  examples: [2, 1, 3, 2, 0, 2, 3, 1],
  keyFigures: [1, 2],
  funding: [1],
  contacts: [1],
  links: [1],
  speakers: [1],
  communes: [1],
  email: [1],
  url: [1],
};

/** A reference to a generated sheet picks one of the last `RECENT` of its collection. */
const RECENT = 10;

/** Values tried, in order, against a field's regular expression (slug, url, e-mail, phone, date). */
const PATTERN_SAMPLES = ['https://example.org/atlas', 'contact@example.org', '05 61 00 00 00', '2026-01-15'];

export interface BenchSheet {
  /** Collection name (`ateliers`…). */
  collection: string;
  id: string;
  title: string;
  summary: string;
  /** Markdown body, the same in the Atlas and in the Starlight peers. */
  body: string;
  words: number;
  /** The MDX file, relative to the content root. */
  path: string;
  text: string;
}

/** Ids of the reference entries by collection name (read from `content/`). */
export type BenchRefs = Record<string, readonly string[]>;

type Spec = (typeof COLLECTION_SPECS)[number];
/** The collections written as MDX sheets, and the reference (YAML) collections to copy. */
export const SHEET_SPECS = COLLECTION_SPECS.filter((s) => s.ext === '.mdx');
export const REFERENCE_SPECS = COLLECTION_SPECS.filter((s) => s.ext !== '.mdx');

/** mulberry32: a seeded generator of numbers in [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** « Épicerie solidaire à Foix » → « epicerie-solidaire-a-foix ». */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Tokens holding a letter or a digit (« ## » and « ; » do not count). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

// ---------------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------------

const SUBJECTS = ['Le CCAS', 'La commune', 'Le département', 'L’association', 'La CAF', 'Le centre social', 'Le CIAS'];
const VERBS = ['accompagne', 'soutient', 'finance', 'organise', 'coordonne', 'développe', 'expérimente', 'évalue'];
const TOPICS = [
  'l’accès au logement',
  'l’épicerie solidaire',
  'la cantine à un euro',
  'le retour à l’emploi',
  'la mobilité solidaire',
  'l’accès aux soins',
  'l’inclusion numérique',
  'la prévention des expulsions',
  'l’accueil des jeunes enfants',
  'le logement des jeunes',
];
const PUBLICS = ['familles modestes', 'jeunes de 16 à 25 ans', 'personnes âgées isolées', 'allocataires du RSA', 'seniors'];
const GOALS = ['ouvrir une épicerie solidaire', 'lever les freins à l’emploi', 'loger les jeunes', 'rompre l’isolement'];
const PLACES = ['Foix', 'Carcassonne', 'Rodez', 'Nîmes', 'Muret', 'Auch', 'Sète', 'Cahors', 'Mende', 'Tarbes', 'Albi'];
const WHERE = ['en milieu rural', 'dans les quartiers prioritaires', 'avec les partenaires du territoire', 'depuis 2021'];
const HEADINGS = ['Le constat', 'Ce qui a été fait', 'Comment faire', 'Les partenaires', 'Les résultats', 'À retenir'];

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const capitalize = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** French contractions: « de le » → « du », « à les » → « aux », « de Auch » → « d’Auch ». */
export function contract(text: string): string {
  return text
    .replace(/\bde (\*\*)?le /g, 'du $1')
    .replace(/\bde (\*\*)?les /g, 'des $1')
    .replace(/\bà (\*\*)?le /g, 'au $1')
    .replace(/\bà (\*\*)?les /g, 'aux $1')
    .replace(/\bde (\*\*)?([aeiouyéAEIOUYÉ])/g, 'd’$1$2');
}

function sentence(rng: Rng): string {
  return contract(rawSentence(rng));
}

function rawSentence(rng: Rng): string {
  const topic = rng() < 0.1 ? `**${pick(rng, TOPICS)}**` : pick(rng, TOPICS);
  switch (between(rng, 0, 3)) {
    case 0:
      return `${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${topic} ${pick(rng, WHERE)}.`;
    case 1:
      return `En ${between(rng, 2019, 2025)}, ${between(rng, 12, 2400)} ${pick(rng, PUBLICS)} de ${pick(rng, PLACES)} ont bénéficié de ${topic}.`;
    case 2:
      return `Pour les élus, l’enjeu est de ${pick(rng, GOALS)} ${pick(rng, WHERE)} : les ${pick(rng, PUBLICS)} en bénéficient d’abord.`;
    default:
      return `${capitalize(pick(rng, GOALS))} demande un budget de ${between(rng, 5, 900)} 000 euros sur ${between(rng, 2, 5)} ans.`;
  }
}

/** A Markdown body of about `target` words: sections of paragraphs and lists. */
export function body(rng: Rng, target: number): string {
  const blocks: string[] = [];
  let words = 0;
  for (let s = 0; words < target; s++) {
    blocks.push(`## ${HEADINGS[s % HEADINGS.length]}${s >= HEADINGS.length ? ` (${s + 1})` : ''}`);
    for (let p = between(rng, 1, 3); p > 0 && words < target; p--) {
      const para = Array.from({ length: between(rng, 3, 6) }, () => sentence(rng)).join(' ');
      blocks.push(para);
      words += countWords(para);
    }
    if (rng() < 0.5) {
      const items = Array.from({ length: 3 }, () => `- ${capitalize(pick(rng, GOALS))} pour les ${pick(rng, PUBLICS)} ;`);
      blocks.push(items.join('\n'));
      words += countWords(items.join(' '));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// Walking a schema
// ---------------------------------------------------------------------------------------------------

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const check = (def: Def, name: string) => def.checks?.map((c) => c._zod.def).find((c) => c.check === name);

/** What the walker knows while generating one sheet. */
interface Walk {
  rng: Rng;
  /** Ids each reference may point to, by collection. */
  pools: Record<string, readonly string[]>;
  /** Collections whose entries are generated sheets. */
  generated: ReadonlySet<string>;
  /** Reference fields of the schema being walked (schema → collection). */
  refs: WeakMap<object, string>;
  /** Sheet number (0-based, over all sheets), for round-robin choices. */
  n: number;
  id: string;
  title: string;
  summary: string;
}

/** A field's value (undefined to leave it out), from its schema. Throws on a type it cannot build. */
export function valueOf(schema: unknown, field: string, path: string, w: Walk): unknown {
  const collection = w.refs.get(schema as object);
  if (collection) {
    const pool = w.pools[collection] ?? [];
    if (pool.length === 0) throw new Error(`${path} : aucune entrée « ${collection} » à laquelle renvoyer`);
    // A generated sheet is named by sheets generated soon after it (a figure by about three visions),
    // whatever the size; a reference entry by any sheet.
    const span = w.generated.has(collection) ? Math.min(pool.length, RECENT) : pool.length;
    return pool[pool.length - 1 - Math.floor(w.rng() * span)];
  }
  const def = defOf(schema);
  const fill = FILL[field];
  switch (def.type) {
    case 'optional':
    case 'default':
      return fill ? valueOf(def.innerType, field, path, w) : undefined;
    case 'nullable':
    case 'readonly':
      return valueOf(def.innerType, field, path, w);
    case 'pipe':
      return valueOf(def.in, field, path, w);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        const v = valueOf(child, key, `${path}.${key}`, w);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    case 'array': {
      const exact = check(def, 'length_equals')?.length as number | undefined;
      const min = (check(def, 'min_length')?.minimum as number | undefined) ?? 0;
      const wanted = fill ? fill[w.n % fill.length]! : 1;
      const count = exact ?? Math.max(min, wanted);
      const items = Array.from({ length: count }, (_, i) => valueOf(def.element, field, `${path}[${i}]`, w));
      // References and texts of a list are distinct (two identical themes would be a content error).
      const distinct = [...new Set(items)];
      return distinct.length >= Math.max(min, exact ?? 0) ? distinct : items;
    }
    case 'string': {
      const max = (check(def, 'max_length')?.maximum as number | undefined) ?? Infinity;
      const format = check(def, 'string_format');
      if (format?.format === 'regex') {
        const re = format.pattern as RegExp;
        const slug = slugify(`${w.id} ${path}`);
        const sample = [slug, ...PATTERN_SAMPLES].find((s) => re.test(s));
        if (!sample) throw new Error(`${path} : aucune valeur d’exemple ne correspond à ${re}`);
        return sample;
      }
      const short = () => contract(`${capitalize(pick(w.rng, TOPICS))} à ${pick(w.rng, PLACES)}`);
      const text = field === 'title' ? w.title : field === 'summary' ? w.summary : short();
      return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
    }
    case 'number': {
      const min = (check(def, 'greater_than')?.value as number | undefined) ?? 1;
      const max = (check(def, 'less_than')?.value as number | undefined) ?? Math.max(min, 1) * 5000;
      return between(w.rng, Math.ceil(min), Math.floor(max));
    }
    case 'date':
      return `${between(w.rng, 2019, 2024)}-07-07`;
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return values[w.n % values.length];
    }
    case 'boolean':
      return w.rng() < 0.5;
    case 'literal':
      return (def.values as unknown[])[0];
    case 'union':
      return valueOf((def.options as unknown[])[0], field, path, w);
    default:
      throw new Error(`${path} : type de champ « ${def.type} » que le générateur ne sait pas remplir`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------------

/** A reference factory that records which schemas are references, and to which collection. */
function recordingRef(refs: WeakMap<object, string>, targets: Set<string>) {
  return (collection: string) => {
    const schema = z.string();
    refs.set(schema, collection);
    targets.add(collection);
    return schema;
  };
}

/**
 * The order of sheet collections within each block: collections other sheets refer to come first
 * (a vision names figures), then the others, in registry order.
 */
function blockOrder(specs: readonly Spec[], referenced: Set<string>): Spec['name'][] {
  const names = specs.map((s) => s.name);
  const block = [...names.filter((n) => referenced.has(n)), ...names.filter((n) => !referenced.has(n))];
  return block.flatMap((n) => Array.from({ length: MIX[n] ?? 1 }, () => n));
}

/**
 * A local example takes place in one of its sheet's territories (a rule of the content check): each
 * example's territories become one of the sheet's, round-robin.
 */
export function keepExamplesInTerritory(data: unknown): unknown {
  const sheet = data as { territories?: unknown; examples?: unknown };
  if (!Array.isArray(sheet.territories) || sheet.territories.length === 0 || !Array.isArray(sheet.examples)) return data;
  const own = sheet.territories as unknown[];
  sheet.examples.forEach((x: unknown, i) => {
    const example = x as { territories?: unknown };
    if (Array.isArray(example.territories)) example.territories = [own[i % own.length]];
  });
  return data;
}

/**
 * Generates `size` sheets valid against the collection schemas.
 * @param refs ids of the reference collections (territories, themes, sources…).
 * @param specs the collections (tests pass altered schemas).
 */
export function generateSheets(
  size: number,
  refs: BenchRefs,
  seed = 2026,
  specs: readonly Spec[] = COLLECTION_SPECS,
): BenchSheet[] {
  const rng = createRng(seed);
  const refSchemas = new WeakMap<object, string>();
  const referenced = new Set<string>();
  const sheetSpecs = specs.filter((s) => s.ext === '.mdx');
  const schemas = new Map(sheetSpecs.map((s) => [s.name, s.schema(recordingRef(refSchemas, referenced) as never) as unknown]));
  const block = blockOrder(sheetSpecs, referenced);
  const generated = new Set(sheetSpecs.map((s) => s.name));
  const pools: Record<string, string[]> = Object.fromEntries(specs.map((s) => [s.name, [...(refs[s.name] ?? [])]]));
  const sheets: BenchSheet[] = [];
  for (let n = 0; n < size; n++) {
    const collection = block[n % block.length]!;
    const spec = sheetSpecs.find((s) => s.name === collection)!;
    const goal = pick(rng, GOALS);
    const title = `${capitalize(goal)} à ${pick(rng, PLACES)} (${n + 1})`;
    const id = `${spec.dir.replace(/s$/, '')}-${String(n + 1).padStart(5, '0')}-${slugify(goal)}`;
    let summary = `${sentence(rng)} ${sentence(rng)}`.replace(/\*\*/g, '');
    if (summary.length > 400) summary = summary.slice(0, 399);
    const walk: Walk = { rng, pools, generated, refs: refSchemas, n, id, title, summary };
    const data = keepExamplesInTerritory(valueOf(schemas.get(collection), '', spec.dir, walk));
    const text = body(rng, between(rng, 400, 850));
    const yaml = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    sheets.push({
      collection,
      id,
      title,
      summary,
      body: text,
      words: countWords(text),
      path: `${spec.dir}/${id}${spec.ext}`,
      text: `---\n${yaml}---\n\n${text}`,
    });
    pools[collection]!.push(id);
  }
  return sheets;
}

/** Sheets by collection, local examples, words and bytes of a generated set. */
export function contentStats(sheets: readonly BenchSheet[]) {
  const byCollection: Record<string, number> = {};
  let words = 0;
  let bytes = 0;
  let examples = 0;
  for (const s of sheets) {
    byCollection[s.collection] = (byCollection[s.collection] ?? 0) + 1;
    words += s.words;
    bytes += Buffer.byteLength(s.text);
    examples += (s.text.match(/^ {2}- id: /gm) ?? []).length;
  }
  return { sheets: sheets.length, byCollection, examples, meanWords: Math.round(words / (sheets.length || 1)), bytes };
}
export type ContentStats = ReturnType<typeof contentStats>;

// ---------------------------------------------------------------------------------------------------
// The Starlight peers
// ---------------------------------------------------------------------------------------------------

/** Versions of the peers, pinned (Starlight 0.42 declares `astro: ^7.2.10`). */
export const STARLIGHT_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' } as const;

/**
 * A plain Starlight site (French, Pagefind on, a sidebar without the sheets) with the same titles,
 * summaries (as `description`) and bodies, as `.md` or `.mdx` files.
 * @returns files relative to the peer project, `package.json` first.
 */
export function starlightFiles(sheets: readonly BenchSheet[], ext: '.md' | '.mdx'): { path: string; text: string }[] {
  const files = [
    {
      path: 'package.json',
      text: `${JSON.stringify({ name: 'atlas-bench-starlight', private: true, type: 'module', dependencies: STARLIGHT_VERSIONS }, null, 2)}\n`,
    },
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://example.org',
  integrations: [starlight({ title: 'Pair Starlight', locales: { root: { label: 'Français', lang: 'fr' } }, sidebar: [{ label: 'Accueil', link: '/' }] })],
});
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    },
    { path: 'src/content/docs/index.md', text: `---\ntitle: Accueil\n---\n\n${sheets.length} fiches.\n` },
  ];
  for (const s of sheets) {
    const front = stringify({ title: s.title, description: s.summary }, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 });
    files.push({ path: `src/content/docs/fiches/${s.id}${ext}`, text: `---\n${front}---\n\n${s.body}` });
  }
  return files;
}
