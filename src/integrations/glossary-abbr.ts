import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { abbreviateFirstUses, type GlossaryTerm } from '../lib/acronyms';

/**
 * Marks the first use of each acronym on every built page as an `<abbr title>` linked to its glossary
 * entry (read from the built /glossaire.json). The glossary page itself is left as is.
 */
export function glossaryAbbreviations(): AstroIntegration {
  return {
    name: 'atlas:glossary-abbr',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { termes } = JSON.parse(await readFile(join(root, 'glossaire.json'), 'utf8')) as { termes: GlossaryTerm[] };
        const files = (await readdir(root, { recursive: true })).filter(
          (f) => f.endsWith('.html') && !f.replace(/\\/g, '/').startsWith('glossaire/'),
        );
        for (let i = 0; i < files.length; i += 64) {
          await Promise.all(
            files.slice(i, i + 64).map(async (file) => {
              const path = join(root, file);
              await writeFile(path, abbreviateFirstUses(await readFile(path, 'utf8'), termes));
            }),
          );
        }
        logger.info(`sigles expliqués (<abbr>) sur ${files.length} pages, d’après ${termes.length} entrées du glossaire`);
      },
    },
  };
}
