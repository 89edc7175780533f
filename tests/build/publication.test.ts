import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl, editionNotice, isPublished, publicValue, type PublicationFields } from '../../src/lib/publication';
import { siteConfig } from '../../src/site.config';
import { CONTENT, DIST } from './dist';
import { PAGE_KINDS, contentSheets } from './checks';

const ROOT = resolve(import.meta.dirname, '../..');
const FILLED_JSON = readFileSync(join(ROOT, 'tests/fixtures/site-config/filled.json'), 'utf8');
const FILLED = JSON.parse(FILLED_JSON) as PublicationFields;
/** Template placeholders and reserved example domains: none may reach a reader. */
const PLACEHOLDER = /à compléter par|à désigner|Hébergeur à compléter|example\.(org|com|net)/i;
/** Pages that show the publication fields. */
const FIELD_PAGES = ['/mentions-legales/', '/accessibilite/', '/a-propos/'];

const read = (dir: string, path: string) => readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const pagesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
const textOf = (dir: string, path: string) => parse(read(dir, path)).querySelector('body')!.textContent.replace(/\s+/g, ' ');
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

/** What an unpublished edition must and must not show. */
function unpublishedChecks(dir: () => string, config: PublicationFields) {
  const notice = editionNotice(config)!;

  it('says on every page, at the top and in the footer, that the edition is unpublished', () => {
    for (const url of pagesOf(dir())) {
      const root = parse(read(dir(), url));
      expect(norm(root.querySelector('.edition-notice')?.textContent ?? ''), url).toContain(notice);
      expect(norm(root.querySelector('.site-footer')?.textContent ?? ''), url).toContain(notice);
    }
  });

  it('shows no placeholder nor example address: legal notice, footer, accessibility, open data, feed, robots', () => {
    const files = readdirSync(dir(), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|txt|csv)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(readFileSync(join(dir(), file), 'utf8'), file).not.toMatch(PLACEHOLDER);
    for (const url of FIELD_PAGES) expect(read(dir(), url), url).not.toContain('mailto:');
    expect(norm(textOf(dir(), '/mentions-legales/'))).toContain('Aucun éditeur n’est encore désigné.');
    expect(norm(textOf(dir(), '/mentions-legales/'))).toContain('le directeur ou la directrice de la publication');
    expect(norm(textOf(dir(), '/mentions-legales/'))).toContain('écrivez à l’éditeur du site, dès qu’il sera désigné.');
  });

  it('points to no domain at all without a public URL: no canonical, no sitemap, relative feed', () => {
    for (const url of pagesOf(dir())) {
      const root = parse(read(dir(), url));
      expect(root.querySelector('link[rel=canonical]'), url).toBeNull();
      expect(root.querySelector('link[rel=sitemap]'), url).toBeNull();
    }
    expect(existsSync(join(dir(), 'sitemap-index.xml'))).toBe(false);
    expect(read(dir(), 'robots.txt')).not.toMatch(/Sitemap:/);
    const feed = read(dir(), 'flux.xml');
    expect(feed).not.toMatch(/href="https?:/);
    const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[\da-f]{8}-[\da-f]{4}-5[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
    expect(JSON.parse(read(dir(), 'donnees/mesures.json')).producteur).toBe(notice);
  });
}

/** What a published edition must show: every value, absolute addresses, no notice. */
function publishedChecks(dir: () => string, config: PublicationFields) {
  it('shows no notice, and names the publisher in the footer of every page', () => {
    for (const url of pagesOf(dir())) {
      const root = parse(read(dir(), url));
      expect(root.querySelector('[data-edition-notice]'), url).toBeNull();
      expect(norm(root.querySelector('.site-footer')!.textContent)).toContain(`éditeur : ${norm(config.publisher.name)}`);
    }
  });

  it('offers « Signaler une erreur » on every sheet, to the publisher’s contact, with the sheet’s address', () => {
    const sheets = contentSheets(CONTENT).filter((s) => PAGE_KINDS.includes(s.kind));
    expect(sheets.length).toBeGreaterThan(0);
    for (const { url } of sheets) {
      const link = parse(read(dir(), url))
        .querySelectorAll('a')
        .find((a) => a.textContent.trim() === 'Signaler une erreur');
      expect(link, url).toBeDefined();
      const href = link!.getAttribute('href')!;
      expect(href.startsWith(`mailto:${config.publisher.email}?`), url).toBe(true);
      expect(decodeURIComponent(href), url).toContain(absoluteUrl(config, url));
    }
  });

  it('fills the legal notice and the accessibility statement with every value', () => {
    const legal = norm(textOf(dir(), '/mentions-legales/'));
    for (const field of [
      'publisher.name',
      'publisher.address',
      'publisher.phone',
      'publisher.director',
      'publisher.email',
      'host.name',
      'host.address',
      'host.phone',
    ] as const)
      expect(legal, field).toContain(norm(publicValue(config, field)!));
    expect(read(dir(), '/mentions-legales/')).toContain(`href="mailto:${config.publisher.email}"`);
    const statement = norm(textOf(dir(), '/accessibilite/'));
    expect(statement).toContain(config.url.replace(/\/$/, ''));
    expect(statement).toContain(`${norm(config.publisher.name)} s’engage`);
    expect(statement).toContain('11 février 2005. Cette déclaration s’applique au site');
    expect(legal).toContain('écrivez à l’adresse de contact ci-dessus.');
  });

  it('gives absolute addresses on the public domain: canonical, sitemap, robots, feed', () => {
    const sheet = pagesOf(dir()).find((u) => /^\/ateliers\/[^/]+\/$/.test(u))!;
    expect(parse(read(dir(), sheet)).querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(absoluteUrl(config, sheet));
    expect(read(dir(), 'robots.txt')).toContain(`Sitemap: ${absoluteUrl(config, '/sitemap-index.xml')}`);
    expect(read(dir(), 'sitemap-0.xml')).toContain(`<loc>${absoluteUrl(config, sheet)}</loc>`);
    expect(read(dir(), 'flux.xml')).toContain(`<id>${absoluteUrl(config, sheet)}</id>`);
    expect(JSON.parse(read(dir(), 'donnees/mesures.json')).producteur).toBe(config.publisher.name);
  });
}

describe(`this build (${isPublished(siteConfig) ? 'published' : 'unpublished'} edition, src/site.config.ts)`, () => {
  if (isPublished(siteConfig)) publishedChecks(() => DIST, siteConfig);
  else unpublishedChecks(() => DIST, siteConfig);
});

describe('a build with a filled configuration (tests/fixtures/site-config/filled.json)', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'atlas-published-'));
    const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ATLAS_TEST_SITE_CONFIG: FILLED_JSON },
    });
    if (result.status !== 0) throw new Error(`astro build a échoué :\n${result.stdout}\n${result.stderr}`);
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  publishedChecks(() => out, FILLED);
});
