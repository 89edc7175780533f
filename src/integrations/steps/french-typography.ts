import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { frenchHtml } from '../../lib/french-typography';
import type { PostBuildStep } from '../post-build';

/** Applies French typography (no-break spaces, apostrophes) to every built HTML page. */
export const frenchTypography: PostBuildStep = {
  name: 'typographie française',
  async run({ dist }) {
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    // In batches, so that a large site is not held in memory all at once.
    for (let i = 0; i < files.length; i += 64) {
      await Promise.all(
        files.slice(i, i + 64).map(async (file) => {
          const path = join(dist, file);
          await writeFile(path, frenchHtml(await readFile(path, 'utf8')));
        }),
      );
    }
    return `${files.length} pages`;
  },
};
