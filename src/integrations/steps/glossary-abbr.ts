import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { abbreviateFirstUses, type GlossaryTerm } from '../../lib/acronyms';
import type { HtmlStep } from '../html-pass';

/** The glossary's own pages, left as they are. */
const isGlossaryPage = (file: string) => file.startsWith('glossaire/');

/**
 * Marks the first use of each acronym on every built page as an `<abbr title>` linked to its glossary
 * entry (read from the built /glossaire.json, the glossary's open data). The glossary page itself is left as is.
 */
export const glossaryAbbreviations: HtmlStep = {
  name: 'sigles expliqués',
  async transform({ dist }) {
    const { termes } = JSON.parse(await readFile(join(dist, 'glossaire.json'), 'utf8')) as { termes: GlossaryTerm[] };
    let pagesSeen = 0;
    return {
      page: (html, file) => {
        if (isGlossaryPage(file)) return html;
        pagesSeen += 1;
        return abbreviateFirstUses(html, termes);
      },
      counts: () => ({ pages: pagesSeen }),
      summary: (_pages, _changed, counts) =>
        `<abbr> sur ${counts.pages ?? 0} pages, d’après ${termes.length} entrées du glossaire`,
    };
  },
};
