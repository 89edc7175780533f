/**
 * Content-layer loader for the .mdx sheet collections. Like Astro's glob loader does for Markdown, it
 * renders each body to HTML once, in the content layer, and stores it (`rendered`), so that
 * `render(entry)` and `<Content />` only print stored HTML and no sheet is compiled as a JavaScript
 * module by Vite. Bodies are parsed with MDX syntax and checked by src/lib/body (the same code as
 * `npm run check:content`). A body that check:content has just rendered without a problem, from the
 * same file and the same pipeline, is taken from its cache (src/lib/body/cache.ts) instead of being
 * parsed a second time.
 */
import { promises as fs, existsSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { compileSheetBody } from '../lib/body';
import { bodyKey, pipelineFingerprint, readBodyCache, type CachedBody } from '../lib/body/cache';

/** Bump when the rendering changes: the content layer keeps entries whose digest is unchanged. */
const PIPELINE_VERSION = 'sheet-body-5';

/** The bodies check:content rendered, read once per build (and per project root). */
const caches = new Map<string, { fingerprint: string; bodies: Map<string, CachedBody> }>();
function bodyCache(root: string) {
  let cache = caches.get(root);
  if (!cache) {
    cache = { fingerprint: pipelineFingerprint(root), bodies: readBodyCache(root) };
    caches.set(root, cache);
  }
  return cache;
}

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
      const outcomes = { cache: 0, compiled: 0, unchanged: 0 };
      for (const name of files) {
        const id = idOf(name);
        untouched.delete(id);
        outcomes[await sync(context, join(dir, name), id, root)] += 1;
      }
      for (const id of untouched) store.delete(id);
      logger.info(
        `${base} : ${files.length} fiches (${outcomes.cache} rendues par check:content, ${outcomes.compiled} analysées ici, ${outcomes.unchanged} inchangées)`,
      );

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

/** Stores one sheet; says where its body came from. */
async function sync(context: LoaderContext, path: string, id: string, root: string): Promise<'cache' | 'compiled' | 'unchanged'> {
  const { store, parseData, generateDigest } = context;
  const file = relative(root, path).replaceAll('\\', '/');
  const contents = await fs.readFile(path, 'utf8');
  const digest = generateDigest(`${PIPELINE_VERSION}\n${contents}`);
  const existing = store.get(id);
  if (existing?.digest === digest && existing.rendered) return 'unchanged';
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
  const cache = bodyCache(root);
  const cached = cache.bodies.get(bodyKey(cache.fingerprint, file, contents));
  const compiled = cached ? { ...cached, problems: [] } : compileSheetBody(contents, { file });
  if (compiled.problems.length > 0) {
    throw new ContentError(
      compiled.problems.map((p) => `${file}, ligne ${p.line} : ${p.message}`).join('\n') +
        '\n(lancez npm run check:content avant de construire le site)',
    );
  }
  store.set({
    id,
    data,
    // No `body` and no second copy of the fields: what reads a sheet's words takes them from its HTML
    // (src/lib/html-text.ts). The store is serialized into the build (a 10 000-sheet store held each
    // sheet's text three times: source, HTML, fields).
    filePath: file,
    digest,
    rendered: {
      html: compiled.html,
      metadata: { headings: compiled.headings },
    },
  });
  return cached ? 'cache' : 'compiled';
}
