/**
 * Validates all content without a full build: `npm run check:content`.
 * Prints each problem with its file and field or line, in French, and exits 1 if there is any.
 */
import { resolve } from 'node:path';
import { runCheck } from './lib/run-check';

const projectRoot = resolve(import.meta.dirname, '..');
const contentRoot = resolve(process.argv[2] ?? process.env.ATLAS_CONTENT_DIR ?? resolve(projectRoot, 'content'));
const result = runCheck(contentRoot, projectRoot);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
