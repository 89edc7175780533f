/** The real content of content/, parsed with the registry's schemas, for tests that follow the content. */
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { readContent } from '../../scripts/lib/read-content';
import { splitFrontmatter } from '../../scripts/lib/content-check';
import { COLLECTIONS, type CollectionName, type Entry } from '../../src/schemas/registry';
import type { RefFactory } from '../../src/schemas/shared';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CONTENT = join(ROOT, 'content');

/** A reference factory that accepts any id (the content check verifies them). */
export const anyRef = (<C extends CollectionName>(collection: C) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as RefFactory;

type Output<C extends CollectionName> = z.output<ReturnType<(typeof COLLECTIONS)[C]['schema']>>;

const cache = new Map<string, Entry<unknown>[]>();
const raw = new Map<string, ReturnType<typeof readContent>['entries']>();

/** Every entry of a collection of content/, validated and typed. */
export function loadCollection<C extends CollectionName>(name: C, root = CONTENT): Entry<Output<C>>[] {
  const key = `${root}:${name}`;
  if (!cache.has(key)) {
    const schema = COLLECTIONS[name].schema(anyRef);
    if (!raw.has(root)) raw.set(root, readContent(root, ROOT).entries);
    const entries = raw
      .get(root)!
      .filter((e) => e.collection === name)
      .map((e) => {
        const text = e.file.endsWith('.mdx') ? (splitFrontmatter(e.text)?.frontmatter ?? '') : e.text;
        return { id: e.id, data: schema.parse(parseYaml(text)) };
      });
    cache.set(key, entries);
  }
  return cache.get(key) as Entry<Output<C>>[];
}
