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

/** Pages handed to Pagefind at once. */
const BATCH = 32;

export const searchIndex: PostBuildStep = {
  name: 'index de recherche Pagefind',
  async run({ dist }) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
    if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
    try {
      let pages = 0;
      let examples = 0;
      const files = (await readdir(dist, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html')).sort();
      // A batch of pages at a time: Pagefind's process reads the next ones while it indexes these.
      for (let i = 0; i < files.length; i += BATCH) {
        const batch = await Promise.all(
          files.slice(i, i + BATCH).map(async (file) => ({ file, html: await readFile(join(dist, file), 'utf8') })),
        );
        const indexed = batch.filter(({ html }) => INDEXED.test(html));
        const added = await Promise.all(
          indexed.map(({ file, html }) =>
            index.addHTMLFile({ sourcePath: file.replaceAll('\\', '/'), content: indexedPart(html) ?? html }),
          ),
        );
        added.forEach((a, k) => {
          if (a.errors.length > 0) throw new Error(`Pagefind, ${indexed[k]!.file} : ${a.errors.join(', ')}`);
        });
        pages += indexed.length;
        const records = indexed.flatMap(({ file, html }) =>
          html.includes('data-example-record') ? recordsFromHtml(html, `/${file}`).examples : [],
        );
        const results = await Promise.all(
          records.map((x) =>
            index.addCustomRecord({
              url: x.url,
              content: x.text,
              language: 'fr',
              meta: { title: x.title, kind: x.kind, place: x.place },
              filters: x.filters as Record<string, string[]>,
            }),
          ),
        );
        results.forEach((r, k) => {
          if (r.errors.length > 0) throw new Error(`Pagefind, exemple ${records[k]!.url} : ${r.errors.join(', ')}`);
        });
        examples += records.length;
      }
      const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
      return `${pages} pages et ${examples} exemples locaux`;
    } finally {
      await pagefind.close();
    }
  },
};
