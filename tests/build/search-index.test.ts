import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, DIST } from './dist';
import { expectedSearchRecords } from './checks';

describe('the Pagefind index', () => {
  it('exists, in French, with a record for every sheet and local example of the content', () => {
    const entryFile = join(DIST, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entryFile)).toBe(true);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    expect(entry.languages.fr?.page_count).toBe(expectedSearchRecords(CONTENT));
  });
});
