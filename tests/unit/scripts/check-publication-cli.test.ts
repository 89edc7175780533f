import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublished } from '../../../src/lib/publication';
import { siteConfig } from '../../../src/site.config';

const ROOT = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => readFileSync(resolve(ROOT, `tests/fixtures/site-config/${name}.json`), 'utf8');
const EMPTY = JSON.stringify({
  url: '',
  publisher: { name: '', address: '', phone: '', director: '', email: '' },
  host: { name: '', address: '', phone: '' },
});

/** The first step of `npm run build:publish`, with the given site configuration values. */
function check(args: string[], env: Record<string, string> = {}) {
  return spawnSync('npx', ['tsx', 'scripts/check-publication.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_PUBLISH: '', ...env },
  });
}

describe('publishing mode (npm run build:publish, ATLAS_PUBLISH=1)', () => {
  it('refuses an empty configuration with exit code 1, naming every field in French', () => {
    const result = check(['--publish'], { ATLAS_TEST_SITE_CONFIG: EMPTY });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Publication refusée : 9 champs doivent être remplis dans src/site.config.ts');
    for (const field of ['publisher.name', 'publisher.director', 'publisher.email', 'host.name', 'url'])
      expect(result.stderr).toContain(`  - ${field} — `);
  });

  it('is also turned on by ATLAS_PUBLISH=1, and refuses the template’s placeholders', () => {
    const result = check([], { ATLAS_PUBLISH: '1', ATLAS_TEST_SITE_CONFIG: fixture('template') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('publisher.address — l’adresse postale de l’éditeur : « Adresse postale à compléter');
    expect(result.stderr).toContain('« contact@atlas-solidarites.example.org » est une adresse d’exemple');
  });

  it('lets an unpublished edition build without the publishing mode, and says so', () => {
    const result = check([], { ATLAS_TEST_SITE_CONFIG: EMPTY });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Édition de démonstration : éditeur non désigné (9 champs à remplir');
  });

  it('accepts a filled configuration in the publishing mode', () => {
    const result = check(['--publish'], { ATLAS_TEST_SITE_CONFIG: fixture('filled') });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Publication : éditeur, directeur de la publication, contact, hébergeur et adresse du site indiqués',
    );
  });

  it.runIf(!isPublished(siteConfig))('npm run build:publish stops before building this unpublished copy', () => {
    const result = spawnSync('npm', ['run', 'build:publish'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ATLAS_PUBLISH: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Publication refusée');
    expect(result.stdout).not.toContain('astro build');
  });
});
