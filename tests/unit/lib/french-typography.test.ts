import { describe, expect, it } from 'vitest';
import { frenchHtml, frenchText } from '../../../src/lib/french-typography';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('frenchText', () => {
  it.each([
    ['Contact : ASP', `Contact${NBSP}: ASP`],
    ['Vraiment ; oui', `Vraiment${NNBSP}; oui`],
    ['Et si ?', `Et si${NNBSP}?`],
    ['Bravo !', `Bravo${NNBSP}!`],
    ['« cantine »', `«${NBSP}cantine${NBSP}»`],
    ['16,8 %', `16,8${NBSP}%`],
    ['3 €', `3${NBSP}€`],
    ["l'accès", 'l’accès'],
    ['l&#39;accès', 'l’accès'],
  ])('turns %j into %j', (input, expected) => {
    expect(frenchText(input)).toBe(expected);
  });

  it('leaves URLs, times and ratios alone', () => {
    expect(frenchText('https://www.asp-public.fr 14h05 1:2')).toBe('https://www.asp-public.fr 14h05 1:2');
  });
});

describe('frenchHtml', () => {
  it('changes text nodes but not tags, attributes or comments', () => {
    expect(frenchHtml('<a title="a : b" href="/x/">Voir : ici</a><!-- a : b -->')).toBe(
      `<a title="a : b" href="/x/">Voir${NBSP}: ici</a><!-- a : b -->`,
    );
  });

  it('skips style and script content, even when CSS contains a < sign', () => {
    const html = "<style>@media (width<=40rem){a{b:c}}</style><p>Oui ?</p><script>if (a < b) x = 'l'a';</script>";
    expect(frenchHtml(html)).toBe(
      `<style>@media (width<=40rem){a{b:c}}</style><p>Oui${NNBSP}?</p><script>if (a < b) x = 'l'a';</script>`,
    );
  });
});
