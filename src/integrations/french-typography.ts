import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { frenchHtml } from '../lib/french-typography';

/** Applies French typography (no-break spaces, apostrophes) to every built HTML page. */
export function frenchTypography(): AstroIntegration {
  return {
    name: 'atlas:french-typography',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        // In batches, so that a large site is not held in memory all at once.
        for (let i = 0; i < files.length; i += 64) {
          await Promise.all(
            files.slice(i, i + 64).map(async (file) => {
              const path = join(root, file);
              await writeFile(path, frenchHtml(await readFile(path, 'utf8')));
            }),
          );
        }
        logger.info(`typographie française appliquée à ${files.length} pages`);
      },
    },
  };
}
