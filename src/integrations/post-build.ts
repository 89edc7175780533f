/**
 * THE post-build pipeline: the steps that run on the built site, in this order, once `astro build`
 * has written dist/ (an `astro:build:done` hook, as Starlight runs Pagefind).
 *
 *   1. French typography on every HTML page (before anything reads the pages);
 *   2. the scope of Markdown table headers (RGAA 5.7), the short quotations « … » of the content as <q>
 *      (RGAA 9.4) and the first use of each acronym as an <abbr> (HTML steps: string transforms applied
 *      in one read and one write of each page, on one worker thread per core from THREADS_FROM_PAGES pages);
 *   3. the Pagefind index (dist/pagefind/), pages and local examples;
 *   4. the offline edition (dist-offline/ and its zip), which reads the finished pages;
 *   5. the server files (nginx configuration, _headers, precompressed .br/.gz), last because the offline
 *      step rewrites the download page and the compressed copies must match the final pages.
 *
 * One more step is one more line in POST_BUILD_STEPS. A step can be
 * skipped with ATLAS_SKIP_STEPS (comma-separated names, e.g. « index de recherche Pagefind »), for
 * a benchmark that times the steps one by one (scripts/index-search.ts, build-offline.ts and
 * build-server-files.ts run those three on their own).
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runWorkers, shareByWeight, threadCount, THREADS_FROM_PAGES } from '../../scripts/lib/workers';
import { frenchTypography } from './steps/french-typography';
import { searchIndex } from './steps/search-index';
import { offlineEdition } from './steps/offline-edition';
import { tableHeaders } from './steps/table-headers';
import { shortQuotations } from './steps/quotations';
import { glossaryAbbreviations } from './steps/glossary-abbr';
import { serverFiles } from './steps/server-files';
import { HTML_STEPS } from './html-steps';
import { mergePasses, transformPages, type HtmlStep, type PassResult, type PostBuildContext } from './html-pass';

export type { Counts, HtmlStep, PageTransform, PostBuildContext } from './html-pass';

/** One step: a French name for the build log, and what it does (returns a short French summary). */
export interface PostBuildStep {
  name: string;
  run: (ctx: PostBuildContext) => Promise<string>;
}

export type AnyStep = PostBuildStep | HtmlStep;

const isHtmlStep = (step: AnyStep): step is HtmlStep => 'transform' in step;

/**
 * The heap of each HTML thread: it holds a few pages at a time (the largest, a dossier in brief, is a few
 * megabytes), so a small heap is plenty, and V8 then collects instead of growing while Astro's own heap is
 * still held (on the 10 000-sheet benchmark the build's memory peak came once during these steps, once
 * during the content sync).
 */
export const WORKER_HEAP = { maxOldGenerationSizeMb: 512 };

/** The HTML pages of dist/, as paths with / separators. */
async function htmlPages(dist: string): Promise<string[]> {
  return (await readdir(dist, { recursive: true }))
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * One pass of HTML steps over every page of dist/. With `threads` above 1 (by default one per core
 * from THREADS_FROM_PAGES pages) and steps that are all in HTML_STEPS, the pages are shared among worker
 * threads by size; otherwise they go through the steps on this thread. Returns, for each step, its
 * summary and the time spent in its transform (summed over the threads).
 */
export async function runHtmlSteps(
  ctx: PostBuildContext,
  steps: readonly HtmlStep[],
  threads?: number,
): Promise<{ name: string; summary: string; ms: number }[]> {
  const transforms = await Promise.all(steps.map((s) => s.transform(ctx)));
  const files = await htmlPages(ctx.dist);
  const wanted = threads ?? (files.length >= THREADS_FROM_PAGES ? threadCount() : 1);
  const registered = steps.every((s) => HTML_STEPS.get(s.name) === s);
  let result: PassResult;
  if (wanted > 1 && registered) {
    const sized = await Promise.all(files.map(async (file) => ({ file, size: (await stat(join(ctx.dist, file))).size })));
    const names = steps.map((s) => s.name);
    const shares = shareByWeight(sized, wanted, (f) => f.size).map((share) => ({ ctx, names, files: share.map((f) => f.file) }));
    const passes = await runWorkers<(typeof shares)[number], PassResult>(
      join(ctx.project, 'src/integrations/html-worker.ts'),
      shares,
      WORKER_HEAP,
    );
    result = mergePasses(passes, steps.length);
  } else result = await transformPages(ctx.dist, transforms, files);
  return steps.map((s, k) => ({
    name: s.name,
    summary: transforms[k]!.summary(result.pages, result.changed[k]!, result.counts[k]!),
    ms: result.ms[k]!,
  }));
}

/** The steps, in order. */
export const POST_BUILD_STEPS: readonly AnyStep[] = [
  frenchTypography,
  tableHeaders,
  shortQuotations,
  glossaryAbbreviations,
  searchIndex,
  offlineEdition,
  serverFiles,
];

/** Runs the steps in order (consecutive HTML steps in one pass), logging each with its duration. */
export async function runPostBuild(
  ctx: PostBuildContext,
  log: (line: string) => void,
  steps: readonly AnyStep[] = POST_BUILD_STEPS,
): Promise<void> {
  const skip = new Set(
    (process.env.ATLAS_SKIP_STEPS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  let pending: HtmlStep[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const start = performance.now();
    const results = await runHtmlSteps(ctx, pending);
    for (const r of results) log(`${r.name} : ${r.summary} (${seconds(r.ms)})`);
    if (pending.length > 1)
      log(`${pending.length} étapes HTML en une lecture et une écriture par page (${seconds(performance.now() - start)})`);
    pending = [];
  };
  for (const step of steps) {
    if (skip.has(step.name)) {
      log(`${step.name} : sautée (ATLAS_SKIP_STEPS)`);
      continue;
    }
    if (isHtmlStep(step)) {
      pending.push(step);
      continue;
    }
    await flush();
    const start = performance.now();
    const cpu = process.cpuUsage();
    const summary = await step.run(ctx);
    // CPU time of this process (all its threads, child processes such as Pagefind's excluded): on a
    // shared machine, steadier than the wall time.
    const used = process.cpuUsage(cpu);
    log(
      `${step.name} : ${summary} (${seconds(performance.now() - start)}, processeur ${seconds((used.user + used.system) / 1000)})`,
    );
  }
  await flush();
}

/** The Astro integration that runs the pipeline after the build. */
export function postBuild(steps: readonly AnyStep[] = POST_BUILD_STEPS): AstroIntegration {
  let project = process.cwd();
  return {
    name: 'atlas:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        project = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await runPostBuild({ dist, project, out: dirname(dist) }, (line) => logger.info(line), steps);
      },
    },
  };
}
