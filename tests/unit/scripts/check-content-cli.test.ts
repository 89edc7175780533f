import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Runs the same command `npm run build` starts with, on a copy of the content. */
function checkContent(contentDir: string) {
  return spawnSync('npx', ['tsx', 'scripts/check-content.ts', contentDir], { cwd: ROOT, encoding: 'utf8' });
}

// Each test spawns the command: a few seconds on a loaded machine.
describe('npm run check:content (the first step of the build)', { timeout: 60_000 }, () => {
  it('passes on the site content', () => {
    const result = checkContent(join(ROOT, 'content'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Contenu valide : \d+ fichiers vérifiés/);
  });

  it('stops with exit code 1, naming the file and the field, when an entry is malformed', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/invalid/ateliers/territoire-inconnu.mdx'), join(dir, 'ateliers/territoire-inconnu.mdx'));
    const result = checkContent(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('territoire-inconnu.mdx, ligne 12 — champ « territories[0] » : « aud » n’existe pas');
    expect(result.stderr).toContain('1 problème(s) dans le contenu');
  });
});
