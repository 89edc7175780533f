/**
 * Worker threads for the CPU-bound parts of the build on a large site (the sheet bodies of
 * `check:content`, the HTML steps after `astro build`): the worker's TypeScript entry is bundled by
 * esbuild into one CommonJS file (Node cannot load the project's extensionless TypeScript imports by
 * itself), started once per share of the work, and its one message is the result.
 */
import { rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

/**
 * From this many pages, the page steps after `astro build` (HTML steps, offline edition) run on worker
 * threads: on the 10 000-sheet benchmark the HTML steps took 75 s of a single thread while the rest of the
 * machine waited. Below it, starting the threads costs more than it saves.
 */
export const THREADS_FROM_PAGES = 400;

/** How many threads a large job uses: one per core, at most 4. */
export function threadCount(): number {
  return Math.min(availableParallelism(), 4);
}

/**
 * The young generation of each thread (V8's default is a few megabytes per semi-space): the threads parse
 * and rewrite text, allocating short-lived objects fast, and with a larger nursery fewer of them survive
 * into the old generation. Measured on the 10 000-sheet benchmark's bodies (check:content, two threads):
 * 12 % less processor time and 40 % less memory at 96 MB than at the default; 192 MB did no better.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * Runs `entry` (a TypeScript file reading `workerData` and posting one message) once per item of
 * `shares`, all at the same time, and returns their messages in the same order.
 * @param resourceLimits a heap limit for each thread: a thread that reads pages a few at a time needs
 *   little, and a lower limit makes V8 collect sooner instead of growing (the build's memory peak). The
 *   young generation is WORKER_YOUNG_GENERATION_MB unless given.
 */
export async function runWorkers<Data, Result>(
  entry: string,
  shares: readonly Data[],
  resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number },
): Promise<Result[]> {
  const bundle = join(tmpdir(), `atlas-${basename(entry, '.ts')}-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    outfile: bundle,
    logLevel: 'warning',
  });
  try {
    return await Promise.all(
      shares.map(
        (workerData) =>
          new Promise<Result>((done, fail) => {
            const worker = new Worker(bundle, {
              workerData,
              resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...resourceLimits },
            });
            worker.once('message', (result: Result) => done(result));
            worker.once('error', fail);
            worker.once('exit', (code) => {
              if (code !== 0) fail(new Error(`${basename(entry)} : un fil de travail s’est arrêté (code ${code})`));
            });
          }),
      ),
    );
  } finally {
    await rm(bundle, { force: true });
  }
}

/**
 * Shares items among `threads` lists of about the same weight (heaviest first, each to the lightest
 * list), each list then in its original order; empty lists are left out.
 */
export function shareByWeight<T>(items: readonly T[], threads: number, weight: (item: T) => number): T[][] {
  const lists = Array.from({ length: Math.max(1, threads) }, () => ({ weight: 0, items: [] as number[] }));
  const order = items.map((_, i) => i).sort((a, b) => weight(items[b]!) - weight(items[a]!) || a - b);
  for (const i of order) {
    const lightest = lists.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.items.push(i);
    lightest.weight += weight(items[i]!);
  }
  return lists.filter((l) => l.items.length > 0).map((l) => l.items.sort((a, b) => a - b).map((i) => items[i]!));
}
