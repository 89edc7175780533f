import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatPath,
  formatProblems,
  sheetBodyChecker,
  splitFrontmatter,
  validateContent,
  type RawEntry,
} from '../../../scripts/lib/content-check';
import { readContent } from '../../../scripts/lib/read-content';
import { readSiteRoutes } from '../../../scripts/lib/site-routes';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/invalid');
const real = readContent(join(ROOT, 'content'), ROOT).entries;
const fixtureRead = readContent(FIXTURES, ROOT, ['cases.json']);
const fixtures = fixtureRead.entries;
/** One malformed entry of the corpus and what check:content must say about it. */
interface Case {
  file: string;
  field: string;
  message: string;
  /** Line of the file the message must point at, when pinned. */
  line?: number;
  /** A body case: its message comes from the MDX body checker of the build (src/lib/body/). */
  body?: boolean;
}
const cases = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as Case[];
const fixtureFiles = [
  ...new Set(
    [...fixtures.map((f) => f.file), ...fixtureRead.problems.map((p) => p.file)].map((f) =>
      f.replace('tests/fixtures/invalid/', ''),
    ),
  ),
].sort();

describe('the content of the site', () => {
  it('is valid: every file passes its schema, references, name and body checks', () => {
    expect(real.length).toBeGreaterThan(170);
    expect(formatProblems(validateContent(real))).toBe('');
  });
});

describe('the bad-input corpus of tests/fixtures/invalid', () => {
  const checkBody = sheetBodyChecker(readSiteRoutes(ROOT, join(ROOT, 'content')));
  const problems = [...fixtureRead.problems, ...validateContent([...real, ...fixtures], { checkBody })];

  it('has at least 90 malformed files, each listed in cases.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(90);
    expect(fixtureFiles).toEqual([...new Set(cases.map((c) => c.file))].sort());
  });

  it.each(cases)('$file fails on « $field »', ({ file, field, message, line }) => {
    const own = problems.filter((p) => p.file === `tests/fixtures/invalid/${file}`);
    expect(own.length, `aucune erreur pour ${file}`).toBeGreaterThan(0);
    expect(
      own.some((p) => p.field === field && p.message.includes(message) && (line === undefined || p.line === line)),
      formatProblems(own),
    ).toBe(true);
  });

  it('words every problem in French, without a stack trace or an English parser message', () => {
    const english =
      /\b(?:the|is|expected|received|invalid input|must|should|unexpected|undefined|null|NaN|Error)\b|\n\s+at |\bat .*:\d+:\d+/;
    const bad = problems.filter((p) => english.test(p.message));
    expect(formatProblems(bad)).toBe('');
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
  it('names the file and field in one line per problem', () => {
    const entry: RawEntry = { file: 'content/themes/x.yaml', collection: 'themes', id: 'x', text: 'name: X\norder: 1\n' };
    expect(formatProblems(validateContent([entry]))).toBe(
      'content/themes/x.yaml — champ « description » : champ obligatoire manquant',
    );
  });
});
