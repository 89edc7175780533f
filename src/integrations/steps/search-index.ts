import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { recordsFromHtml } from '../../../scripts/lib/offline-records';
import { indexedPart } from '../../lib/indexed-part';
import type { PostBuildStep } from '../post-build';

/**
 * The Pagefind index of the built site (dist/pagefind/): every page marked data-pagefind-body, plus one
 * record per local example, read from the hidden record its measure page holds. Each page is read once,
 * and only the indexed ones are handed to Pagefind (`addHTMLFile`): it never parses the lists, the
 * département pages and the printable dossiers, which hold most of the HTML and none of the index.
 * Of each indexed page it gets only the indexed element (src/lib/indexed-part.ts): the same index
 * (tests/build/search-index.test.ts), from about 40 % of the bytes.
 */
/** An element with the data-pagefind-body attribute (not the words in a text). */
const INDEXED = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/;

export const searchIndex: PostBuildStep = {
  name: 'index de recherche Pagefind',
  async run({ dist }) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
    if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
    try {
      let pages = 0;
      let examples = 0;
      const files = (await readdir(dist, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html')).sort();
      for (const file of files) {
        const html = await readFile(join(dist, file), 'utf8');
        if (!INDEXED.test(html)) continue;
        const added = await index.addHTMLFile({ sourcePath: file.replaceAll('\\', '/'), content: indexedPart(html) ?? html });
        if (added.errors.length > 0) throw new Error(`Pagefind, ${file} : ${added.errors.join(', ')}`);
        pages += 1;
        if (!html.includes('data-example-record')) continue;
        for (const x of recordsFromHtml(html, `/${file}`).examples) {
          const result = await index.addCustomRecord({
            url: x.url,
            content: x.text,
            language: 'fr',
            meta: { title: x.title, kind: x.kind, place: x.place },
            filters: x.filters as Record<string, string[]>,
          });
          if (result.errors.length > 0) throw new Error(`Pagefind, exemple ${x.url} : ${result.errors.join(', ')}`);
          examples += 1;
        }
      }
      const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
      return `${pages} pages et ${examples} exemples locaux`;
    } finally {
      await pagefind.close();
    }
  },
};
