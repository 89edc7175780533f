import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markQuotations } from '../../lib/quotations';
import type { PostBuildStep } from '../post-build';

/** Marks the short quotations « … » of sheet bodies, summaries and notes on the sources as `<q>` (RGAA 9.4). */
export const shortQuotations: PostBuildStep = {
  name: 'citations courtes',
  async run({ dist }) {
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    let marked = 0;
    let skipped = 0;
    for (let i = 0; i < files.length; i += 64) {
      await Promise.all(
        files.slice(i, i + 64).map(async (file) => {
          const path = join(dist, file);
          const result = markQuotations(await readFile(path, 'utf8'));
          marked += result.marked;
          skipped += result.skipped;
          if (result.marked) await writeFile(path, result.html);
        }),
      );
    }
    return `${marked} citations balisées <q> sur ${files.length} pages${skipped ? ` (${skipped} guillemets ouvrants sans fermant dans le même élément, laissés tels quels)` : ''}`;
  },
};
