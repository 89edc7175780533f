import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_SIZE } from '../../../scripts/lib/compress';
import { precompressTree } from '../../../scripts/lib/precompress';

function site() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-compress-'));
  mkdirSync(join(dir, 'ateliers/x'), { recursive: true });
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  const page = `<!doctype html><html lang="fr"><body>${'<p>Les cantines scolaires à tarification sociale.</p>'.repeat(200)}</body></html>`;
  writeFileSync(join(dir, 'ateliers/x/index.html'), page);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(dir, 'pagefind/fragment/fr_1.pf_fragment'), Buffer.alloc(4096, 1));
  return { dir, page };
}

describe('precompression of the build', () => {
  it('writes a .br and a .gz that decompress to the page, Brotli smaller than gzip', async () => {
    const { dir, page } = site();
    const stats = await precompressTree(dir);
    const path = join(dir, 'ateliers/x/index.html');
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(page);
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(page);
    expect(statSync(`${path}.br`).size).toBeLessThan(statSync(`${path}.gz`).size);
    expect(stats.files).toBe(1);
    expect(stats.bytes).toBe(Buffer.byteLength(page));
  });

  it('leaves alone files too small to gain and files that are not text (Pagefind’s are already compressed)', async () => {
    const { dir } = site();
    await precompressTree(dir);
    expect(statSync(join(dir, 'robots.txt')).size).toBeLessThan(MIN_SIZE);
    expect(existsSync(join(dir, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/fragment/fr_1.pf_fragment.br'))).toBe(false);
  });

  it('replaces the variants of an earlier run when a page changes', async () => {
    const { dir } = site();
    await precompressTree(dir);
    const path = join(dir, 'ateliers/x/index.html');
    const changed = `<p>${'Mobilité solidaire. '.repeat(100)}</p>`;
    writeFileSync(path, changed);
    await precompressTree(dir);
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(changed);
    writeFileSync(path, 'court');
    await precompressTree(dir);
    expect(existsSync(`${path}.br`)).toBe(false);
    expect(existsSync(`${path}.gz`)).toBe(false);
  });

  it('gives the same files and counts on worker threads as on one thread', { timeout: 30_000 }, async () => {
    const one = site();
    const many = site();
    for (const { dir } of [one, many])
      for (let i = 0; i < 12; i += 1) {
        mkdirSync(join(dir, `p${i}`), { recursive: true });
        writeFileSync(join(dir, `p${i}/index.html`), `<p>Page ${i} : aide au logement.</p>`.repeat(50 * (i + 1)));
      }
    const inline = await precompressTree(one.dir);
    const threaded = await precompressTree(many.dir, { project: join(import.meta.dirname, '../../..'), threads: 2 });
    expect(threaded).toEqual(inline);
    expect(inline.files).toBe(13);
    for (let i = 0; i < 12; i += 1)
      for (const ext of ['br', 'gz'])
        expect(
          readFileSync(join(many.dir, `p${i}/index.html.${ext}`)).equals(readFileSync(join(one.dir, `p${i}/index.html.${ext}`))),
        ).toBe(true);
  });
});
