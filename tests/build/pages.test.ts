import { describe, expect, it } from 'vitest';
import { contentIds, pageDirs, page, builtPages } from './dist';

describe('every content file becomes exactly one page', () => {
  it.each([
    ['ateliers', '/ateliers/'],
    ['mesures', '/mesures/'],
    ['actions', '/pactes/'],
    ['visions', '/figures/visions/'],
  ])('content/%s has one page each under %s', (dir, url) => {
    const ids = contentIds(dir);
    expect(ids.length).toBeGreaterThan(0);
    const pages = pageDirs(url).filter((p) => !['axes', 'visions'].includes(p));
    expect(pages).toEqual(ids);
  });

  it('content/figures has one page each under /figures/ (besides the visions folder)', () => {
    expect(pageDirs('/figures/').filter((p) => p !== 'visions')).toEqual(contentIds('figures'));
  });

  it('each theme and each département has its page', () => {
    expect(pageDirs('/themes/')).toEqual(contentIds('themes', '.yaml'));
    expect(pageDirs('/departements/')).toHaveLength(13);
  });

  it('each sheet page has a single h1 and the lang="fr" document', () => {
    for (const url of builtPages()) {
      const root = page(url);
      expect(root.querySelector('html')?.getAttribute('lang'), url).toBe('fr');
      if (url === '/404.html') continue;
      expect(root.querySelectorAll('h1'), url).toHaveLength(1);
    }
  });
});

describe('content counts of the seeds are all on the built site', () => {
  it('has the 24 ateliers, 48 measures, 18 pacte actions, 7 figures and 18 visions', () => {
    expect(pageDirs('/ateliers/')).toHaveLength(24);
    expect(pageDirs('/mesures/').filter((p) => p !== 'axes')).toHaveLength(48);
    expect(pageDirs('/pactes/')).toHaveLength(18);
    expect(pageDirs('/figures/').filter((p) => p !== 'visions')).toHaveLength(7);
    expect(pageDirs('/figures/visions/')).toHaveLength(18);
  });

  it('has the 91 local examples, each with its anchor on its measure page', () => {
    const anchors = pageDirs('/mesures/')
      .filter((p) => p !== 'axes')
      .flatMap((m) =>
        page(`/mesures/${m}/`)
          .querySelectorAll('article.example')
          .map((a) => a.id),
      );
    expect(anchors).toHaveLength(91);
    expect(new Set(anchors).size).toBe(91);
  });

  it('has the 6 axes of the strategy and the 9 sous-axes of the pactes', () => {
    expect(pageDirs('/mesures/axes/')).toHaveLength(6);
    expect(page('/pactes/').querySelectorAll('section.sous-axe')).toHaveLength(9);
  });
});
