import { markQuotations } from '../../lib/quotations';
import type { HtmlStep } from '../html-pass';

/** Marks the short quotations « … » of sheet bodies, summaries and notes on the sources as `<q>` (RGAA 9.4). */
export const shortQuotations: HtmlStep = {
  name: 'citations courtes',
  async transform() {
    let marked = 0;
    let skipped = 0;
    return {
      page: (html) => {
        const result = markQuotations(html);
        marked += result.marked;
        skipped += result.skipped;
        return result.html;
      },
      counts: () => ({ marked, skipped }),
      summary: (pages, _changed, counts) =>
        `${counts.marked ?? 0} citations balisées <q> sur ${pages} pages${counts.skipped ? ` (${counts.skipped} guillemets ouvrants sans fermant dans le même élément, laissés tels quels)` : ''}`,
    };
  },
};
