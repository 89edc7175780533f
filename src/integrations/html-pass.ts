/**
 * One pass of the HTML steps over pages of dist/: each page is read once, goes through every transform
 * in order, and is written once if one of them changed it. Shared by the main thread and the worker
 * threads of a large site (src/integrations/html-worker.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a step works. */
export interface PostBuildContext {
  /** The built site (dist/). */
  dist: string;
  /** The project root (sources of the offline bundles and of the HTML worker). */
  project: string;
  /** Where to write what sits beside dist/ (dist-offline/, the zip): the folder holding dist/. */
  out: string;
}

/** Counters a transform keeps while it reads pages (summed over the threads). */
export type Counts = Record<string, number>;

/** What an HTML step does to the pages: a pure transform of one page, and the summary once all are done. */
export interface PageTransform {
  /** The page rewritten (`file` is its path under dist/, with / separators); the same string if unchanged. */
  page: (html: string, file: string) => string;
  /** Its counters so far (« citations balisées »…), if its summary needs more than pages and changes. */
  counts?: () => Counts;
  /** A short French summary, given how many pages were read, how many it changed and its counters. */
  summary: (pages: number, changed: number, counts: Counts) => string;
}

/**
 * A step that rewrites HTML pages only. Consecutive HTML steps share ONE pass over dist/. A step of
 * HTML_STEPS (src/integrations/html-steps.ts) can run in a worker thread, which prepares it again by name.
 */
export interface HtmlStep {
  name: string;
  /** Prepares the transform once per build and thread (it may read dist/, e.g. the built glossary). */
  transform: (ctx: PostBuildContext) => Promise<PageTransform>;
}

/** What a pass did, per step (in the steps' order). */
export interface PassResult {
  pages: number;
  ms: number[];
  changed: number[];
  counts: Counts[];
}

/** Runs the transforms over `files` (paths under dist/ with / separators), 16 pages at a time. */
export async function transformPages(
  dist: string,
  transforms: readonly PageTransform[],
  files: readonly string[],
): Promise<PassResult> {
  const ms = transforms.map(() => 0);
  const changed = transforms.map(() => 0);
  for (let i = 0; i < files.length; i += 16) {
    await Promise.all(
      files.slice(i, i + 16).map(async (file) => {
        const path = join(dist, file);
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
  return { pages: files.length, ms, changed, counts: transforms.map((t) => t.counts?.() ?? {}) };
}

/** Sums the results of several passes (one per thread). */
export function mergePasses(results: readonly PassResult[], steps: number): PassResult {
  const zero = () => Array.from({ length: steps }, () => 0);
  const merged: PassResult = { pages: 0, ms: zero(), changed: zero(), counts: Array.from({ length: steps }, () => ({})) };
  for (const r of results) {
    merged.pages += r.pages;
    for (let k = 0; k < steps; k += 1) {
      merged.ms[k]! += r.ms[k]!;
      merged.changed[k]! += r.changed[k]!;
      for (const [name, n] of Object.entries(r.counts[k]!)) merged.counts[k]![name] = (merged.counts[k]![name] ?? 0) + n;
    }
  }
  return merged;
}
