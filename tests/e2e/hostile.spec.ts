import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy';
import { runCheck } from '../../scripts/lib/run-check';
import { serveStatic } from '../../scripts/lib/static-server';
import { launchBrowser } from './browser';

/**
 * A site built with hostile entries (what a careless or malicious editor could write), online and from
 * file://. The entries are refused by check:content; here they are built anyway with `astro build`
 * (as if the check had been skipped), to prove the output is safe on its own: every value is escaped
 * (inline JSON through safeJson, HTML by Astro), and the CSP of each edition blocks what would slip.
 * Also: tricky but valid entries that check:content accepts are built by astro build (the two agree).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EVIL = 'evil.example';

/** Frontmatter values that try to break out of their context. */
const HOSTILE_THEME = `name: "</script><script>alert('theme')</script>"
description: "<img src=https://${EVIL}/t.png onerror=alert('description')> <!-- x"
order: 99
`;
const HOSTILE_SHEET = `---
title: "Piège <base href=\\"https://${EVIL}/\\"> <img src=https://${EVIL}/a.png onerror=alert('titre')>"
format: atelier
order: 99
event: "</script><script>alert('event')</script>"
date: 2021-07-07
territories: [lozere]
summary: "Piège <meta http-equiv=\\"refresh\\" content=\\"0; url=https://${EVIL}/\\"> \\u2028 </script><script>alert('summary')</script>"
themes: [zz-piege]
contacts:
  - organisation: "<iframe src=https://${EVIL}/></iframe>Organisme"
    note: "<a href=javascript:alert('note')>écrire</a>"
links:
  - label: "<link rel=stylesheet href=https://${EVIL}/x.css>Lien"
    url: https://www.service-public.fr/
source:
  document: guide-conference-2021
  section: "<svg onload=alert('section')>"
---

Une fiche piégée pour les tests : son texte est ordinaire.
`;
/**
 * Hostile sheet bodies: the MDX allowlist and the HTML sanitizer (src/lib/body/, another branch) stop
 * them. Built only once that module is present, so this test runs as soon as it is merged.
 */
const BODY_SANITIZER = existsSync(join(ROOT, 'src/lib/body'));
const HOSTILE_BODY = `---
title: Piège dans le texte
format: atelier
order: 98
event: Conférence régionale du 7 juillet 2021
date: 2021-07-07
territories: [lozere]
summary: Une fiche dont le texte est piégé.
themes: [zz-piege]
source:
  document: guide-conference-2021
  section: Atelier n°1
---

<meta http-equiv="refresh" content="0; url=https://${EVIL}/" />
<base href="https://${EVIL}/" />
<link rel="stylesheet" href="https://${EVIL}/x.css" />
<img src="https://${EVIL}/b.png" alt="x" />

[le formulaire](&#106;avascript:alert('lien'))
`;
/** Valid entries that look tricky: check:content accepts them, and so must astro build. */
const DELICATE = `\uFEFF---
title: "Le plan #1 jeune : une fiche délicate"
format: atelier
order: 97
event: Conférence régionale du 7 juillet 2021
date: 2021-07-07
added: 2026-11-25
territories: [lozere, region-occitanie]
summary: >-
  Un résumé avec deux-points : et un # au milieu,
  sur deux lignes.
themes: [alimentation]
source:
  document: guide-conference-2021
  section: 'Atelier n°1 : « la cantine »'
---

Un texte ordinaire, avec une citation « entre guillemets » : 3 € par repas.
`;

let browser: Browser;
let server: Server;
let online: string;
let offline: string;
let project: string;
let bodyRefusal: { status: number | null; output: string } | undefined;

