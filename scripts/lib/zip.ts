/**
 * A ZIP archive written with both cores: fflate assembles the archive (headers, central directory,
 * data descriptors), Node's zlib deflates each file on its thread pool. fflate's own `zipSync` deflates
 * every file on the main thread, and its asynchronous `zip` starts one worker per file, which on a site
 * of thousands of pages is slower than `zipSync` (2 546 files of the 2 000-sheet benchmark: 4.4 s with
 * `zipSync`, 19.3 s with `zip`).
 *
 * Files are read and deflated a few at a time (WINDOW) and the archive goes to its destination chunk by
 * chunk: a large edition is never held in memory whole (the 10 000-sheet benchmark's offline edition
 * peaked at 4.5 GB when every file and the archive were held at once).
 */
import { createWriteStream } from 'node:fs';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

const deflate = promisify(deflateRaw);

/** One file of the archive: its path inside it (with / separators) and its bytes. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** One file of the archive, read when its turn comes. */
export interface ZipSource {
  name: string;
  read: () => Promise<Uint8Array> | Uint8Array;
}

/** How many files are read and deflated ahead of the one being added: enough to keep every core busy. */
export const WINDOW = 32;

/**
 * Zips the files, in the given order, each deflated at `level` (method 8, as `zipSync` does), handing
 * the archive to `write` chunk by chunk (awaited: a file stream's back-pressure holds the reading).
 * @param mtime modification date written for every file (the build's date by default).
 */
export async function zipStream(
  files: readonly ZipSource[],
  write: (chunk: Uint8Array) => Promise<void> | void,
  level = 6,
  mtime = new Date(),
): Promise<void> {
  let pending = Promise.resolve();
  let failure: unknown;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending = pending.then(() => write(chunk));
  });
  const prepare = async (f: ZipSource) => {
    const data = await f.read();
    return { size: data.length, crc: crc32(data), deflated: await deflate(data, { level }) };
  };
  const queue: Promise<Awaited<ReturnType<typeof prepare>>>[] = [];
  for (let i = 0; i < Math.min(WINDOW, files.length); i += 1) queue.push(prepare(files[i]!));
  for (const [i, f] of files.entries()) {
    const { size, crc, deflated } = await queue[i]!;
    delete queue[i];
    if (i + WINDOW < files.length) queue[i + WINDOW] = prepare(files[i + WINDOW]!);
    const entry: ZipInputFile = { filename: f.name, size, crc, compression: 8, mtime };
    zip.add(entry);
    entry.ondata!(null, deflated, true);
    if (failure) throw failure;
    // Written before the next file is added: at most WINDOW files and one chunk in memory.
    await pending;
  }
  zip.end();
  if (failure) throw failure;
  await pending;
}

/** Zips the files into one buffer (small archives, tests). */
export async function zipFiles(files: readonly ZipEntry[], level = 6, mtime = new Date()): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await zipStream(
    files.map((f) => ({ name: f.name, read: () => f.data })),
    (chunk) => void chunks.push(chunk),
    level,
    mtime,
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Zips the files into the file at `path`, chunk by chunk; returns the archive's size in bytes. */
export async function zipToFile(files: readonly ZipSource[], path: string, level = 6, mtime = new Date()): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const closed = new Promise<void>((done, fail) => {
    out.on('close', done);
    out.on('error', fail);
  });
  try {
    await zipStream(
      files,
      (chunk) => {
        bytes += chunk.length;
        if (!out.write(chunk)) return new Promise<void>((drained) => out.once('drain', drained));
      },
      level,
      mtime,
    );
  } finally {
    out.end();
  }
  await closed;
  return bytes;
}
