/**
 * An editor adds a correct sheet: the build checks still pass, with one more page. A valid atelier is
 * copied under a new name into a copy of content/, the site is built from it (ATLAS_CONTENT_DIR) into a
 * temporary folder, and the same checks as for dist/ run on that build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, DIST, builtPages } from './dist';
import { dossierProblems, expectedSearchRecords, pageDirsIn, sheetPageProblems } from './checks';
import { ROOT } from '../helpers/content';
import { SHEET_KINDS } from '../../src/schemas/registry';
import { parse } from 'node-html-parser';
import { dossierForms } from '../../src/lib/dossier';

const IN_FULL_MAX = 10;
const tmp = mkdtempSync(join(tmpdir(), 'atlas-nouvelle-fiche-'));
const content = join(tmp, 'content');
const dist = join(tmp, 'dist');
const env = {
  ...process.env,
  ATLAS_CONTENT_DIR: content,
  ATLAS_CACHE_DIR: join(tmp, 'cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
  // The offline edition is checked on dist/ already; this build only needs the pages and the index.
  ATLAS_SKIP_STEPS: 'édition hors ligne',
  // Dossiers in brief above 10 sheets (src/lib/dossier.ts): some dossiers of this build print their sheets
  // in full, others in brief, as those of a large edition do.
  ATLAS_DOSSIER_IN_FULL_MAX: String(IN_FULL_MAX),
};
const dir = SHEET_KINDS.atelier.path;
let output = '';

beforeAll(() => {
  cpSync(CONTENT, content, { recursive: true });
  const [first] = readdirSync(join(content, 'ateliers')).filter((f) => f.endsWith('.mdx'));
  copyFileSync(join(content, 'ateliers', first!), join(content, 'ateliers', 'zz-copie-pour-le-test.mdx'));
  const check = spawnSync('npx', ['tsx', 'scripts/check-content.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  output = check.stdout + check.stderr;
  if (check.status !== 0) return;
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], { cwd: ROOT, env, encoding: 'utf8' });
  output += build.stdout + build.stderr;
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a new valid sheet', () => {
  const site = { dist, content };

  it('passes the content check and builds, one more page than the site', { timeout: 60_000 }, () => {
    expect(output).not.toMatch(/\berror\b|erreur/i);
    expect(pageDirsIn(dist, dir)).toContain('zz-copie-pour-le-test');
    expect(pageDirsIn(dist, dir).length).toBe(pageDirsIn(DIST, dir).length + 1);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBe(builtPages().length + 1);
  });

  it('passes the build checks: pages, dossiers, search index', { timeout: 60_000 }, () => {
    expect(sheetPageProblems(site)).toEqual([]);
    expect(dossierProblems(site)).toEqual([]);
    expect(expectedSearchRecords(content)).toBe(expectedSearchRecords(CONTENT) + 1);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.fr.page_count).toBe(expectedSearchRecords(content));
  });

  it('prints each dossier in full or in brief as the rule says, and lists every sheet either way', () => {
    const seen = { full: 0, brief: 0 };
    const dossiers = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => /^(departements|themes)\/.+\/dossier\/index\.html$/.test(f));
    expect(dossiers.length).toBeGreaterThan(0);
    for (const file of dossiers) {
      const root = parse(readFileSync(join(dist, file), 'utf8'));
      const region = root.querySelector('#toute-la-region')?.parentNode;
      const count = (selector: string, regional: boolean) =>
        root.querySelectorAll(selector).filter((el) => (region?.querySelectorAll(selector).includes(el) ?? false) === regional)
          .length;
      const local = { full: count('article.dossier-sheet', false), brief: count('li.dossier-brief', false) };
      const regional = { full: count('article.dossier-sheet', true), brief: count('li.dossier-brief', true) };
      const forms = dossierForms(local.full + local.brief, regional.full + regional.brief, IN_FULL_MAX);
      // One form per part, chosen by the rule from the counts.
      expect(forms.local === 'full' ? local.brief : local.full, file).toBe(0);
      expect(forms.regional === 'full' ? regional.brief : regional.full, file).toBe(0);
      for (const form of [forms.local, forms.regional]) seen[form] += 1;
      if (local.brief + regional.brief > 0) {
        const notes = root.querySelectorAll('main .note').map((n) => n.text);
        expect(
          notes.some((n) => n.includes('trop nombreuses pour être reproduites ici')),
          file,
        ).toBe(true);
        // The same dossier of the site (limit DOSSIER_IN_FULL_MAX) prints its sheets in full.
        const online = parse(readFileSync(join(DIST, file), 'utf8'));
        expect(online.querySelectorAll('li.dossier-brief').length, file).toBe(0);
      }
    }
    expect(seen.brief).toBeGreaterThan(0);
    expect(seen.full).toBeGreaterThan(0);
  });
});
