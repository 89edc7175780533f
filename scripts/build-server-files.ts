/**
 * Runs one step of the post-build pipeline on its own: the server files of dist/ (nginx configuration,
 * _headers, precompressed .br/.gz). `npm run build` runs it already (src/integrations/post-build.ts).
 */
import { dirname, resolve } from 'node:path';
import { serverFiles } from '../src/integrations/steps/server-files';

const project = resolve(import.meta.dirname, '..');
const dist = resolve(project, process.argv[2] ?? 'dist');
console.log(`Serveur : ${await serverFiles.run({ dist, project, out: dirname(dist) })}.`);
