/**
 * Publishing mode: `npm run build:publish` (or `ATLAS_PUBLISH=1 npm run build`) refuses to build
 * while src/site.config.ts does not name a publisher, a director of publication, a contact, a host
 * and the public URL, and names each missing field in French (exit code 1). Without the publishing
 * mode it only says that the build is an unpublished edition (exit code 0).
 *
 * Usage: tsx scripts/check-publication.ts [--publish] [path/to/site.config.ts]
 * (the path, for tests, defaults to src/site.config.ts).
 */
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatPublicationProblems, publicationProblems, type PublicationFields } from '../src/lib/publication';

const args = process.argv.slice(2);
const publish = args.includes('--publish') || ['1', 'true', 'oui'].includes((process.env.ATLAS_PUBLISH ?? '').toLowerCase());
const file = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(import.meta.dirname, '../src/site.config.ts'));
const shown = relative(process.cwd(), file) || file;

let config: PublicationFields;
try {
  ({ siteConfig: config } = (await import(pathToFileURL(file).href)) as { siteConfig: PublicationFields });
  if (!config || typeof config !== 'object') throw new Error('pas d’export « siteConfig »');
} catch (error) {
  console.error(`${shown} : configuration illisible (${error instanceof Error ? error.message : String(error)}).`);
  process.exit(1);
}

const problems = publicationProblems({
  url: config.url ?? '',
  publisher: { name: '', address: '', phone: '', director: '', email: '', ...config.publisher },
  host: { name: '', address: '', phone: '', ...config.host },
});
if (problems.length === 0) {
  console.log(`Publication : éditeur, directeur de la publication, contact, hébergeur et adresse du site indiqués (${shown}).`);
} else if (publish) {
  console.error(formatPublicationProblems(problems, shown));
  process.exit(1);
} else {
  console.log(
    `Édition de démonstration : éditeur non désigné (${problems.length} champ${problems.length > 1 ? 's' : ''} à remplir dans ${shown} ; ` +
      '`npm run build:publish` refuse de construire tant qu’ils manquent).',
  );
}
