import { describe, expect, it } from 'vitest';
import { recordFromHtml } from '../../../scripts/lib/offline-records';

describe('offline search records from built pages', () => {
  it('reads the indexed part of a sheet page: title, kind, filters, text without ignored parts', () => {
    const html = `<html><body><h1>Cantine à un euro</h1><main data-pagefind-body>
      <span data-pagefind-meta="kind:Atelier" data-pagefind-filter="type:Atelier"></span>
      <p data-pagefind-filter="territoire:Aude">Aude</p>
      <p>Des repas pour tous.</p>
      <nav data-pagefind-ignore>Menu</nav></main></body></html>`;
    expect(recordFromHtml(html, '/ateliers/cantine/')).toMatchObject({
      url: '/ateliers/cantine/',
      title: 'Cantine à un euro',
      kind: 'Atelier',
      filters: { territoire: ['Aude'] },
      text: 'Aude Des repas pour tous.',
    });
  });

  it('gives no record for a page the search does not index (dossiers, lists)', () => {
    expect(recordFromHtml('<html><body><h1>Dossier</h1><main><p>800 fiches</p></main></body></html>', '/x/dossier/')).toBeNull();
  });
});
