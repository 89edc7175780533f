import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WINDOW, zipFiles, zipToFile } from '../../../scripts/lib/zip';

describe('zipFiles', () => {
  const files = [
    { name: 'Ouvrir l’Atlas.html', data: strToU8('<!doctype html><title>Atlas</title>') },
    { name: 'atlas/index.html', data: strToU8('<p>Bonjour</p>'.repeat(2000)) },
    { name: 'atlas/vide.txt', data: new Uint8Array(0) },
    { name: 'atlas/_offline/aléatoire.bin', data: Uint8Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24) },
  ];

  it('writes an archive that reads back to the same files, names (UTF-8) and bytes', async () => {
    const zip = await zipFiles(files);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(files.map((f) => f.name));
    for (const f of files) expect(back[f.name], f.name).toEqual(f.data);
  });

  it('compresses about as much as fflate’s zipSync at the same level', async () => {
    const zip = await zipFiles(files, 6);
    const reference = zipSync(Object.fromEntries(files.map((f) => [f.name, f.data])), { level: 6 });
    expect(zip.length).toBeLessThan(files.reduce((n, f) => n + f.data.length, 0) / 2);
    expect(Math.abs(zip.length - reference.length) / reference.length).toBeLessThan(0.15);
  });

  it('gives every file the date asked for', async () => {
    const when = new Date(2026, 11, 3, 12, 0, 0);
    const zip = await zipFiles(files.slice(0, 1), 6, when);
    // Local file header: DOS time at offset 10, DOS date at offset 12.
    const view = new DataView(zip.buffer, zip.byteOffset);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 12, 3]);
  });

  it('streams more files than its window into a file, reading each when its turn comes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
    try {
      const many = Array.from({ length: WINDOW * 3 + 5 }, (_, i) => ({
        name: `atlas/page-${i}/index.html`,
        data: strToU8(`<p>Page ${i}</p>`.repeat(100 + i)),
      }));
      let reading = 0;
      let mostAtOnce = 0;
      const bytes = await zipToFile(
        many.map((f) => ({
          name: f.name,
          read: async () => {
            reading += 1;
            mostAtOnce = Math.max(mostAtOnce, reading);
            await new Promise((r) => setTimeout(r, 1));
            reading -= 1;
            return f.data;
          },
        })),
        join(dir, 'a.zip'),
      );
      const zip = readFileSync(join(dir, 'a.zip'));
      expect(bytes).toBe(zip.length);
      const back = unzipSync(zip);
      expect(Object.keys(back)).toEqual(many.map((f) => f.name));
      for (const f of many) expect(back[f.name], f.name).toEqual(f.data);
      expect(mostAtOnce).toBeLessThanOrEqual(WINDOW);
      expect(mostAtOnce).toBeGreaterThan(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
