import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/lib/run-check';

/**
 * check:content run on each fixture of the corpus, one at a time, as an editor would meet it: the
 * fixture dropped into a content folder. Exit code 1, the file named, the pinned message, never a
 * stack trace. The content folder holds the reference data (what sheets point at), so that each run
 * is quick; the real command (spawned) is tried on a few representative fixtures.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/invalid');
const REFERENCE_DIRS = ['territoires', 'themes', 'sources', 'axes', 'pacte-axes', 'sous-axes'];
const cases = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as {
  file: string;
  message: string;
  body?: boolean;
}[];
const STACK = /\n\s+at |Error:|TypeError|YAMLException|ZodError|node:internal/;
const work = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** A content folder with the reference data and the given fixture at its place. */
function contentWith(file: string): string {
  const dir = mkdtempSync(join(work, 'content-'));
  for (const d of REFERENCE_DIRS) cpSync(join(ROOT, 'content', d), join(dir, d), { recursive: true });
  // The duplicate-example fixtures collide with the real measures.
  if (file.startsWith('mesures/')) cpSync(join(ROOT, 'content/mesures'), join(dir, 'mesures'), { recursive: true });
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  cpSync(join(FIXTURES, file), join(dir, file));
  return dir;
}

describe('check:content on each fixture alone', () => {
  it('passes on the reference data alone (the base every fixture is added to)', () => {
    const dir = mkdtempSync(join(work, 'content-'));
    for (const d of REFERENCE_DIRS) cpSync(join(ROOT, 'content', d), join(dir, d), { recursive: true });
    const run = runCheck(dir, ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each([...new Map(cases.map((c) => [c.file, c])).values()])('$file: exit 1 with its message', ({ file, message }) => {
    const run = runCheck(contentWith(file), ROOT);
    expect(run.code).toBe(1);
    const own = run.stderr.split('\n').filter((l) => l.includes(file));
    expect(
      own.some((l) => l.includes(message)),
      run.stderr,
    ).toBe(true);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('reports a missing content folder in French, without a stack trace', () => {
    const run = runCheck(join(work, 'absent'), ROOT);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lecture du contenu impossible');
    expect(run.stderr).not.toMatch(STACK);
  });

  it.each(['ateliers/encodage-latin-1.mdx', 'atelier/fiche-dossier-singulier.mdx', 'ateliers/date-30-fevrier.mdx'])(
    'the real command exits 1 on %s with a French message and no stack trace',
    (file) => {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts', contentWith(file)],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(file);
      expect(result.stderr).toMatch(/\d+ problème\(s\) dans le contenu/);
      expect(result.stderr).not.toMatch(STACK);
    },
    60_000,
  );
});
