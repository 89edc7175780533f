/**
 * Publishing mode: `npm run build:publish` (or `ATLAS_PUBLISH=1 npm run build`) refuses to build
 * while src/site.config.ts does not name a publisher, a director of publication, a contact, a host
 * and the public URL, and names each missing field in French (exit code 1). Without the publishing
 * mode it only says that the build is an unpublished edition (exit code 0).
 *
 * Usage: tsx scripts/check-publication.ts [--publish]
 */
import { formatPublicationProblems, publicationProblems } from '../src/lib/publication';
import { siteConfig } from '../src/site.config';

const FILE = 'src/site.config.ts';
const publish =
  process.argv.includes('--publish') || ['1', 'true', 'oui'].includes((process.env.ATLAS_PUBLISH ?? '').toLowerCase());

const problems = publicationProblems(siteConfig);
if (problems.length === 0) {
  console.log(`Publication : éditeur, directeur de la publication, contact, hébergeur et adresse du site indiqués (${FILE}).`);
} else if (publish) {
  console.error(formatPublicationProblems(problems, FILE));
  process.exit(1);
} else {
  const n = problems.length;
  console.log(
    `Édition de démonstration : éditeur non désigné (${n} champ${n > 1 ? 's' : ''} à remplir dans ${FILE} ; ` +
      '`npm run build:publish` refuse de construire tant qu’il en manque).',
  );
}
