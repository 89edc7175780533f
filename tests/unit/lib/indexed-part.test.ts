import { describe, expect, it } from 'vitest';
import { indexedPart } from '../../../src/lib/indexed-part';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="fr"><head><style>body{color:red}</style><title>Fiche</title></head><body><header><nav>Menu</nav></header><main>${main}</main><footer>Pied</footer></body></html>`;

describe('the part of a page Pagefind reads', () => {
  it('is the indexed element whole, nested elements of the same name included, with the language and title', () => {
    const article =
      '<article class="sheet" data-pagefind-body><h1>A</h1><article class="example"><p>B</p></article><p>C</p></article>';
    expect(indexedPart(page(`${article}<aside>D</aside>`))).toBe(
      `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche</title></head><body>${article}</body></html>`,
    );
  });

  it('is none for a page without an indexed element or whose element does not end', () => {
    expect(indexedPart(page('<p>data-pagefind-body dans le texte</p>'))).toBeNull();
    expect(indexedPart('<html lang="fr"><body><article data-pagefind-body><p>sans fin</p>')).toBeNull();
  });

  it('does not take a longer tag name for the same element', () => {
    const div = '<div data-pagefind-body><divider></divider><div>x</div></div>';
    expect(indexedPart(page(div))).toContain(`<body>${div}</body>`);
  });
});
