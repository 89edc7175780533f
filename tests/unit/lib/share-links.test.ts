import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../../src/lib/share-links';

describe('shareLinks', () => {
  const links = shareLinks('Cantines « à 1 € » & repas', 'https://exemple.org/ateliers/capendu/', 'contact@exemple.org');
  it('sends the title and the address by e-mail, encoded', () => {
    expect(links.email.startsWith('mailto:?subject=')).toBe(true);
    const params = new URLSearchParams(links.email.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('Atlas des solidarités : Cantines « à 1 € » & repas');
    expect(params.get('body')).toContain('https://exemple.org/ateliers/capendu/');
  });
  it('reports an error to the publisher with the sheet address prefilled', () => {
    expect(links.report.startsWith('mailto:contact@exemple.org?')).toBe(true);
    const params = new URLSearchParams(links.report.split('?')[1]);
    expect(params.get('subject')).toContain('Signaler une erreur');
    expect(params.get('body')).toContain('Adresse : https://exemple.org/ateliers/capendu/');
  });
});
