/**
 * Validates all content without a full build: `npm run check:content`.
 * Prints each problem with its file and field or line, in French, and exits 1 if there is any.
 * When the content is valid, keeps the rendered bodies for the build (src/lib/body/cache.ts).
 */
import { resolve } from 'node:path';
import { pipelineFingerprint, writeBodyCache, type CachedBody } from '../src/lib/body/cache';
import { precompileBodies } from './lib/body-threads';
import { runCheck } from './lib/run-check';

const projectRoot = resolve(import.meta.dirname, '..');
const contentRoot = resolve(process.argv[2] ?? process.env.ATLAS_CONTENT_DIR ?? resolve(projectRoot, 'content'));
const bodies = new Map<string, CachedBody>();
// A large site's bodies are compiled on every core first (scripts/lib/body-threads.ts); a failure there
// leaves the check to compile them itself, as it does for a small site.
const precompiled = await precompileBodies(contentRoot, projectRoot).catch(() => undefined);
const result = runCheck(
  contentRoot,
  projectRoot,
  undefined,
  { fingerprint: pipelineFingerprint(projectRoot), bodies },
  precompiled,
);
// The bodies it rendered, for the loader of the astro build that follows (one MDX parse per sheet per build).
if (result.code === 0) {
  try {
    writeBodyCache(projectRoot, bodies);
  } catch {
    // Read-only node_modules: the build compiles the bodies itself.
  }
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
