import { describe, expect, it } from 'vitest';
import { closingTagIndex, openingTagName } from '../../../src/lib/html-scan';
import { frenchHtml } from '../../../src/lib/french-typography';
import { markQuotations } from '../../../src/lib/quotations';
import { abbreviateFirstUses } from '../../../src/lib/acronyms';

describe('html-scan', () => {
  it('finds a closing tag in any case, from a position, without lowercasing the page', () => {
    const html = '<script>a</b></SCRIPT><p>x</p></Script>';
    expect(closingTagIndex(html, 'script', 0)).toBe(13);
    expect(closingTagIndex(html, 'script', 14)).toBe(html.lastIndexOf('</Script>'));
    expect(closingTagIndex(html, 'style', 0)).toBe(-1);
  });

  it('names opening tags only, in lower case', () => {
    const html = '<P class="x"></p><!-- c --><my-el>';
    expect(openingTagName(html, 0)).toBe('p');
    expect(openingTagName(html, html.indexOf('</p>'))).toBeUndefined();
    expect(openingTagName(html, html.indexOf('<!--'))).toBeUndefined();
    expect(openingTagName(html, html.indexOf('<my-el>'))).toBe('my-el');
  });
});

describe('the HTML steps on raw-text elements written in capitals', () => {
  const page = '<main><SCRIPT>var a = "CCAS : « x »";</SCRIPT><p class="sheet-text">Le CCAS : « oui »</p></main>';
  const terms = [{ id: 'ccas', term: 'CCAS', variants: [], expansion: 'centre communal d’action sociale' }];

  it('leave the script alone and change the text after it', () => {
    const typo = frenchHtml(page);
    expect(typo).toContain('<SCRIPT>var a = "CCAS : « x »";</SCRIPT>');
    expect(typo).toContain('Le CCAS\u00a0: «\u00a0oui\u00a0»');
    const quoted = markQuotations(typo);
    expect(quoted.marked).toBe(1);
    expect(quoted.html).toContain('<SCRIPT>var a = "CCAS : « x »";</SCRIPT>');
    const marked = abbreviateFirstUses(quoted.html, terms);
    expect(marked).toContain('<SCRIPT>var a = "CCAS : « x »";</SCRIPT>');
    expect(marked).toContain(
      'Le <a class="abbr-link" href="/glossaire/#ccas"><abbr title="centre communal d’action sociale">CCAS</abbr></a>',
    );
  });

  it('return the very same string when nothing changes', () => {
    const plain = '<main><p class="sheet-text">Rien à changer ici</p></main>';
    expect(frenchHtml(plain)).toBe(plain);
    expect(markQuotations(plain)).toEqual({ html: plain, marked: 0, skipped: 0 });
    expect(abbreviateFirstUses(plain, terms)).toBe(plain);
  });
});
