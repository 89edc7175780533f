/**
 * A worker thread of the HTML steps (src/integrations/post-build.ts bundles it with esbuild and starts
 * one per core on a large site): prepares the named steps, runs them over its share of the pages and
 * posts what it did.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { HTML_STEPS } from './html-steps';
import { transformPages, type PostBuildContext } from './html-pass';

interface Job {
  ctx: PostBuildContext;
  names: string[];
  files: string[];
}

async function main(): Promise<void> {
  const { ctx, names, files } = workerData as Job;
  const steps = names.map((name) => {
    const step = HTML_STEPS.get(name);
    if (!step) throw new Error(`étape HTML inconnue : ${name}`);
    return step;
  });
  const transforms = await Promise.all(steps.map((s) => s.transform(ctx)));
  parentPort!.postMessage(await transformPages(ctx.dist, transforms, files));
}

void main();
