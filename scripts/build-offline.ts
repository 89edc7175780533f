/**
 * Runs one step of the post-build pipeline on its own: the offline edition of dist/ (dist-offline/ and
 * its zip). `npm run build` runs it already (src/integrations/post-build.ts).
 */
import { dirname, resolve } from 'node:path';
import { offlineEdition } from '../src/integrations/steps/offline-edition';

const project = resolve(import.meta.dirname, '..');
const dist = resolve(project, process.argv[2] ?? 'dist');
console.log(`Édition hors ligne : ${await offlineEdition.run({ dist, project, out: dirname(dist) })}.`);
