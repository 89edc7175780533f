/**
 * Validates all content without a full build: `npm run check:content`.
 * Prints each problem with its file and field, in French, and exits 1 if there is any.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatProblems, validateContent } from './lib/content-check';
import { readContent } from './lib/read-content';

const projectRoot = resolve(import.meta.dirname, '..');
const contentRoot = resolve(process.argv[2] ?? process.env.ATLAS_CONTENT_DIR ?? resolve(projectRoot, 'content'));
const { entries, strays } = readContent(contentRoot, projectRoot);
const problems = validateContent(entries, (src, file) => {
  const path = resolve(projectRoot, dirname(file), src);
  return existsSync(path) ? statSync(path).size : undefined;
});
for (const file of strays) {
  problems.push({
    file,
    field: 'fichier',
    message: 'extension inattendue pour ce dossier : ce fichier ne deviendrait pas une page',
  });
}
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problème(s) dans le contenu : corrigez-les avant de construire le site.`);
  process.exit(1);
}
console.log(`Contenu valide : ${entries.length} fichiers vérifiés.`);
