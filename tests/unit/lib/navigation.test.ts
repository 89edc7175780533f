import { describe, expect, it } from 'vitest';
import { DOCUMENT_ITEMS, NAV_ITEMS, isCurrent, pageUrlOfFile, presentItems } from '../../../src/lib/navigation';

describe('navigation by task', () => {
  it('turns page files into URLs, whatever the glob prefix', () => {
    expect(pageUrlOfFile('../../pages/ma-commune.astro')).toBe('/ma-commune/');
    expect(pageUrlOfFile('../../pages/themes/index.astro')).toBe('/themes/');
    expect(pageUrlOfFile('./carte.astro')).toBe('/carte/');
    expect(pageUrlOfFile('./index.astro')).toBe('/');
  });
  it('keeps out the entries whose page does not exist yet', () => {
    const pages = new Set(['/ma-commune/', '/themes/', '/carte/']);
    expect(presentItems(NAV_ITEMS, pages).map((i) => i.label)).toEqual(['Près de chez moi', 'Thèmes', 'Carte']);
    expect(presentItems(NAV_ITEMS, new Set([...pages, '/financements/', '/contacts/'])).map((i) => i.label)).toEqual([
      'Près de chez moi',
      'Thèmes',
      'Financements',
      'Contacts',
      'Carte',
    ]);
  });
  it('marks « Près de chez moi » current on département pages, and the documents as sections', () => {
    expect(isCurrent(NAV_ITEMS[0]!, 'departements')).toBe(true);
    expect(isCurrent(NAV_ITEMS[0]!, undefined)).toBe(false);
    expect(DOCUMENT_ITEMS.map((i) => i.href)).toEqual(['/ateliers/', '/mesures/', '/pactes/', '/figures/', '/sources/']);
  });
});
