import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHEET_ROUTES, compileSheetBody } from '../../../src/lib/body';
import {
  BODY_CACHE_PATH,
  bodyKey,
  pipelineFingerprint,
  readBodyCache,
  writeBodyCache,
  type CachedBody,
} from '../../../src/lib/body/cache';
import { sheetBodyChecker, type BodyContext } from '../../../scripts/lib/content-check';
import { readSiteRoutes } from '../../../scripts/lib/site-routes';

const ROOT = resolve(import.meta.dirname, '../../..');
const CONTENT = join(ROOT, 'content');
const work = mkdtempSync(join(tmpdir(), 'atlas-body-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What check:content keeps of a sheet (through the real body checker), or undefined when it keeps nothing. */
function kept(file: string, source: string, routes?: ReadonlySet<string>): CachedBody | undefined {
  const bodies = new Map<string, CachedBody>();
  const fingerprint = pipelineFingerprint(ROOT);
  const ctx = { file, source, bodyLine: 1 } as BodyContext;
  sheetBodyChecker(routes, { fingerprint, bodies })('', ctx);
  return bodies.get(bodyKey(fingerprint, file, source));
}

describe('the bodies check:content keeps for the build', () => {
  const routes = readSiteRoutes(ROOT, CONTENT);
  const files = Object.keys(SHEET_ROUTES).flatMap((dir) =>
    readdirSync(join(CONTENT, dir))
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => `content/${dir}/${n}`),
  );

  it.each(files)('%s: exactly what the loader would render', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    // The loader compiles without the list of routes: link problems are check:content's.
    const { html, headings, problems } = compileSheetBody(source, { file });
    expect(problems).toEqual([]);
    expect(kept(file, source, routes)).toEqual({ html, headings });
  });

  it('keeps nothing of a body with a problem (the loader then compiles and refuses it itself)', () => {
    const file = 'content/ateliers/x.mdx';
    expect(kept(file, '---\ntitle: x\n---\n\n<script>alert(1)</script>\n')).toBeUndefined();
    expect(kept(file, '---\ntitle: x\n---\n\n[lien](/mesures/inexistante/)\n', routes)).toBeUndefined();
    expect(kept(file, '---\ntitle: x\n---\n\nUn paragraphe.\n', routes)?.html).toBe('<p>Un paragraphe.</p>');
  });
});

describe('body cache keys and file', () => {
  const fp = pipelineFingerprint(ROOT);

  it('a key changes with the file, its text and the pipeline', () => {
    const key = bodyKey(fp, 'content/ateliers/a.mdx', 'texte');
    expect(bodyKey(fp, 'content/ateliers/a.mdx', 'texte')).toBe(key);
    expect(bodyKey(fp, 'content/mesures/a.mdx', 'texte')).not.toBe(key);
    expect(bodyKey(fp, 'content/ateliers/a.mdx', 'texte ')).not.toBe(key);
    expect(bodyKey(`${fp}x`, 'content/ateliers/a.mdx', 'texte')).not.toBe(key);
  });

  it('the fingerprint follows the source of src/lib/body', () => {
    const root = join(work, 'project');
    mkdirSync(join(root, 'src/lib/body'), { recursive: true });
    writeFileSync(join(root, 'src/lib/body/render.ts'), 'export const a = 1;');
    const before = pipelineFingerprint(root);
    const other = join(work, 'project-2');
    mkdirSync(join(other, 'src/lib/body'), { recursive: true });
    writeFileSync(join(other, 'src/lib/body/render.ts'), 'export const a = 2;');
    expect(pipelineFingerprint(other)).not.toBe(before);
  });

  it('writes and reads back; an absent, corrupt or malformed file is an empty cache', () => {
    const root = join(work, 'cache');
    expect(readBodyCache(root).size).toBe(0);
    const entry = { html: '<p>x</p>', headings: [{ depth: 2, slug: 'a', text: 'A' }] };
    writeBodyCache(root, new Map([['k', entry]]));
    expect(readBodyCache(root).get('k')).toEqual(entry);
    writeFileSync(join(root, BODY_CACHE_PATH), '{"k": {"html": 1}');
    expect(readBodyCache(root).size).toBe(0);
    writeFileSync(join(root, BODY_CACHE_PATH), '{"k": {"html": 1, "body": "x", "headings": []}}');
    expect(readBodyCache(root).size).toBe(0);
  });
});
