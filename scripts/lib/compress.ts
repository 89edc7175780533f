/**
 * Precompression of the built site: a .br (Brotli, quality BROTLI_QUALITY) and a .gz (gzip, level 9) next to
 * every text file, written once at build time so that the web server sends them as they are (nginx
 * gzip_static and brotli_static) instead of compressing each response. Node's zlib does both.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text files worth compressing (Pagefind's index files and the zip are already compressed). */
export const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.svg',
  '.txt',
  '.csv',
  '.map',
  '.webmanifest',
]);

/** Below this size, compression saves less than a network packet. */
export const MIN_SIZE = 512;

/**
 * Brotli quality. Measured on the real site's 12 MB of HTML (2 December, shared 2-core machine): quality 11
 * takes 21 s for 23.5 % of the bytes, 10 takes 7.7 s (23.9 %), 9 takes 5.7 s (25.3 %), 8 takes 0.54 s
 * (25.3 %), 6 takes 0.28 s (25.5 %), gzip 9 0.52 s (27.1 %). Above 9 Brotli runs its slow optimal parser:
 * 40 times the time for 7 % fewer bytes. Quality 8 keeps Brotli below gzip at the cost of gzip.
 */
export const BROTLI_QUALITY = 8;

/** Brotli (text mode, BROTLI_QUALITY) and gzip (best level) of one buffer. */
export function compressBoth(data: Buffer): { br: Buffer; gz: Buffer } {
  return {
    br: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz: gzipSync(data, { level: constants.Z_BEST_COMPRESSION }),
  };
}

export interface CompressionStats {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** The compressible files of `root` (paths relative to it, / separators), with their sizes. */
export function compressible(root: string): { file: string; size: number }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => COMPRESSIBLE.has(extname(f)))
    .flatMap((file) => {
      const info = statSync(join(root, file));
      return info.isFile() ? [{ file, size: info.size }] : [];
    });
}

/**
 * Writes file.br and file.gz next to each of `files` (under `root`) that is large enough and that they
 * make smaller (a variant that is not smaller is not written). Synchronous: zlib's asynchronous calls cost
 * two to three times the processor time here (measured on the real site's 30 MB: 3.2 s against 1.2 s),
 * so a large site is shared among worker threads instead (scripts/lib/compress-worker.ts).
 */
export function compressFiles(root: string, files: readonly string[]): CompressionStats {
  const stats: CompressionStats = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of files) {
    const path = join(root, file);
    // Variants of an earlier run would be served for a file that has changed since.
    rmSync(`${path}.gz`, { force: true });
    rmSync(`${path}.br`, { force: true });
    const data = readFileSync(path);
    if (data.length < MIN_SIZE) continue;
    const { br, gz } = compressBoth(data);
    if (gz.length < data.length) writeFileSync(`${path}.gz`, gz);
    if (br.length < data.length) writeFileSync(`${path}.br`, br);
    stats.files += 1;
    stats.bytes += data.length;
    stats.gzipBytes += Math.min(gz.length, data.length);
    stats.brotliBytes += Math.min(br.length, data.length);
  }
  return stats;
}
