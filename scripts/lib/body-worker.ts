/**
 * A worker thread of `check:content` on a large site (scripts/lib/body-threads.ts): compiles its share
 * of the sheet bodies with the build's own function and posts the results, in order (null for a body
 * whose compilation failed: the check compiles it again on the main thread and reports the failure).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileSheetBody, type CompiledBody } from '../../src/lib/body';

interface Job {
  bodies: { file: string; source: string }[];
  routes: string[];
}

const { bodies, routes } = workerData as Job;
const known = new Set(routes);
const results: (CompiledBody | null)[] = bodies.map(({ file, source }) => {
  try {
    return compileSheetBody(source, { file, routes: known });
  } catch {
    return null;
  }
});
parentPort!.postMessage(results);
