import { scopeMarkdownHeaders } from '../../lib/table-headers';
import type { HtmlStep } from '../html-pass';

/** Gives the header cells of Markdown tables their scope in every built HTML page (RGAA 5.7). */
export const tableHeaders: HtmlStep = {
  name: 'en-têtes de tableaux',
  async transform() {
    return { page: (html) => scopeMarkdownHeaders(html), summary: (_pages, changed) => `${changed} pages` };
  },
};
