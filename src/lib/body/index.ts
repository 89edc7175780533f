/**
 * Sheet bodies: Markdown in MDX syntax, checked against an allowlist, rendered to sanitized HTML.
 * One pipeline for the build (src/loaders/sheet-loader.ts) and for `npm run check:content`
 * (`checkSheetBody`), so that both always agree.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { checkTree } from './allowlist';
import { blankFrontmatter, bodyStartLine } from './frontmatter';
import { parseMdx } from './parse';
import { renderTree } from './render';
import { smartPunctuation } from './smart-punctuation';
import type { BodyHeading, BodyProblem } from './types';
import { COLLECTIONS, PAGE_KIND_IDS, SHEET_KINDS } from '../../schemas/registry';

export type { BodyHeading, BodyProblem } from './types';
export { ALLOWED_COMPONENTS } from './allowlist';
export { SANITIZE_SCHEMA, sanitizeToHtml } from './render';

/**
 * Sheet folders under content/ and the URL prefix of their pages, from the registry of sheet kinds
 * (every kind with its own pages): a kind added there is known here, to the body link check and to
 * `check:content`, without another list to keep.
 */
export const SHEET_ROUTES: Readonly<Record<string, string>> = Object.fromEntries(
  PAGE_KIND_IDS.map((kind) => [COLLECTIONS[SHEET_KINDS[kind].collection].dir, SHEET_KINDS[kind].path]),
);

/**
 * Ids that the sheet page itself gives to elements (layouts and components): a body heading must not
 * take one, or the skip link, the search field or an anchor would point at the wrong place.
 * A measure also gives each local example its id and `titre-<id>`.
 */
export const PAGE_IDS: ReadonlySet<string> = new Set([
  'contenu',
  'header-q',
  'exemples-locaux',
  'fiches-liees',
  'visions-liees',
  'figures-liees',
  'qui-contacter',
]);

/** What a sheet body is checked against. */
export interface SheetBodyContext {
  /** Path of the file as shown to editors (« content/mesures/logement-d-abord.mdx »). */
  file: string;
  /** Every page of the site (see `siteRoutes`); without it, internal links are only checked for shape. */
  routes?: ReadonlySet<string> | undefined;
}

/** The page URL of a sheet file (« content/actions/x.mdx » → « /pactes/x/ »), or null outside a sheet folder. */
export function sheetRoute(file: string): string | null {
  const match = /(?:^|\/)([a-z-]+)\/([^/]+)\.mdx$/.exec(file.replaceAll('\\', '/'));
  if (!match) return null;
  const prefix = SHEET_ROUTES[match[1]!];
  return prefix ? `${prefix}${match[2]}/` : null;
}

