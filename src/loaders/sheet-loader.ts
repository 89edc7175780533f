/**
 * Content-layer loader for the .mdx sheet collections. Like Astro's glob loader does for Markdown, it
 * renders each body to HTML once, in the content layer, and stores it (`rendered`), so that
 * `render(entry)` and `<Content />` only print stored HTML and no sheet is compiled as a JavaScript
 * module by Vite. Bodies are parsed with MDX syntax and checked by src/lib/body (the same code as
 * `npm run check:content`).
 */
import { promises as fs, existsSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compileSheetBody } from '../lib/body';

/** Bump when the rendering changes: the content layer keeps entries whose digest is unchanged. */
const PIPELINE_VERSION = 'sheet-body-5';

/** A French error for an editor: the file, the line, what is wrong. No stack trace is useful here. */
class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Erreur de contenu';
    this.stack = `${this.name} : ${message}`;
  }
}

/**
 * Loads every `<base>/*.mdx` file (sub-folders are not sheets; `check:content` reports them).
 * @param base folder of the collection, relative to the project root.
 */
export function sheetLoader(base: string): Loader {
  return {
    name: 'atlas-sheet-loader',
    load: async (context: LoaderContext) => {
      const { config, store, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const idOf = (path: string) => basename(path, extname(path));
      const isSheet = (path: string) => extname(path) === '.mdx' && relative(dir, path) === basename(path);

      const untouched = new Set(store.keys());
      const files = existsSync(dir) ? (await fs.readdir(dir)).filter((n) => n.endsWith('.mdx')).sort() : [];
      if (!existsSync(dir)) logger.warn(`dossier ${base} introuvable`);
      for (const name of files) {
        const id = idOf(name);
        untouched.delete(id);
        await sync(context, join(dir, name), id, root);
      }
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      watcher.add(dir);
      const onChange = async (path: string) => {
        if (!isSheet(path)) return;
        try {
          await sync(context, path, idOf(path), root);
          logger.info(`fiche rechargée : ${relative(root, path)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        if (isSheet(path)) store.delete(idOf(path));
      });
    },
  };
}

async function sync(context: LoaderContext, path: string, id: string, root: string): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const file = relative(root, path).replaceAll('\\', '/');
  const contents = await fs.readFile(path, 'utf8');
  const digest = generateDigest(`${PIPELINE_VERSION}\n${contents}`);
  const existing = store.get(id);
  if (existing?.digest === digest && existing.rendered) return;
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = parseFrontmatter(contents).frontmatter as Record<string, unknown>;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ContentError(
      `${file}${mark?.line !== undefined ? `, ligne ${mark.line + 1}` : ''} : bloc de champs (YAML) illisible ; lancez npm run check:content pour le détail`,
    );
  }
  const data = await parseData({ id, data: frontmatter, filePath: path });
  const compiled = compileSheetBody(contents, { file });
  if (compiled.problems.length > 0) {
    throw new ContentError(
      compiled.problems.map((p) => `${file}, ligne ${p.line} : ${p.message}`).join('\n') +
        '\n(lancez npm run check:content avant de construire le site)',
    );
  }
  store.set({
    id,
    data,
    body: compiled.body,
    filePath: file,
    digest,
    rendered: {
      html: compiled.html,
      metadata: { headings: compiled.headings, frontmatter },
    },
  });
}
