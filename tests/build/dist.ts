import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site. */
export const DIST = resolve(import.meta.dirname, '../../dist');
/** The content folder. */
export const CONTENT = resolve(import.meta.dirname, '../../content');

/** Every HTML page of the build, as URL paths (« /ateliers/x/ »). */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ est absent : lancer `npm run build` avant ces tests');
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/index\.html$/, '').replace(/\\/g, '/')}`)
    .sort();
}

const cache = new Map<string, HTMLElement>();
/** Parses a built page by URL path. */
export function page(urlPath: string): HTMLElement {
  let root = cache.get(urlPath);
  if (!root) {
    const file = urlPath.endsWith('/') ? join(DIST, urlPath, 'index.html') : join(DIST, urlPath);
    root = parse(readFileSync(file, 'utf8'));
    cache.set(urlPath, root);
  }
  return root;
}

/** Content file ids of a collection folder with the given extension. */
export function contentIds(dir: string, ext = '.mdx'): string[] {
  return readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

/** Subfolders of a dist folder that hold an index.html (one per page). */
export function pageDirs(urlPath: string): string[] {
  const dir = join(DIST, urlPath);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

export { relative };
