import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkBody,
  formatPath,
  formatProblems,
  splitFrontmatter,
  validateContent,
  type RawEntry,
} from '../../../scripts/lib/content-check';
import { readContent } from '../../../scripts/lib/read-content';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/invalid');
const real = readContent(join(ROOT, 'content'), ROOT).entries;
const fixtures = readContent(FIXTURES, ROOT).entries;
const cases = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as {
  file: string;
  field: string;
  message: string;
}[];

describe('the content of the site', () => {
  it('is valid: every file passes its schema, references, name and body checks', () => {
    expect(real.length).toBeGreaterThan(170);
    expect(formatProblems(validateContent(real))).toBe('');
  });
});

describe('the bad-input corpus of tests/fixtures/invalid', () => {
  // Image sizes as the real checker reads them from disk, here from a table.
  const sizes: Record<string, number> = { 'grande-image.png': 2_000_000, 'petite-image.png': 12_000 };
  const problems = validateContent([...real, ...fixtures], (src) => sizes[src]);

  it('has at least 25 malformed entries, all listed in cases.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(fixtures.map((f) => f.file.replace('tests/fixtures/invalid/', '')).sort()).toEqual(cases.map((c) => c.file).sort());
  });

  it.each(cases)('$file fails on field « $field »', ({ file, field, message }) => {
    const own = problems.filter((p) => p.file === `tests/fixtures/invalid/${file}`);
    expect(own.length, `aucune erreur pour ${file}`).toBeGreaterThan(0);
    expect(
      own.some((p) => p.field === field && p.message.includes(message)),
      formatProblems(own),
    ).toBe(true);
  });

  it('reports no problem for the real files even when the corpus is present', () => {
    const inReal = problems.filter((p) => p.file.startsWith('content/'));
    expect(inReal).toEqual([]);
  });
});

describe('helpers', () => {
  it('splits frontmatter from the body', () => {
    expect(splitFrontmatter('---\na: 1\n---\nTexte')).toEqual({ frontmatter: 'a: 1', body: 'Texte' });
    expect(splitFrontmatter('Texte')).toBeNull();
  });
  it('formats field paths for editors', () => {
    expect(formatPath(['contacts', 0, 'phone'])).toBe('contacts[0].phone');
    expect(formatPath([])).toBe('(racine)');
  });
  it('accepts a plain body with closed components and lists', () => {
    expect(checkBody('x.mdx', '## Titre\n\nTexte « cité » : 3 € ; <br /> fin.')).toEqual([]);
  });
  it('names the file and field in one line per problem', () => {
    const entry: RawEntry = { file: 'content/themes/x.yaml', collection: 'themes', id: 'x', text: 'name: X\norder: 1\n' };
    expect(formatProblems(validateContent([entry]))).toBe(
      'content/themes/x.yaml — champ « description » : champ obligatoire manquant',
    );
  });
});
