import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scopeMarkdownHeaders } from '../../lib/table-headers';
import type { PostBuildStep } from '../post-build';

/** Gives the header cells of Markdown tables their scope in every built HTML page (RGAA 5.7). */
export const tableHeaders: PostBuildStep = {
  name: 'en-têtes de tableaux',
  async run({ dist }) {
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    let changed = 0;
    for (const file of files) {
      const path = join(dist, file);
      const html = await readFile(path, 'utf8');
      const fixed = scopeMarkdownHeaders(html);
      if (fixed !== html) {
        await writeFile(path, fixed);
        changed++;
      }
    }
    return `${changed} pages`;
  },
};
