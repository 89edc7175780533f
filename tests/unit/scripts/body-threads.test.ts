import { describe, expect, it } from 'vitest';
import { precompileBodies, precompiledKey, THREADS_FROM_SHEETS } from '../../../scripts/lib/body-threads';
import { readContent } from '../../../scripts/lib/read-content';
import { readSiteRoutes } from '../../../scripts/lib/site-routes';
import { runCheck } from '../../../scripts/lib/run-check';
import { compileSheetBody } from '../../../src/lib/body';
import { CONTENT, ROOT } from '../../helpers/content';

describe('sheet bodies compiled on worker threads', () => {
  it('are exactly what the check compiles on one thread, for every sheet', { timeout: 60_000 }, async () => {
    const precompiled = await precompileBodies(CONTENT, ROOT, 2);
    const sheets = readContent(CONTENT, ROOT).entries.filter((e) => e.file.endsWith('.mdx'));
    expect(sheets.length).toBeGreaterThan(0);
    expect(precompiled?.size).toBe(sheets.length);
    const routes = readSiteRoutes(ROOT, CONTENT);
    for (const e of sheets)
      expect(precompiled?.get(precompiledKey(e.file, e.text)), e.file).toEqual(
        compileSheetBody(e.text, { file: e.file, routes }),
      );
  });

  it('are not shared below the threshold (the real content is checked on one thread)', async () => {
    const sheets = readContent(CONTENT, ROOT).entries.filter((e) => e.file.endsWith('.mdx'));
    if (sheets.length < THREADS_FROM_SHEETS) expect(await precompileBodies(CONTENT, ROOT)).toBeUndefined();
    else expect((await precompileBodies(CONTENT, ROOT))?.size).toBe(sheets.length);
  });

  it('give the check the same verdict, with the problems of a bad body', { timeout: 60_000 }, async () => {
    const precompiled = await precompileBodies(CONTENT, ROOT, 2);
    const [first] = [...precompiled!.keys()];
    // A precompiled result is used as it is: a problem it holds is reported like one found on the spot.
    const tampered = new Map(precompiled);
    tampered.set(first!, { ...precompiled!.get(first!)!, problems: [{ line: 1, message: 'problème de test' }] });
    expect(runCheck(CONTENT, ROOT, undefined, undefined, precompiled).code).toBe(0);
    const run = runCheck(CONTENT, ROOT, undefined, undefined, tampered);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('problème de test');
  });
});
