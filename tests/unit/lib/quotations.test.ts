import { describe, expect, it } from 'vitest';
import { markQuotations } from '../../../src/lib/quotations';

describe('markQuotations', () => {
  it('marks « … » as <q> inside a quotation region, keeping the guillemets', () => {
    const r = markQuotations('<main><p class="lead">Le guide parle de « repas à 1 € » ici.</p></main>');
    expect(r.html).toBe('<main><p class="lead">Le guide parle de <q>« repas à 1 € »</q> ici.</p></main>');
    expect(r).toMatchObject({ marked: 1, skipped: 0 });
  });

  it('leaves « … » outside the regions, and in attributes, alone', () => {
    const html = '<p class="meta">Mesure « Repas »</p><div class="sheet-text"><a title="« x »" href="/">lien</a></div>';
    expect(markQuotations(html)).toEqual({ html, marked: 0, skipped: 0 });
  });

  it('marks a quotation that holds inline elements, and nested ones', () => {
    const r = markQuotations('<div class="prose sheet-text"><p>« le <abbr title="x">CCAS</abbr> « radar » veille »</p></div>');
    expect(r.html).toBe(
      '<div class="prose sheet-text"><p><q>« le <abbr title="x">CCAS</abbr> <q>« radar »</q> veille »</q></p></div>',
    );
    expect(r.marked).toBe(2);
  });

  it('leaves a pair that straddles elements unmarked, and counts it', () => {
    const html = '<div class="sheet-text"><p>« début</p><p>fin »</p></div>';
    expect(markQuotations(html)).toEqual({ html, marked: 0, skipped: 1 });
  });

  it('never puts a block inside a <q>', () => {
    const html = '<div class="sheet-text"><ul><li>« liste<ul><li>x</li></ul> fin »</li></ul></div>';
    expect(markQuotations(html)).toEqual({ html, marked: 0, skipped: 1 });
  });

  it('skips scripts and void elements', () => {
    const html = '<div class="lead"><br><script>var a = "« <p> »";</script>« a »</div>';
    expect(markQuotations(html).html).toBe('<div class="lead"><br><script>var a = "« <p> »";</script><q>« a »</q></div>');
  });
});
