/**
 * Runs one step of the post-build pipeline on its own: the Pagefind index of dist/ (or of the folder
 * given). `npm run build` runs it already (src/integrations/post-build.ts); this entry point is for
 * timing the step apart (benchmark), with `astro build` run under ATLAS_SKIP_STEPS.
 */
import { dirname, resolve } from 'node:path';
import { searchIndex } from '../src/integrations/steps/search-index';

const project = resolve(import.meta.dirname, '..');
const dist = resolve(project, process.argv[2] ?? 'dist');
console.log(`Index de recherche : ${await searchIndex.run({ dist, project, out: dirname(dist) })}.`);
