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

/** The sheet an editor gets from `npm run nouvelle-fiche`. */
function newSheet(kind: TemplateKind, text = sheetTemplate(kind, 'Nouvelle fiche « test » : essai', '2026-11-25')): RawEntry {
  const collection = COLLECTION_SPECS.find((s) => s.dir === TEMPLATE_KINDS[kind])!.name;
  return { file: `content/${TEMPLATE_KINDS[kind]}/nouvelle-fiche.mdx`, collection, id: 'nouvelle-fiche', text };
}

/** What an editor does: replace every « À compléter » and the number 0 by real text. */
function filledIn(text: string): string {
  return text
    .replace(/"[^"\n]*À compléter[^"\n]*"/g, '"Texte repris de la source"')
    .replace(/^À compléter.*$/m, 'Un paragraphe écrit avec nos mots.')
    .replace(/^entre « » .*$/m, '')
    .replace("number: '0'", "number: '5'");
}

describe('new sheet skeletons', () => {
  it.each(Object.keys(TEMPLATE_KINDS) as TemplateKind[])('a new %s is refused until its placeholders are replaced', (kind) => {
    const entry = newSheet(kind);
    expect(entry.text).toContain('# Titre');
    const problems = validateContent([...real, entry]).filter((p) => p.file === entry.file);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message).toMatch(/À compléter|numéro « 0 » du modèle/);
    expect(problems.map((p) => p.field)).toContain('summary');
    expect(problems.map((p) => p.field)).toContain('source.section');
    expect(problems.map((p) => p.field)).toContain('texte');
  });

  it.each(Object.keys(TEMPLATE_KINDS) as TemplateKind[])('a new %s filled in is valid, comments included', (kind) => {
    const entry = newSheet(kind, filledIn(sheetTemplate(kind, 'Nouvelle fiche « test » : essai', '2026-11-25')));
    const problems = validateContent([...real, entry]).filter((p) => p.file === entry.file);
    expect(formatProblems(problems)).toBe('');
  });
});