/** The ids of the local examples declared in the frontmatter (reserved on a measure page); none if unreadable. */
function exampleIds(source: string): string[] {
  try {
    const { frontmatter } = parseFrontmatter(source);
    const examples = (frontmatter as { examples?: unknown }).examples;
    if (!Array.isArray(examples)) return [];
    return examples.map((x) => (x as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

/** Result of compiling a sheet body. */
export interface CompiledBody {
  problems: BodyProblem[];
  /** Sanitized HTML (also produced when there are problems: what was refused is left out). */
  html: string;
  headings: BodyHeading[];
  /** The body as Astro's glob loader stores it (frontmatter removed, trimmed). */
  body: string;
}

/**
 * Parses, checks and renders the body of a sheet (the whole .mdx file is given; line numbers are the file's).
 */
export function compileSheetBody(source: string, ctx: SheetBodyContext): CompiledBody {
  const blanked = blankFrontmatter(source.replace(/^\uFEFF/, ''));
  const body = blanked.trim();
  const empty = { html: '', headings: [], body };
  if (body === '') {
    const line = bodyStartLine(source.replace(/^\uFEFF/, ''));
    return {
      ...empty,
      problems: [{ line, message: 'le texte de la fiche est vide : écrivez au moins un paragraphe sous le bloc ---' }],
    };
  }
  const parsed = parseMdx(blanked);
  if (parsed.problem) return { ...empty, problems: [parsed.problem] };
  const pageRoute = sheetRoute(ctx.file) ?? '/';
  const problems = checkTree(parsed.tree, { pageRoute, routes: ctx.routes });
  smartPunctuation(parsed.tree);
  const { html, headings } = renderTree(parsed.tree);
  const reserved = new Set(PAGE_IDS);
  for (const id of exampleIds(source)) reserved.add(id).add(`titre-${id}`);
  const headingLines = parsed.tree.children.filter((n) => n.type === 'heading').map((n) => n.position?.start.line ?? 1);
  headings.forEach((h, i) => {
    if (reserved.has(h.slug)) {
      problems.push({
        line: headingLines[i] ?? 1,
        message: `intertitre « ${h.text} » : son ancre #${h.slug} est déjà utilisée par la page ; reformulez l’intertitre`,
      });
    }
  });
  const seen = new Set<string>();
  const unique = problems
    .filter((p) => {
      const key = `${p.line}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
  return { problems: unique, html, headings, body };
}

/**
 * Checks a sheet body exactly as the build does: MDX syntax, allowlist, links, headings.
 * For `npm run check:content` (scripts/lib/content-check.ts).
 * @param source the whole .mdx file.
 * @returns the problems, each with its line in the file and a French message saying what to write instead.
 */
export function checkSheetBody(source: string, ctx: SheetBodyContext): BodyProblem[] {
  return compileSheetBody(source, ctx).problems;
}

/**
 * Every page a body may link to: the static pages and one page per sheet, département, theme and axis.
 * @param pages routes of the pages without parameters (« / », « /carte/ », « /mesures/ »…).
 * @param ids entry ids per collection folder (`ateliers`, `mesures`, `actions`, `figures`, `visions`,
 *   `themes`, `axes`), and `departements`: the ids of the territories of kind `departement`.
 */
export function siteRoutes(pages: Iterable<string>, ids: Partial<Record<string, Iterable<string>>>): Set<string> {
  const routes = new Set(pages);
  for (const [folder, prefix] of Object.entries(SHEET_ROUTES)) {
    for (const id of ids[folder] ?? []) routes.add(`${prefix}${id}/`);
  }
  const themes = [...(ids.themes ?? [])];
  for (const id of ids.departements ?? []) {
    routes.add(`/departements/${id}/`).add(`/departements/${id}/dossier/`);
    // One page (and one dossier) per département × theme.
    for (const theme of themes) routes.add(`/departements/${id}/${theme}/`).add(`/departements/${id}/${theme}/dossier/`);
  }
  for (const id of themes) routes.add(`/themes/${id}/`).add(`/themes/${id}/dossier/`);
  for (const id of ids.axes ?? []) routes.add(`/mesures/axes/${id}/`);
  return routes;
}

/**
 * Routes of the pages without parameters, from their files under src/pages/ (« a-propos.astro » →
 * « /a-propos/ », « ateliers/index.astro » → « /ateliers/ », « flux.xml.ts » → « /flux.xml »).
 * Files with a `[parameter]` are left to `siteRoutes`.
 */
export function staticPageRoutes(pageFiles: Iterable<string>): string[] {
  const routes: string[] = [];
  for (const raw of pageFiles) {
    const file = raw.replaceAll('\\', '/');
    if (file.includes('[') || /^404\./.test(file)) continue;
    const endpoint = /^(.*\.[a-z]+)\.(?:ts|js)$/.exec(file);
    if (endpoint) {
      routes.push(`/${endpoint[1]}`);
      continue;
    }
    const page = /^(.*?)(?:\/?index)?\.(?:astro|md|mdx)$/.exec(file);
    if (!page) continue;
    routes.push(page[1] ? `/${page[1]}/` : '/');
  }
  return routes;
}
