/**
 * The checks of a built site against its content, computed through the registry: never a number
 * written by hand. Run on dist/ by the build suite, and on a site built from a copy of the content with
 * one more sheet by new-sheet.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadCollection, ROOT } from '../helpers/content';
import {
  PAGE_KIND_IDS,
  SHEET_KINDS,
  SHEET_KIND_IDS,
  summariesOf,
  type SheetKind,
  type SheetSummary,
} from '../../src/schemas/registry';

/** A built site and the content it was built from. */
export interface Site {
  dist: string;
  content: string;
}

/** Subfolders of a dist folder that hold an index.html (one per page). */
export function pageDirsIn(dist: string, urlPath: string): string[] {
  const dir = join(dist, urlPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

/** Folders of src/pages under a URL path that are routes of their own (« axes », « visions »), not sheets. */
function routeFolders(urlPath: string): Set<string> {
  const dir = join(ROOT, 'src/pages', urlPath);
  return new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('['))
      .map((d) => d.name),
  );
}

/** Every sheet of the content, by the registry (local examples included), in site order. */
export function contentSheets(content: string): SheetSummary[] {
  const ctx = { axisNumbers: new Map(loadCollection('axes', content).map((a) => [a.id, a.data.number])) };
  return SHEET_KIND_IDS.flatMap((k) => summariesOf(k, loadCollection(SHEET_KINDS[k].collection, content) as never, ctx));
}

/** The kinds that have a page per sheet (a local example lives at an anchor of its measure). */
export const PAGE_KINDS: readonly SheetKind[] = PAGE_KIND_IDS;

const cache = new Map<string, HTMLElement>();
/** Parses a built page by URL path. */
export function pageIn(dist: string, urlPath: string): HTMLElement {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(file, 'utf8'));
    cache.set(file, root);
  }
  return root;
}

/** Problems of the sheet pages: every sheet of the content has its page, and no page lacks its sheet. */
export function sheetPageProblems(site: Site): string[] {
  const sheets = contentSheets(site.content);
  const problems: string[] = [];
  for (const kind of PAGE_KINDS) {
    const { path } = SHEET_KINDS[kind];
    const expected = sheets.filter((s) => s.kind === kind).map((s) => s.url.slice(path.length, -1));
    const skip = routeFolders(path);
    const built = pageDirsIn(site.dist, path).filter((d) => !skip.has(d));
    if (expected.length === 0) problems.push(`${kind} : aucune fiche dans le contenu`);
    if (JSON.stringify([...expected].sort()) !== JSON.stringify(built)) {
      problems.push(`${kind} : pages ${built.join(',')} ≠ contenu ${[...expected].sort().join(',')}`);
    }
  }
  for (const x of sheets.filter((s) => s.kind === 'exemple')) {
    const [page, anchor] = x.url.split('#') as [string, string];
    if (!pageIn(site.dist, page).querySelector(`article.example[id="${anchor}"]`)) problems.push(`${x.url} : ancre absente`);
  }
  return problems;
}

/** The sheet keys listed on a page (its cards) and printed in a dossier (its articles). */
function keys(root: HTMLElement, selector: string): string[] {
  return [...new Set(root.querySelectorAll(selector).map((el) => el.getAttribute('data-sheet-key') ?? ''))].sort();
}

/**
 * Problems of the dossiers: for every département and every theme, the dossier holds exactly the
 * sheets its page lists.
 */
export function dossierProblems(site: Site): string[] {
  const problems: string[] = [];
  const departements = loadCollection('territoires', site.content).filter((t) => t.data.kind === 'departement');
  const themes = loadCollection('themes', site.content);
  // A département × theme page also shows its neighbours' sheets: only its selection is printed.
  const pages = [
    ...departements.map((d) => ({ url: `/departements/${d.id}/`, cards: 'main li.card[data-sheet-key]', some: true })),
    ...themes.map((t) => ({ url: `/themes/${t.id}/`, cards: 'main li.card[data-sheet-key]', some: true })),
    ...departements.flatMap((d) =>
      themes.map((t) => ({
        url: `/departements/${d.id}/${t.id}/`,
        cards: '[data-selection] li.card[data-sheet-key]',
        some: false,
      })),
    ),
  ];
  for (const { url, cards, some } of pages) {
    const listed = keys(pageIn(site.dist, url), cards);
    const printed = keys(
      pageIn(site.dist, `${url}dossier/`),
      'article.dossier-sheet[data-sheet-key], li.dossier-brief[data-sheet-key]',
    );
    if (some && listed.length === 0) problems.push(`${url} : aucune fiche listée`);
    const missing = listed.filter((k) => !printed.includes(k));
    const extra = printed.filter((k) => !listed.includes(k));
    if (missing.length > 0) problems.push(`${url}dossier/ : il manque ${missing.join(', ')}`);
    if (extra.length > 0) problems.push(`${url}dossier/ : en trop ${extra.join(', ')}`);
  }
  return problems;
}

/** The number of records the Pagefind index should hold: every sheet page and every local example. */
export function expectedSearchRecords(content: string): number {
  return contentSheets(content).length;
}
