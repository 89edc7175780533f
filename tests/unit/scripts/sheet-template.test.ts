import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent, type RawEntry } from '../../../scripts/lib/content-check';
import { readContent } from '../../../scripts/lib/read-content';
import { COLLECTION_SPECS } from '../../../src/schemas/registry';
import { sheetTemplate, slugify, TEMPLATE_KINDS, type TemplateKind } from '../../../scripts/lib/sheet-template';

const ROOT = resolve(import.meta.dirname, '../../..');
const real = readContent(join(ROOT, 'content'), ROOT).entries;

describe('slugify', () => {
  it.each([
    ['La cantine à 1 € !', 'la-cantine-a-1'],
    ['Œuvrer à la cohésion', 'oeuvrer-a-la-cohesion'],
    ['  Épicerie solidaire (Lozère)  ', 'epicerie-solidaire-lozere'],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('new sheet skeletons', () => {
  it.each(Object.keys(TEMPLATE_KINDS) as TemplateKind[])('a new %s is valid as written, comments included', (kind) => {
    const collection = COLLECTION_SPECS.find((s) => s.dir === TEMPLATE_KINDS[kind])!.name;
    const entry: RawEntry = {
      file: `content/${TEMPLATE_KINDS[kind]}/nouvelle-fiche.mdx`,
      collection,
      id: 'nouvelle-fiche',
      text: sheetTemplate(kind, 'Nouvelle fiche « test » : essai', '2026-11-25'),
    };
    expect(entry.text).toContain('# Titre');
    const problems = validateContent([...real, entry]).filter((p) => p.file === entry.file);
    expect(formatProblems(problems)).toBe('');
  });
});
