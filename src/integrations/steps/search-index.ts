import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { recordsFromHtml } from '../../../scripts/lib/offline-records';
import type { PostBuildStep } from '../post-build';

/**
 * The Pagefind index of the built site (dist/pagefind/): every page marked data-pagefind-body, plus one
 * record per local example, read from the hidden record its measure page holds.
 */
export const searchIndex: PostBuildStep = {
  name: 'index de recherche Pagefind',
  async run({ dist }) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
    if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
    try {
      const added = await index.addDirectory({ path: dist });
      if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
      let examples = 0;
      for (const file of (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'))) {
        const html = await readFile(join(dist, file), 'utf8');
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
      return `${added.page_count} pages et ${examples} exemples locaux`;
    } finally {
      await pagefind.close();
    }
  },
};
