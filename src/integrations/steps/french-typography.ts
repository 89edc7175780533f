import { frenchHtml } from '../../lib/french-typography';
import type { HtmlStep } from '../html-pass';

/** Applies French typography (no-break spaces, apostrophes) to every built HTML page. */
export const frenchTypography: HtmlStep = {
  name: 'typographie française',
  async transform() {
    return { page: (html) => frenchHtml(html), summary: (pages) => `${pages} pages` };
  },
};
