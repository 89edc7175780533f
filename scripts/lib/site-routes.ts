import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { load } from 'js-yaml';
import { SHEET_ROUTES, siteRoutes, staticPageRoutes } from '../../src/lib/body';

const ids = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => extname(n) === ext)
        .map((n) => basename(n, ext))
    : [];

/**
 * Every page of the site, read from disk: the pages of src/pages/ and one page per sheet, département,
 * theme and axis of the content folder. For the hard check of internal links in sheet bodies
 * (`checkSheetBody(source, { file, routes })`).
 */
export function readSiteRoutes(projectRoot: string, contentRoot: string): Set<string> {
  const pagesDir = join(projectRoot, 'src/pages');
  const pages = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' });
  const folderIds: Record<string, string[]> = {};
  for (const folder of Object.keys(SHEET_ROUTES)) folderIds[folder] = ids(join(contentRoot, folder), '.mdx');
  folderIds.themes = ids(join(contentRoot, 'themes'), '.yaml');
  folderIds.axes = ids(join(contentRoot, 'axes'), '.yaml');
  folderIds.departements = ids(join(contentRoot, 'territoires'), '.yaml').filter((id) => {
    try {
      const data = load(readFileSync(join(contentRoot, 'territoires', `${id}.yaml`), 'utf8'));
      return (data as { kind?: unknown } | null)?.kind === 'departement';
    } catch {
      return false;
    }
  });
  return siteRoutes(staticPageRoutes(pages), folderIds);
}
