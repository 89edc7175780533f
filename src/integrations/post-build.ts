/**
 * THE post-build pipeline: the steps that run on the built site, in this order, once `astro build`
 * has written dist/ (an `astro:build:done` hook, as Starlight runs Pagefind).
 *
 *   1. French typography on every HTML page (before anything reads the pages);
 *   2. the scope of Markdown table headers (RGAA 5.7), the short quotations « … » of the content as <q>
 *      (RGAA 9.4) and the first use of each acronym as an <abbr> (HTML steps: string transforms applied
 *      in one read and one write of each page, on one worker thread per core from THREADS_FROM_PAGES pages);
 *   3. the Pagefind index (dist/pagefind/), pages and local examples, and BESIDE it the offline edition
 *      (dist-offline/ and its zip), which reads the finished pages but not the index: while Pagefind indexes,
 *      it keeps one core busy and little memory, so the offline edition runs then; Pagefind writes its index
 *      (both cores, its memory peak) once the offline edition is done (an Overlap);
 *   4. the server files (nginx configuration, _headers, precompressed .br/.gz), last because the offline
 *      step rewrites the download page and the compressed copies must match the final pages.
 *
 * One more step is one more line in POST_BUILD_STEPS. A step can be
 * skipped with ATLAS_SKIP_STEPS (comma-separated names, e.g. « index de recherche Pagefind »), for
 * a benchmark that times the last stages apart (scripts/run-post-build.ts runs stages of the chain by name;
 * scripts/index-search.ts, build-offline.ts and build-server-files.ts run one step on its own).
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

/** A step in two parts: `start` does the first and resolves with the second (`finish`), or `cancel` to stop. */
export interface SplitStep extends PostBuildStep {
  start: (ctx: PostBuildContext) => Promise<{ finish: () => Promise<string>; cancel: () => Promise<void> }>;
}

/** Steps at the same time: the first part of `first` beside the `beside` steps, then the rest of `first` alone. */
export interface Overlap {
  name: string;
  first: SplitStep;
  beside: readonly PostBuildStep[];
}

/** One line of the chain: a step, or steps run together. */
export type Stage = AnyStep | Overlap;

const isHtmlStep = (step: Stage): step is HtmlStep => 'transform' in step;
const isOverlap = (stage: Stage): stage is Overlap => 'beside' in stage;

/**
 * The stages of `stages` with these names, in the chain's order; or, if a name is unknown, a French message
 * listing the stages (for scripts/run-post-build.ts).
 */
export function stagesNamed(stages: readonly Stage[], names: readonly string[]): Stage[] | string {
  const unknown = names.filter((n) => !stages.some((s) => s.name === n));
  if (unknown.length > 0 || names.length === 0)
    return `Étape inconnue : ${unknown.join(', ') || '(aucune donnée)'}. Étapes de la chaîne : ${stages.map((s) => `« ${s.name} »`).join(', ')}.`;
  return stages.filter((s) => names.includes(s.name));
}

/** The names of the steps of the chain (those ATLAS_SKIP_STEPS can name), in order. */
export function stepNames(stages: readonly Stage[]): string[] {
  return stages.flatMap((s) => (isOverlap(s) ? [s.first.name, ...s.beside.map((b) => b.name)] : [s.name]));
}

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

/**
 * Pagefind beside the offline edition. Measured at 10 000 sheets: while Pagefind indexes, the build's
 * process is three quarters idle and Pagefind's binary uses one core, its memory rising from 0.1 to 0.6 GB;
 * writing the index takes both cores and 2.2 GB. The offline edition (1.7 GB) fits beside the first part,
 * not beside the second.
 */
export const SEARCH_AND_OFFLINE: Overlap = {
  name: 'index de recherche et édition hors ligne',
  first: searchIndex,
  beside: [offlineEdition],
};

/** The stages, in order. */
export const POST_BUILD_STEPS: readonly Stage[] = [
  frenchTypography,
  tableHeaders,
  shortQuotations,
  glossaryAbbreviations,
  SEARCH_AND_OFFLINE,
  serverFiles,
];

/** Runs the stages in order (consecutive HTML steps in one pass), logging each step with its duration. */
export async function runPostBuild(
  ctx: PostBuildContext,
  log: (line: string) => void,
  steps: readonly Stage[] = POST_BUILD_STEPS,
): Promise<void> {
  const skip = new Set(
    (process.env.ATLAS_SKIP_STEPS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
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
  // CPU time of this process (all its threads, child processes such as Pagefind's excluded): on a shared
  // machine, steadier than the wall time.
  const timed = async (step: PostBuildStep, run: () => Promise<string>) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const summary = await run();
    const used = process.cpuUsage(cpu);
    log(
      `${step.name} : ${summary} (${seconds(performance.now() - start)}, processeur ${seconds((used.user + used.system) / 1000)})`,
    );
  };
  const skipped = (step: AnyStep) => {
    if (!skip.has(step.name)) return false;
    log(`${step.name} : sautée (ATLAS_SKIP_STEPS)`);
    return true;
  };
  for (const stage of steps) {
    if (isOverlap(stage)) {
      await flush();
      await runOverlap(stage, ctx, log, skipped, timed);
      continue;
    }
    if (skipped(stage)) continue;
    if (isHtmlStep(stage)) {
      pending.push(stage);
      continue;
    }
    await flush();
    await timed(stage, () => stage.run(ctx));
  }
  await flush();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * An Overlap: the first part of `first` and the `beside` steps at the same time, then the rest of `first`
 * alone. Each step's line gives its own duration; the processor time, shared by the steps running
 * together, is given once, on the stage's line. A step named in ATLAS_SKIP_STEPS is left out, the others
 * run as usual. If one fails, the first is cancelled (Pagefind's process closed) and the error goes on.
 */
async function runOverlap(
  stage: Overlap,
  ctx: PostBuildContext,
  log: (line: string) => void,
  skipped: (step: AnyStep) => boolean,
  timed: (step: PostBuildStep, run: () => Promise<string>) => Promise<void>,
): Promise<void> {
  const first = skipped(stage.first) ? null : stage.first;
  const beside = stage.beside.filter((b) => !skipped(b));
  if (!first || beside.length === 0) {
    for (const step of first ? [first] : beside) await timed(step, () => step.run(ctx));
    return;
  }
  const start = performance.now();
  const cpu = process.cpuUsage();
  const [started, ...others] = await Promise.allSettled([
    first.start(ctx),
    ...beside.map(async (step) => {
      const from = performance.now();
      const summary = await step.run(ctx);
      log(`${step.name} : ${summary} (${seconds(performance.now() - from)}, à côté de « ${first.name} »)`);
    }),
  ]);
  const failed = [started, ...others].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (started.status === 'rejected' || failed) {
    if (started.status === 'fulfilled') await started.value.cancel();
    throw (failed ?? started).reason;
  }
  const alone = performance.now();
  const summary = await started.value.finish();
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  log(`${first.name} : ${summary} (${seconds(end - start)}, dont ${seconds(end - alone)} seule à la fin)`);
  log(
    `${stage.name} : ${1 + beside.length} étapes en même temps (${seconds(end - start)}, processeur ${seconds((used.user + used.system) / 1000)})`,
  );
}

/** The Astro integration that runs the pipeline after the build. */
export function postBuild(steps: readonly Stage[] = POST_BUILD_STEPS): AstroIntegration {
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
