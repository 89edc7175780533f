/**
 * Builds the Pagefind index of dist/: every page marked data-pagefind-body, plus one record per local
 * example (they live at anchors of measure pages). `npm run build` runs it after `astro build`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { exampleRecordContent, type ExampleRecord } from '../src/lib/example-records';

const dist = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join(', ')}`);
const { exemples } = JSON.parse(await readFile(resolve(dist, 'recherche-exemples.json'), 'utf8')) as {
  exemples: ExampleRecord[];
};
for (const x of exemples) {
  const result = await index.addCustomRecord({
    url: x.url,
    content: exampleRecordContent(x),
    language: 'fr',
    meta: { title: x.title, kind: x.facets.kind[0] ?? '', place: x.place },
    filters: { ...x.facets },
  });
  if (result.errors.length > 0) throw new Error(`Pagefind, exemple ${x.id} : ${result.errors.join(', ')}`);
}
const written = await index.writeFiles({ outputPath: resolve(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(', ')}`);
await pagefind.close();
console.log(`Index de recherche : ${added.page_count} pages et ${exemples.length} exemples locaux.`);