/** Runs a build step in the project copy; a failure shows its last lines. */
function step(args: string[]): void {
  const result = spawnSync(process.execPath, args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} : ${`${result.stdout}\n${result.stderr}`.slice(-2000)}`);
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  copyProject(ROOT, project);
  const content = join(project, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(join(content, 'ateliers/zz-delicate.mdx'), DELICATE);
  // check:content accepts the delicate entry (before the hostile ones are added).
  const check = runCheck(content, project);
  expect(check.stderr).toBe('');
  expect(check.code).toBe(0);
  writeFileSync(join(content, 'themes/zz-piege.yaml'), HOSTILE_THEME);
  writeFileSync(join(content, 'ateliers/zz-piege.mdx'), HOSTILE_SHEET);
  // A hostile body never reaches a page: the build's own loader refuses it (same checker as check:content).
  if (BODY_SANITIZER) {
    const body = join(content, 'ateliers/zz-piege-corps.mdx');
    writeFileSync(body, HOSTILE_BODY);
    const refusedBuild = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    bodyRefusal = { status: refusedBuild.status, output: `${refusedBuild.stdout}\n${refusedBuild.stderr}` };
    rmSync(body);
  }
  const lozere = join(content, 'territoires/lozere.yaml');
  writeFileSync(
    lozere,
    readFileSync(lozere, 'utf8').replace(/^name: .*$/m, `name: "Lozère</script><script>alert('territoire')</script>"`),
  );
  // check:content refuses them, each with its field…
  const refused = runCheck(content, project);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('zz-piege.yaml, ligne 1 — champ « name » : balise « </script> »');
  // …and the build goes on without it, as if an editor had skipped the check.
  step([join(project, 'node_modules/astro/bin/astro.mjs'), 'build']);
  step([join(project, 'node_modules/tsx/dist/cli.mjs'), 'scripts/index-search.ts']);
  step([join(project, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-offline.ts']);
  ({ server, url: online } = await serveStatic(join(project, 'dist')));
  const usb = join(project, 'usb');
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join(project, 'atlas-solidarites-hors-ligne.zip'))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(usb, name)), { recursive: true });
    writeFileSync(join(usb, name), data);
  }
  offline = pathToFileURL(join(usb, 'atlas')).href;
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Opens a page and records what a hostile entry could do: dialogs (a script ran), other hosts, navigations. */
async function visit(url: string, act?: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const foreign: string[] = [];
  const navigations: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'file:' || u.protocol === 'data:' || u.hostname === '127.0.0.1') return;
    foreign.push(r.url());
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigations.push(f.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // A CSP violation means hostile markup reached the page and only the policy stopped it: a failure too.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) errors.push(m.text());
  });
  await page.goto(url);
  if (act) await act(page);
  await page.waitForTimeout(500);
  const final = page.url();
  const text = (await page.locator('main').textContent()) ?? '';
  await context.close();
  return { dialogs, foreign, navigations, errors, final, text };
}

const PAGES: readonly { path: string; shows: string }[] = [
  { path: 'ateliers/zz-piege/', shows: 'Piège <base href=' },
  { path: 'themes/zz-piege/', shows: "</script><script>alert('theme')</script>" },
  { path: 'themes/', shows: "</script><script>alert('theme')</script>" },
  { path: 'departements/lozere/', shows: 'Lozère</script>' },
  { path: 'carte/', shows: 'Lozère' },
  { path: 'recherche/', shows: '' },
  { path: 'ateliers/', shows: 'Piège' },
  { path: 'sources/', shows: '' },
];

describe('check:content and astro build agree', () => {
  it('builds the delicate entry check:content accepted, read the same way (BOM, #, « : », unquoted dates)', () => {
    // The site adds French no-break spaces before « : »: compare with ordinary spaces.
    const html = readFileSync(join(project, 'dist/ateliers/zz-delicate/index.html'), 'utf8').replace(/[\u00A0\u202F]/g, ' ');
    expect(html).toContain('Le plan #1 jeune : une fiche délicate');
    expect(html).toContain('deux-points : et un # au milieu');
    const feed = readFileSync(join(project, 'dist/flux.xml'), 'utf8');
    expect(feed).toMatch(/zz-delicate[\s\S]{0,400}2026-11-25|2026-11-25[\s\S]{0,400}zz-delicate/);
  });
});

describe.each([
  ['online, served over http', () => online, (p: string) => `${online}/${p}`],
  ['offline, from file://', () => offline, (p: string) => `${offline}/${p}index.html`],
])('hostile entries, %s', (_label, _base, at) => {
  it.each(PAGES)('$path shows the hostile text as text: no script, no other host, no redirect', async ({ path, shows }) => {
    const r = await visit(at(path));
    expect(r.dialogs).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.final).toBe(at(path));
    expect(r.navigations).toEqual([at(path)]);
    expect(r.errors).toEqual([]);
    if (shows) expect(r.text).toContain(shows);
  });

  it('the search finds the hostile sheet and lists it as text', async () => {
    const r = await visit(at('recherche/'), async (page) => {
      await page.getByRole('searchbox').first().fill('Piège');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
      // The theme facet lists the hostile theme name as a label.
      await page.locator('summary', { hasText: 'Thème' }).click();
    });
    expect(r.dialogs).toEqual([]);
    expect(r.foreign).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.text).toContain('Piège <base href=');
  });

  it.runIf(BODY_SANITIZER)('a hostile sheet body is refused by the build itself, in French, with its file and lines', () => {
    expect(bodyRefusal?.status).not.toBe(0);
    expect(bodyRefusal?.output).toContain('content/ateliers/zz-piege-corps.mdx, ligne');
    expect(bodyRefusal?.output).toContain('balise HTML <meta> interdite');
    expect(bodyRefusal?.output).toContain('balise HTML <base> interdite');
    expect(bodyRefusal?.output).toMatch(/protocole « javascript: » interdit/);
  });
});
