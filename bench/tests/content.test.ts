import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { validateContent, type RawEntry } from '../../scripts/lib/content-check';
import { readContent } from '../../scripts/lib/read-content';
import { COLLECTION_SPECS } from '../../src/schemas/registry';
import {
  countWords,
  generateSheets,
  MIX,
  REFERENCE_SPECS,
  SHEET_SPECS,
  starlightFiles,
  type BenchRefs,
  type BenchSheet,
} from '../lib/content';

const ROOT = join(import.meta.dirname, '../..');
const references = readContent(join(ROOT, 'content'), ROOT).entries.filter((e) =>
  REFERENCE_SPECS.some((s) => s.name === e.collection),
);
const refs: BenchRefs = Object.fromEntries(
  REFERENCE_SPECS.map((s) => [s.name, references.filter((e) => e.collection === s.name).map((e) => e.id)]),
);
const entries = (sheets: readonly BenchSheet[]): RawEntry[] => [
  ...references,
  ...sheets.map((s) => ({
    file: `content/${s.path}`,
    collection: s.collection as RawEntry['collection'],
    id: s.id,
    text: s.text,
  })),
];

describe('bench content generator', () => {
  const sheets = generateSheets(60, refs);

  it('writes sheets that the content check accepts, of every sheet collection, in the proportions of MIX', () => {
    expect(validateContent(entries(sheets))).toEqual([]);
    for (const spec of SHEET_SPECS)
      expect(sheets.filter((s) => s.collection === spec.name).length).toBe(3 * (MIX[spec.name] ?? 1));
  });

  it('is deterministic, with bodies of 400 words or more and distinct ids', () => {
    expect(generateSheets(60, refs).map((s) => s.text)).toEqual(sheets.map((s) => s.text));
    expect(new Set(sheets.map((s) => s.id)).size).toBe(sheets.length);
    for (const s of sheets) expect(countWords(s.body)).toBeGreaterThanOrEqual(400);
  });

  it('spreads references to generated sheets: no figure named by many visions, whatever the size', () => {
    const counts = new Map<string, number>();
    for (const s of generateSheets(400, refs).filter((x) => x.collection === 'visions'))
      for (const id of s.text.match(/figure-\d{5}-[a-z0-9-]+/g) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(10);
  });

  it('fills the optional fields named in FILL (local examples) and leaves the others out', () => {
    const mesures = sheets.filter((s) => s.collection === 'mesures');
    expect(mesures.some((s) => /^examples:/m.test(s.text))).toBe(true);
    expect(sheets.some((s) => /^(added|editorNotes):/m.test(s.text))).toBe(false);
  });

  it('needs no edit when a schema gains a field, optional or required', () => {
    const altered = COLLECTION_SPECS.map((spec) =>
      spec.ext === '.mdx'
        ? {
            ...spec,
            schema: ((ref: Parameters<typeof spec.schema>[0]) =>
              (spec.schema(ref) as z.ZodObject).extend({
                subtitle: z.string().optional(),
                audience: z.enum(['elus', 'agents']),
                budget: z.number().int().min(10).max(20),
                partners: z.array(z.string().trim().min(1)).min(2),
                territory2: ref('territoires'),
              })) as typeof spec.schema,
          }
        : spec,
    );
    const more = generateSheets(40, refs, 7, altered);
    expect(validateContent(entries(more), { specs: altered })).toEqual([]);
    expect(more[0]!.text).toMatch(/^audience: "elus"$/m);
    expect(more[0]!.text).not.toMatch(/^subtitle:/m);
  });

  it('says which field it cannot fill', () => {
    const odd = COLLECTION_SPECS.map((spec) =>
      spec.name === 'ateliers'
        ? {
            ...spec,
            schema: ((ref: Parameters<typeof spec.schema>[0]) =>
              (spec.schema(ref) as z.ZodObject).extend({ when: z.bigint() })) as typeof spec.schema,
          }
        : spec,
    );
    expect(() => generateSheets(5, refs, 1, odd)).toThrow(/ateliers\.when : type de champ « bigint »/);
  });

  it('gives both Starlight peers the same titles and bodies, as .md or .mdx', () => {
    for (const ext of ['.md', '.mdx'] as const) {
      const files = starlightFiles(sheets, ext).filter((f) => f.path.startsWith('src/content/docs/fiches/'));
      expect(files).toHaveLength(sheets.length);
      expect(files.every((f) => f.path.endsWith(ext))).toBe(true);
      expect(files[0]!.text.endsWith(sheets[0]!.body)).toBe(true);
      expect(files[0]!.text).toContain(JSON.stringify(sheets[0]!.title));
    }
  });
});
