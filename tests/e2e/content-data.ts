import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';

const CONTENT = resolve(import.meta.dirname, '../../content');

/** The frontmatter of every MDX file of a collection folder, read from the content (not the build). */
export function frontmatters(dir: string): { id: string; data: Record<string, unknown> }[] {
  return readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(CONTENT, dir, f), 'utf8');
      const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { id: f.slice(0, -4), data: (load(fm) ?? {}) as Record<string, unknown> };
    });
}

type Funding = { funder?: string }[];

/** Every typed amount of the content: ateliers, mesures and their local examples. */
export function typedAmounts(): Funding {
  const out: Funding = [];
  for (const dir of ['ateliers', 'mesures', 'actions']) {
    for (const { data } of frontmatters(dir)) {
      out.push(...((data.funding as Funding | undefined) ?? []));
      for (const e of (data.examples as { funding?: Funding }[] | undefined) ?? []) out.push(...(e.funding ?? []));
    }
  }
  return out;
}
