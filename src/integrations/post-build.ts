/**
 * THE post-build pipeline: the steps that run on the built site, in this order, once `astro build`
 * has written dist/ (an `astro:build:done` hook, as Starlight runs Pagefind).
 *
 *   1. French typography on every HTML page (before anything reads the pages);
 *   2. the scope of Markdown table headers (RGAA 5.7), the short quotations « … » of the content as <q>
 *      (RGAA 9.4) and the first use of each acronym as an <abbr>;
 *   3. the Pagefind index (dist/pagefind/), pages and local examples;
 *   4. the offline edition (dist-offline/ and its zip), which reads the finished pages;
 *   5. the server files (nginx configuration, _headers, precompressed .br/.gz), last because the offline
 *      step rewrites the download page and the compressed copies must match the final pages.
 *
 * One more step is one more line in POST_BUILD_STEPS. A step can be
 * skipped with ATLAS_SKIP_STEPS (comma-separated names, e.g. « index de recherche Pagefind »), for
 * a benchmark that times the steps one by one (scripts/run-post-build.ts runs them on their own).
 */
import { dirname } from 'node:path';
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

/** The steps, in order. */
export const POST_BUILD_STEPS: readonly PostBuildStep[] = [
  frenchTypography,
  tableHeaders,
  shortQuotations,
  glossaryAbbreviations,
  searchIndex,
  offlineEdition,
  serverFiles,
];

/** Runs the steps in order, logging each with its duration. */
export async function runPostBuild(
  ctx: PostBuildContext,
  log: (line: string) => void,
  steps: readonly PostBuildStep[] = POST_BUILD_STEPS,
): Promise<void> {
  const skip = new Set(
    (process.env.ATLAS_SKIP_STEPS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const step of steps) {
    if (skip.has(step.name)) {
      log(`${step.name} : sautée (ATLAS_SKIP_STEPS)`);
      continue;
    }
    const start = performance.now();
    const summary = await step.run(ctx);
    log(`${step.name} : ${summary} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
}

/** The Astro integration that runs the pipeline after the build. */
export function postBuild(steps: readonly PostBuildStep[] = POST_BUILD_STEPS): AstroIntegration {
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
