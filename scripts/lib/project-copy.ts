import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A copy of the project to build in: src, scripts, public and the config files are copied;
 * node_modules is a real folder of symlinks to the project's packages, so that Astro's caches
 * (node_modules/.astro, .vite) are written there and never into the project. The content folder is
 * not copied: the caller writes the content it wants to build.
 */
export function copyProject(root: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const name of ['src', 'scripts', 'public']) cpSync(join(root, name), join(dest, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dest, name));
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(root, 'node_modules', name), join(dest, 'node_modules', name));
  }
}
