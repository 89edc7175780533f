/**
 * Runs stages of the post-build chain (src/integrations/post-build.ts) on dist/, by name, in the chain's
 * order, as `npm run build` runs them (Pagefind beside the offline edition): for the benchmark, which times
 * `astro build` with these stages skipped, then each of them. ATLAS_SKIP_STEPS applies as in the build.
 *
 * Usage: tsx scripts/run-post-build.ts "<stage name>" [...]   (e.g. « index de recherche et édition hors ligne »)
 */
import { resolve } from 'node:path';
import { POST_BUILD_STEPS, runPostBuild, stagesNamed } from '../src/integrations/post-build';

const project = resolve(import.meta.dirname, '..');
const dist = resolve(project, 'dist');
const names = process.argv.slice(2);
const stages = stagesNamed(POST_BUILD_STEPS, names);
if (typeof stages === 'string') {
  console.error(stages);
  process.exit(2);
}
await runPostBuild({ dist, project, out: resolve(dist, '..') }, (line) => console.log(line), stages);
