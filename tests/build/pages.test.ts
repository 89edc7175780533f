import { describe, expect, it } from 'vitest';
import { CONTENT, DIST, contentIds, pageDirs, page, builtPages } from './dist';
import { contentSheets, dossierProblems, sheetPageProblems } from './checks';
import { anyRef, loadCollection } from '../helpers/content';
import { COLLECTIONS, PAGE_KIND_IDS, SHEET_KINDS, sheetUrl, type SheetKind } from '../../src/schemas/registry';

const site = { dist: DIST, content: CONTENT };

describe('every content file becomes exactly one page', () => {
  it('each sheet of the content (registry) has its page, each local example its anchor, and nothing more', () => {
    expect(sheetPageProblems(site)).toEqual([]);
  });

  it('each theme and each département has its page', () => {
    expect(pageDirs('/themes/')).toEqual(contentIds('themes', '.yaml'));
    const departements = loadCollection('territoires')
      .filter((t) => t.data.kind === 'departement')
      .map((t) => t.id)
      .sort();
    expect(departements.length).toBeGreaterThan(0);
    expect(pageDirs('/departements/')).toEqual(departements);
  });

  it('each page has a single h1 and the lang="fr" document', { timeout: 60_000 }, () => {
    for (const url of builtPages()) {
      const root = page(url);
      expect(root.querySelector('html')?.getAttribute('lang'), url).toBe('fr');
      if (url === '/404.html') continue;
      expect(root.querySelectorAll('h1'), url).toHaveLength(1);
    }
  });
});

describe('the content is all on the built site', () => {
  it('has one anchor per local example of the content, unique', () => {
    const examples = contentSheets(CONTENT).filter((s) => s.kind === 'exemple');
    expect(examples.length).toBeGreaterThan(0);
    const anchors = pageDirs('/mesures/')
      .filter((p) => p !== 'axes')
      .flatMap((m) =>
        page(`/mesures/${m}/`)
          .querySelectorAll('article.example')
          .map((a) => a.id),
      );
    expect(anchors.sort()).toEqual(examples.map((x) => x.url.split('#')[1]).sort());
  });

  it('shows the editors’ advice of a sheet under « Pour une commune », labelled, and never as a heading of the body', () => {
    const flat = (t: string) => t.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/’/g, "'");
    // Every kind of the registry whose schema has the field.
    const kinds = PAGE_KIND_IDS.filter(
      (kind) => 'communeAdvice' in COLLECTIONS[SHEET_KINDS[kind].collection].schema(anyRef).shape,
    ).map((kind) => [kind, loadCollection(SHEET_KINDS[kind].collection)] as const) as unknown as [
      SheetKind,
      { id: string; data: { communeAdvice?: string | undefined } }[],
    ][];
    expect(kinds.map(([kind]) => kind)).toContain('mesure');
    for (const [kind, entries] of kinds) {
      expect(
        entries.some((e) => e.data.communeAdvice),
        kind,
      ).toBe(true);
      for (const { id, data } of entries) {
        const url = sheetUrl(kind, id);
        const blocks = page(url).querySelectorAll('.editorial-addition');
        const headings = page(url)
          .querySelectorAll('.sheet-text h2, .sheet-text h3')
          .map((h) => h.text);
        expect(
          headings.filter((h) => /peut en retenir|Pour agir dans sa commune/i.test(h)),
          url,
        ).toEqual([]);
        if (!data.communeAdvice) {
          expect(
            headings.filter((h) => h === 'Pour une commune'),
            url,
          ).toEqual([]);
          continue;
        }
        const text = flat(blocks.map((b) => b.text).join(' '));
        expect(text, url).toContain('Pour une commune');
        expect(text, url).toContain('Ajout de la rédaction');
        expect(text, url).toContain(flat(data.communeAdvice).slice(0, 40));
      }
    }
  });

  it('has a page per axis of the strategy and a section per sous-axe of the pactes', () => {
    expect(pageDirs('/mesures/axes/')).toEqual(contentIds('axes', '.yaml'));
    expect(page('/pactes/').querySelectorAll('section.sous-axe')).toHaveLength(contentIds('sous-axes', '.yaml').length);
  });
});

describe('printable dossiers', () => {
  it('hold, for every département and every theme, exactly the sheets its page lists', { timeout: 60_000 }, () => {
    expect(dossierProblems(site)).toEqual([]);
  });

  it('show, on a département page and its dossier, the sheets valid in the whole région', () => {
    const [first] = loadCollection('territoires').filter((t) => t.data.kind === 'departement');
    for (const url of [`/departements/${first!.id}/`, `/departements/${first!.id}/dossier/`]) {
      expect(page(url).querySelector('#toute-la-region')?.text, url).toBe('Valable dans toute la région');
    }
  });
});
