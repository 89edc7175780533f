import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { abbreviateFirstUses, type GlossaryTerm } from '../../lib/acronyms';
import type { PostBuildStep } from '../post-build';

/**
 * Marks the first use of each acronym on every built page as an `<abbr title>` linked to its glossary
 * entry (read from the built /glossaire.json, the glossary's open data). The glossary page itself is left as is.
 */
export const glossaryAbbreviations: PostBuildStep = {
  name: 'sigles expliqués',
  async run({ dist }) {
    const { termes } = JSON.parse(await readFile(join(dist, 'glossaire.json'), 'utf8')) as { termes: GlossaryTerm[] };
    const files = (await readdir(dist, { recursive: true })).filter(
      (f) => f.endsWith('.html') && !f.replace(/\\/g, '/').startsWith('glossaire/'),
    );
    for (let i = 0; i < files.length; i += 64) {
      await Promise.all(
        files.slice(i, i + 64).map(async (file) => {
          const path = join(dist, file);
          await writeFile(path, abbreviateFirstUses(await readFile(path, 'utf8'), termes));
        }),
      );
    }
    return `<abbr> sur ${files.length} pages, d’après ${termes.length} entrées du glossaire`;
  },
};
