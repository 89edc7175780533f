import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { CONTENT, DIST } from './dist';
import { expectedSearchRecords } from './checks';
import { searchIndex } from '../../src/integrations/steps/search-index';
import { ROOT } from '../helpers/content';

/** Every file of a Pagefind index, by path (its names are digests of their content). */
function indexFiles(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const path = join(d.parentPath, d.name);
        return [path.slice(dir.length + 1).replaceAll('\\', '/'), readFileSync(path)] as const;
      }),
  );
}

describe('the Pagefind index', () => {
  it('exists, in French, with a record for every sheet and local example of the content', () => {
    const entryFile = join(DIST, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entryFile)).toBe(true);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    expect(entry.languages.fr?.page_count).toBe(expectedSearchRecords(CONTENT));
  });

  it(
    'is the index Pagefind makes of the whole pages, though it is given only their indexed element',
    { timeout: 60_000 },
    async () => {
      const tmp = mkdtempSync(join(tmpdir(), 'atlas-index-'));
      try {
        // Our step, on a copy of the built pages.
        const copy = join(tmp, 'dist');
        cpSync(DIST, copy, { recursive: true, filter: (src) => !src.includes(`${join(DIST, 'pagefind')}`) });
        await searchIndex.run({ dist: copy, project: ROOT, out: tmp });
        // Pagefind on the whole pages, as it reads a site itself.
        const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
        await index!.addDirectory({ path: copy, glob: '**/*.html' });
        await index!.writeFiles({ outputPath: join(tmp, 'whole') });
        await pagefind.close();
        const ours = indexFiles(join(copy, 'pagefind'));
        const whole = indexFiles(join(tmp, 'whole'));
        // Every page's fragment (its text, title, meta and filters): the same file, byte for byte. Ours also
        // holds the local examples, records of their own, so its word and filter indexes hold more.
        const fragments = [...whole.keys()].filter((f) => f.startsWith('fragment/'));
        expect(fragments.length).toBeGreaterThan(0);
        expect([...ours.keys()].filter((f) => f.startsWith('fragment/')).length).toBe(expectedSearchRecords(CONTENT));
        for (const file of fragments) expect(ours.get(file)?.equals(whole.get(file)!), file).toBe(true);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  );
});
