import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { COLLECTION_SPECS } from '../../src/schemas/registry';
import type { RawEntry } from './content-check';

/**
 * Reads every content file of every collection under `root` (the `content/` folder).
 * Files with another extension than their collection's are reported by the caller.
 */
export function readContent(root: string, projectRoot: string): { entries: RawEntry[]; strays: string[] } {
  const entries: RawEntry[] = [];
  const strays: string[] = [];
  for (const spec of COLLECTION_SPECS) {
    const dir = join(root, spec.dir);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      const path = join(dir, name);
      const ext = extname(name);
      if (!ext) continue;
      const file = relative(projectRoot, path);
      if (ext !== spec.ext) {
        strays.push(file);
        continue;
      }
      entries.push({ file, collection: spec.name, id: basename(name, ext), text: readFileSync(path, 'utf8') });
    }
  }
  return { entries, strays };
}
