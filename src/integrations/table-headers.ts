import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scopeMarkdownHeaders } from '../lib/table-headers';

/** Gives the header cells of Markdown tables their scope in every built HTML page (RGAA 5.7). */
export function tableHeaders(): AstroIntegration {
  return {
    name: 'atlas:table-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const fixed = scopeMarkdownHeaders(html);
          if (fixed !== html) await writeFile(path, fixed);
        }
      },
    },
  };
}
