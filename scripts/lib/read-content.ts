import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { COLLECTION_SPECS } from '../../src/schemas/registry';
import type { ContentProblem, RawEntry } from './content-check';
import { decodeUtf8 } from './yaml-source';
import { IMAGE_ADVICE } from '../../src/lib/body/allowlist';

/** Files of the content folder that are not entries and are expected: the editors' guide. */
export const ROOT_FILES_ALLOWED = ['README.md'];

const IMAGE_EXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.avif', '.bmp', '.tif', '.tiff', '.heic']);
const OFFICE_EXT = new Set(['.doc', '.docx', '.odt', '.rtf', '.pdf', '.txt', '.pages', '.xls', '.xlsx', '.ods', '.csv']);
/** Files an operating system leaves behind. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** The message for an image file found in content/. */
export const IMAGE_MESSAGE = `image dans content/ : elle ne serait ni publiée ni vérifiée ; ${IMAGE_ADVICE}`;

/** Levenshtein distance, for « vouliez-vous dire ateliers/ ? ». */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest collection folder to a mistyped one, if it is close enough. */
export function closestFolder(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: { dir: string; d: number } | undefined;
  for (const { dir } of COLLECTION_SPECS) {
    const d = distance(lower, dir);
    if (!best || d < best.d) best = { dir, d };
  }
  return best && best.d <= 2 ? best.dir : undefined;
}

/** Why a file found in a collection folder is not an entry, or undefined when it is one. */
function strayMessage(name: string, expected: '.mdx' | '.yaml', dir: string): string | undefined {
  const ext = extname(name);
  const stem = basename(name, ext);
  if (SYSTEM_FILES.has(name) || name.startsWith('._')) {
    return 'fichier système laissé par l’ordinateur (pas une fiche) : supprimez-le';
  }
  if (name.startsWith('.') || name.endsWith('~') || name.startsWith('~$')) {
    return 'fichier caché ou copie de sauvegarde : il ne deviendrait pas une page ; supprimez-le';
  }
  if (ext === expected) return undefined;
  if (!ext) return `fichier sans extension : il ne deviendrait pas une page ; renommez-le « ${name}${expected} »`;
  if (ext.toLowerCase() === expected) return `extension en majuscules : renommez le fichier « ${stem}${expected} »`;
  if (IMAGE_EXT.has(ext.toLowerCase())) return IMAGE_MESSAGE;
  if (expected === '.yaml' && ext.toLowerCase() === '.yml') return `extension .yml : renommez le fichier « ${stem}.yaml »`;
  if (expected === '.mdx' && ['.md', '.markdown'].includes(ext.toLowerCase()))
    return `extension ${ext} : les fiches de ${dir}/ sont en .mdx ; renommez le fichier « ${stem}.mdx »`;
  if (OFFICE_EXT.has(ext.toLowerCase()))
    return `document ${ext} : le contenu s’écrit en ${expected} (copiez le texte dans une fiche créée par npm run nouvelle-fiche) ; retirez ce fichier de content/`;
  return `extension inattendue « ${ext} » pour ce dossier : ce fichier ne deviendrait pas une page ; les fiches de ${dir}/ sont des fichiers ${expected}`;
}

/**
 * Reads every file under `root` (the `content/` folder) and accounts for each one: an entry of its
 * collection, the editors' guide, or a problem naming it (unknown folder, file at the root, sub-folder,
 * wrong or missing extension, image, file not in UTF-8). Nothing is silently skipped.
 * @param ignore paths relative to root that are not content (test fixtures' own files).
 */
export function readContent(
  root: string,
  projectRoot: string,
  ignore: readonly string[] = [],
): { entries: RawEntry[]; problems: ContentProblem[] } {
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(projectRoot, path);
  const folders = new Map(COLLECTION_SPECS.map((s) => [s.dir, s]));
  if (!existsSync(root)) return { entries, problems };
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name);
    if (ignore.includes(name)) continue;
    if (!statSync(path).isDirectory()) {
      if (ROOT_FILES_ALLOWED.includes(name)) continue;
      problems.push({
        file: rel(path),
        field: 'fichier',
        message: `fichier à la racine de content/ : il ne deviendrait pas une page ; rangez-le dans le dossier de son type (${COLLECTION_SPECS.map((s) => `${s.dir}/`).join(', ')})`,
      });
      continue;
    }
    const spec = folders.get(name);
    if (!spec) {
      const guess = closestFolder(name);
      for (const file of readdirSync(path, { recursive: true, encoding: 'utf8' }).sort()) {
        if (statSync(join(path, file)).isDirectory()) continue;
        problems.push({
          file: rel(join(path, file)),
          field: 'fichier',
          message: `dossier inconnu « ${name}/ » : ce fichier ne deviendrait pas une page${guess ? ` ; vouliez-vous dire « ${guess}/ » ?` : ''} (dossiers permis : ${COLLECTION_SPECS.map((s) => `${s.dir}/`).join(', ')})`,
        });
      }
      continue;
    }
    for (const file of readdirSync(path, { recursive: true, encoding: 'utf8' }).sort()) {
      const full = join(path, file);
      if (statSync(full).isDirectory()) continue;
      const parts = file.split(/[\\/]/);
      if (parts.length > 1) {
        problems.push({
          file: rel(full),
          field: 'fichier',
          message: `sous-dossier « ${spec.dir}/${parts.slice(0, -1).join('/')}/ » : les fiches se rangent directement dans ${spec.dir}/, sans sous-dossier ; déplacez ce fichier`,
        });
        continue;
      }
      const stray = strayMessage(file, spec.ext, spec.dir);
      if (stray) {
        problems.push({ file: rel(full), field: 'fichier', message: stray });
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(full);
      } catch (error) {
        problems.push({
          file: rel(full),
          field: 'fichier',
          message: `fichier illisible (${(error as NodeJS.ErrnoException).code ?? 'erreur de lecture'}) : vérifiez qu’il n’est pas ouvert ailleurs et que vous avez le droit de le lire`,
        });
        continue;
      }
      const decoded = decodeUtf8(bytes);
      const entry: RawEntry = {
        file: rel(full),
        collection: spec.name,
        id: basename(file, spec.ext),
        text: 'text' in decoded ? decoded.text : '',
      };
      if ('problem' in decoded) entry.encoding = decoded.problem;
      entries.push(entry);
    }
  }
  return { entries, problems };
}
