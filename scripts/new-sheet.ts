/**
 * Writes a new, valid and commented sheet for an editor to fill in:
 *   npm run nouvelle-fiche -- atelier "Titre de la fiche"
 * Kinds: those of the registry with `scaffold: true`. Never overwrites an existing file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { sheetTemplate, slugify, TEMPLATE_KINDS, type TemplateKind } from './lib/sheet-template';

const [kind, title] = process.argv.slice(2);
if (!kind || !(kind in TEMPLATE_KINDS) || !title) {
  console.error(`Usage : npm run nouvelle-fiche -- <${Object.keys(TEMPLATE_KINDS).join('|')}> "Titre de la fiche"`);
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.env.ATLAS_CONTENT_DIR ?? join(root, 'content'));
const file = join(contentDir, TEMPLATE_KINDS[kind as TemplateKind]!, `${slugify(title)}.mdx`);
if (existsSync(file)) {
  console.error(`${relative(root, file)} existe déjà : choisissez un autre titre ou modifiez ce fichier.`);
  process.exit(1);
}
writeFileSync(file, sheetTemplate(kind as TemplateKind, title, new Date().toISOString().slice(0, 10)));
console.log(`Fiche créée : ${relative(root, file)}\nComplétez les champs « À compléter », puis lancez npm run check:content.`);
