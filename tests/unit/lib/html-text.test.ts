import { describe, expect, it } from 'vitest';
import { htmlText } from '../../../src/lib/html-text';

describe('the text of a rendered body', () => {
  it('drops the tags and decodes the entities the renderer writes', () => {
    expect(
      htmlText('<h2 id="a">Le CCAS</h2>\n<p>Aide &amp; <a href="/x/">Pôle emploi</a> &#x26; &#38; &lt;5&gt; &quot;ok&quot;</p>'),
    ).toBe('Le CCAS Aide & Pôle emploi & & <5> "ok"');
    // Spaces, no-break ones included, become one space.
    expect(htmlText('<p>un&nbsp;mot  &inconnu;</p>')).toBe('un mot &inconnu;');
  });
});
