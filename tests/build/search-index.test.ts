import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './dist';

describe('the Pagefind index', () => {
  it('exists, in French, with a record for every sheet and local example', () => {
    const entryFile = join(DIST, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entryFile)).toBe(true);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    // 24 ateliers + 48 measures + 91 examples + 18 actions + 7 figures + 18 visions
    expect(entry.languages.fr?.page_count).toBe(206);
  });
});
