/** A worker thread of the precompression (scripts/lib/compress.ts): compresses its share and posts the counts. */
import { parentPort, workerData } from 'node:worker_threads';
import { compressFiles } from './compress';

const { root, files } = workerData as { root: string; files: string[] };
parentPort!.postMessage(compressFiles(root, files));
