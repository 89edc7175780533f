/**
 * Precompression of the whole built site (scripts/lib/compress.ts does one file), on one worker thread
 * per core when it is large (scripts/lib/compress-worker.ts).
 */
import { join } from 'node:path';
import { compressFiles, compressible, type CompressionStats } from './compress';
import { runWorkers, shareByWeight, threadCount } from './workers';

/** From this many bytes to compress, the work is shared among worker threads (when `project` is given). */
export const THREADS_FROM_BYTES = 4 << 20;

/**
 * Writes file.br and file.gz next to every compressible file of `root` (see {@link compressFiles}).
 * Idempotent. With `project` (the project root, where the worker's source is) and enough bytes, on one
 * worker thread per core.
 */
export async function precompressTree(
  root: string,
  opts: { project?: string; threads?: number } = {},
): Promise<CompressionStats> {
  const files = compressible(root);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const threads = opts.threads ?? (bytes >= THREADS_FROM_BYTES ? threadCount() : 1);
  if (!opts.project || threads < 2)
    return compressFiles(
      root,
      files.map((f) => f.file),
    );
  const shares = shareByWeight(files, threads, (f) => f.size).map((share) => ({ root, files: share.map((f) => f.file) }));
  const results = await runWorkers<(typeof shares)[number], CompressionStats>(
    join(opts.project, 'scripts/lib/compress-worker.ts'),
    shares,
  );
  return results.reduce(
    (a, r) => ({
      files: a.files + r.files,
      bytes: a.bytes + r.bytes,
      gzipBytes: a.gzipBytes + r.gzipBytes,
      brotliBytes: a.brotliBytes + r.brotliBytes,
    }),
    { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 },
  );
}
