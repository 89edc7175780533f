import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { CONTENT, ROOT, anyRef, loadCollection } from '../../helpers/content';
import {
  COLLECTION_NAMES,
  COLLECTION_SPECS,
  SHEET_KINDS,
  SHEET_KIND_IDS,
  kindCount,
  sheetUrl,
  summariesOf,
} from '../../../src/schemas/registry';
import { DATASETS } from '../../../src/lib/open-data';
import { FACETS } from '../../../src/lib/facets';
import { TEMPLATE_KINDS, sheetTemplate } from '../../../scripts/lib/sheet-template';

describe('the registry of collections', () => {
  it.each(COLLECTION_SPECS.map((s) => [s.name, s] as const))(
    '%s has a schema and a folder of its files in content/',
    (_, spec) => {
      expect(spec.schema(anyRef)).toBeInstanceOf(z.ZodType);
      const dir = join(CONTENT, spec.dir);
      expect(existsSync(dir), dir).toBe(true);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f));
      expect(files.length, dir).toBeGreaterThan(0);
      for (const f of files) expect(f.endsWith(spec.ext), `${dir}/${f}`).toBe(true);
    },
  );

  it('lists every folder of content/ (nothing silently left out of the build)', () => {
    const dirs = readdirSync(CONTENT, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(dirs).toEqual(COLLECTION_SPECS.map((s) => s.dir).sort());
    expect(COLLECTION_SPECS.map((s) => s.name)).toEqual([...COLLECTION_NAMES]);
  });

  it('is the only list of collections of content.config.ts', () => {
    const config = readFileSync(join(ROOT, 'src/content.config.ts'), 'utf8');
    expect(config).toContain('COLLECTION_SPECS');
    for (const name of COLLECTION_NAMES) expect(config).not.toContain(`${name}:`);
  });
});

describe('the registry of sheet kinds', () => {
  it.each(SHEET_KIND_IDS)('%s has a collection, a route, a dataset and a facet value', (kind) => {
    const spec = SHEET_KINDS[kind];
    expect(COLLECTION_NAMES).toContain(spec.collection);
    const route = join(ROOT, 'src/pages', spec.route);
    expect(existsSync(route), route).toBe(true);
    expect(`/${spec.route.replace(/\[slug\]\.astro$/, '')}`).toBe(spec.path);
    expect(Object.keys(DATASETS)).toContain(spec.dataset);
    expect(spec.facet.length).toBeGreaterThan(0);
    expect(spec.label).not.toBe(spec.plural);
    if (spec.scaffold) expect(() => sheetTemplate(kind, 'Essai', '2026-01-01')).not.toThrow();
  });

  it('gives each kind its own facet value and dataset, and the search its kind facet', () => {
    const facets = SHEET_KIND_IDS.map((k) => SHEET_KINDS[k].facet);
    expect(new Set(facets).size).toBe(facets.length);
    const datasets = SHEET_KIND_IDS.map((k) => SHEET_KINDS[k].dataset);
    expect(new Set(datasets).size).toBe(datasets.length);
    expect(FACETS.map((f) => f.key)).toContain('kind');
  });

  it('scaffolds exactly the kinds marked so, in their collection folder', () => {
    expect(Object.keys(TEMPLATE_KINDS)).toEqual(SHEET_KIND_IDS.filter((k) => SHEET_KINDS[k].scaffold));
  });

  it('summarises the real content: one sheet per entry, one per local example, unique keys', () => {
    const ctx = { axisNumbers: new Map(loadCollection('axes').map((a) => [a.id, a.data.number])) };
    // Every kind of the registry, so that a kind added there is summarised here too.
    const all = SHEET_KIND_IDS.flatMap((kind) => summariesOf(kind, loadCollection(SHEET_KINDS[kind].collection) as never, ctx));
    expect(new Set(all.map((s) => s.kind))).toEqual(new Set(SHEET_KIND_IDS));
    const examples = loadCollection('mesures').flatMap((m) => m.data.examples);
    expect(all.filter((s) => s.kind === 'exemple')).toHaveLength(examples.length);
    expect(all.filter((s) => s.kind === 'mesure')).toHaveLength(loadCollection('mesures').length);
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
    for (const s of all) expect(s.url.startsWith(SHEET_KINDS[s.kind].path), s.key).toBe(true);
  });

  it('writes URLs and counts in French', () => {
    expect(sheetUrl('exemple', 'repas', 'a1-gard')).toBe('/mesures/repas/#a1-gard');
    expect(sheetUrl('vision', 'x')).toBe('/figures/visions/x/');
    expect(kindCount('atelier', 1)).toBe('1\u00A0atelier');
    expect(kindCount('mesure', 2)).toBe('2\u00A0mesures');
    expect(kindCount('action', 0)).toBe('aucune action de pacte');
    expect(kindCount('exemple', 0)).toBe('aucun exemple local');
  });
});

describe('required fields, for a content generator', () => {
  it('lists the fields without default or optional marker', async () => {
    const { requiredFields } = await import('../../../src/schemas/registry');
    const fields = requiredFields('ateliers', anyRef);
    for (const f of ['title', 'format', 'order', 'summary', 'themes', 'territories', 'source']) expect(fields).toContain(f);
    for (const f of ['number', 'speakers', 'keyFigures', 'editorNotes', 'added']) expect(fields).not.toContain(f);
    expect(requiredFields('themes', anyRef)).toContain('name');
  });
});
