/**
 * THE post-build pipeline: the steps that run on the built site, in this order, once `astro build`
 * has written dist/ (an `astro:build:done` hook, as Starlight runs Pagefind).
 *
 *   1. French typography on every HTML page (before anything reads the pages);
 *   2. the scope of Markdown table headers (RGAA 5.7), the short quotations « … » of the content as <q>
 *      (RGAA 9.4) and the first use of each acronym as an <abbr> (HTML steps: string transforms applied
 *      in one read and one write of each page);
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
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { frenchTypography } from './steps/french-typography';
import { searchIndex } from './steps/search-index';
import { offlineEdition } from './steps/offline-edition';
import { tableHeaders } from './steps/table-headers';
import { shortQuotations } from './steps/quotations';
import { glossaryAbbreviations } from './steps/glossary-abbr';
import { serverFiles } from './steps/server-files';

/** Where a step works. */
export interface PostBuildContext {
  /** The built site (dist/). */
  dist: string;
  /** The project root (sources of the offline bundles). */
  project: string;
  /** Where to write what sits beside dist/ (dist-offline/, the zip): the folder holding dist/. */
  out: string;
}

/** One step: a French name for the build log, and what it does (returns a short French summary). */
export interface PostBuildStep {
  name: string;
  run: (ctx: PostBuildContext) => Promise<string>;
}

/** What an HTML step does to the pages: a pure transform of one page, and the summary once all are done. */
export interface PageTransform {
  /** The page rewritten (`file` is its path under dist/, with / separators); the same string if unchanged. */
  page: (html: string, file: string) => string;
  /** A short French summary, given how many pages were read and how many this transform changed. */
  summary: (pages: number, changed: number) => string;
}

/**
 * A step that rewrites HTML pages only. Consecutive HTML steps share ONE pass over dist/: each page is
 * read once, goes through every transform in order, and is written once if one of them changed it.
 */
export interface HtmlStep {
  name: string;
  /** Prepares the transform once per build (it may read dist/, e.g. the built glossary). */
  transform: (ctx: PostBuildContext) => Promise<PageTransform>;
}

export type AnyStep = PostBuildStep | HtmlStep;

const isHtmlStep = (step: AnyStep): step is HtmlStep => 'transform' in step;

/** The HTML pages of dist/, as paths with / separators. */
async function htmlPages(dist: string): Promise<string[]> {
  return (await readdir(dist, { recursive: true }))
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * One pass of HTML steps over every page of dist/ (in batches, so that a large site is not held in
 * memory at once). Returns, for each step, its summary and the time spent in its transform.
 */
export async function runHtmlSteps(
  ctx: PostBuildContext,
  steps: readonly HtmlStep[],
): Promise<{ name: string; summary: string; ms: number }[]> {
  const transforms = await Promise.all(steps.map((s) => s.transform(ctx)));
  const ms = steps.map(() => 0);
  const changed = steps.map(() => 0);
  const files = await htmlPages(ctx.dist);
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const path = join(ctx.dist, file);
        const original = await readFile(path, 'utf8');
        let html = original;
        transforms.forEach((t, k) => {
          const start = performance.now();
          const next = t.page(html, file);
          ms[k]! += performance.now() - start;
          if (next !== html) changed[k]! += 1;
          html = next;
        });
        if (html !== original) await writeFile(path, html);
      }),
    );
  }
  return steps.map((s, k) => ({ name: s.name, summary: transforms[k]!.summary(files.length, changed[k]!), ms: ms[k]! }));
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
