/**
 * The sheet bodies of a large site compiled on every core before `check:content` checks them: the
 * compilation (MDX parse, allowlist, rendering) is 25 of the 30 s the check takes on 10 000 sheets,
 * one body at a time. The results are handed to the checker (`sheetBodyChecker`), which then does
 * exactly what it does for a body it compiles itself.
 */
import { join } from 'node:path';
import type { CompiledBody } from '../../src/lib/body';
import { readContent } from './read-content';
import { readSiteRoutes } from './site-routes';
import { runWorkers, shareByWeight, threadCount } from './workers';

/** From this many sheet files, the bodies are compiled on worker threads. */
export const THREADS_FROM_SHEETS = 400;

/** The key of a precompiled body: its file and its whole text. */
export const precompiledKey = (file: string, source: string) => `${file}\0${source}`;

/**
 * Compiles the bodies of every .mdx file under contentRoot on `threads` threads (by default one per core
 * from THREADS_FROM_SHEETS sheets, none below). Returns them by {@link precompiledKey}, or undefined when
 * there is nothing to share.
 */
export async function precompileBodies(
  contentRoot: string,
  projectRoot: string,
  threads?: number,
): Promise<Map<string, CompiledBody> | undefined> {
  const sheets = readContent(contentRoot, projectRoot).entries.filter((e) => e.file.endsWith('.mdx') && !e.encoding);
  const wanted = threads ?? (sheets.length >= THREADS_FROM_SHEETS ? threadCount() : 1);
  if (wanted < 2 || sheets.length === 0) return undefined;
  const routes = [...readSiteRoutes(projectRoot, contentRoot)];
  const shares = shareByWeight(
    sheets.map((e) => ({ file: e.file, source: e.text })),
    wanted,
    (b) => b.source.length,
  );
  const results = await runWorkers<{ bodies: { file: string; source: string }[]; routes: string[] }, (CompiledBody | null)[]>(
    join(projectRoot, 'scripts/lib/body-worker.ts'),
    shares.map((bodies) => ({ bodies, routes })),
  );
  const map = new Map<string, CompiledBody>();
  shares.forEach((share, i) =>
    share.forEach((b, k) => {
      const compiled = results[i]![k];
      if (compiled) map.set(precompiledKey(b.file, b.source), compiled);
    }),
  );
  return map;
}
