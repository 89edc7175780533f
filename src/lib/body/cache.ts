/**
 * One MDX parse per sheet per build. `npm run build` first runs `check:content`, which compiles every
 * body (src/lib/body) to check it; it keeps what it rendered here, and the content loader of
 * `astro build` (src/loaders/sheet-loader.ts) takes a body from here instead of compiling it again.
 *
 * An entry is found only under the digest of exactly the same file at the same path, compiled by
 * exactly the same pipeline: the digest covers the file's text, its path (relative links resolve
 * against the sheet's page), the source of src/lib/body and the lockfile (the parser's versions).
 * Only bodies without any problem are kept, so the loader never skips a check. Anything unreadable
 * counts as an empty cache: the loader then compiles, as it would without one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyHeading } from './types';

/** What the loader stores of a body. */
export interface CachedBody {
  html: string;
  headings: BodyHeading[];
}

/** Where the cache lives, under the project root (with Vite's own caches). */
export const BODY_CACHE_PATH = 'node_modules/.cache/atlas/sheet-bodies.json';

const fingerprints = new Map<string, string>();

/** A digest of the code that renders bodies: the source of src/lib/body and the lockfile. */
export function pipelineFingerprint(root: string): string {
  const known = fingerprints.get(root);
  if (known) return known;
  const hash = createHash('sha256');
  const dir = join(root, 'src/lib/body');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .sort()
    : [];
  for (const f of [...files.map((f) => join(dir, f)), join(root, 'package-lock.json')]) {
    hash.update(f).update('\0');
    if (existsSync(f)) hash.update(readFileSync(f));
    hash.update('\0');
  }
  const digest = hash.digest('hex');
  fingerprints.set(root, digest);
  return digest;
}

/** The key of a body: its file (as shown to editors), its whole text and the pipeline. */
export function bodyKey(fingerprint: string, file: string, source: string): string {
  return createHash('sha256').update(fingerprint).update('\0').update(file).update('\0').update(source).digest('base64url');
}

/** Writes the cache (replaced as a whole, atomically: a reader sees the old file or the new one). */
export function writeBodyCache(root: string, entries: ReadonlyMap<string, CachedBody>): void {
  const path = join(root, BODY_CACHE_PATH);
  mkdirSync(join(path, '..'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(Object.fromEntries(entries)));
  renameSync(tmp, path);
}

/** Reads the cache; an absent or unreadable file is an empty cache. */
export function readBodyCache(root: string): Map<string, CachedBody> {
  try {
    const raw = JSON.parse(readFileSync(join(root, BODY_CACHE_PATH), 'utf8')) as Record<string, CachedBody>;
    return new Map(Object.entries(raw).filter(([, v]) => typeof v?.html === 'string' && Array.isArray(v.headings)));
  } catch {
    return new Map();
  }
}
