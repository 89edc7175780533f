import { getLookups, type Lookups, type Source } from './lookups';
import type { EditorNote } from '../schemas/shared';
import { sourceYear } from '../lib/source-dates';
import { withRenameNotes } from '../lib/editor-notes';
import { glossarySearchText } from '../lib/acronyms';
import { getGlossaryTerms } from './glossary';
import { getRelated } from './sheets';
import type { SheetSummary } from '../lib/sheet-kinds';
import { fundingFacet, sheetFacets, type SearchFacets } from '../lib/search-facets';
import type { SheetKind } from '../lib/sheet-kinds';
import { territoryTags, themeTags, type Tag } from '../lib/tags';

/** What every sheet page shows around its content: tags, source, search filters. */
export interface SheetContext {
  territories: Tag[];
  themes: Tag[];
  source: Source;
  facets: SearchFacets;
}

/** The references of a sheet that its page resolves. */
interface SheetData {
  territories: readonly { id: string }[];
  themes: readonly { id: string }[];
  source: { document: { id: string } };
  /** Typed amounts (ateliers, mesures): their funders become the « Financeur » search filter. */
  funding?: readonly { funder?: string | undefined }[];
  /** Local examples (mesures), whose funders count for the measure too. */
  examples?: readonly { funding: readonly { funder?: string | undefined }[] }[];
}

/** Resolves the references of a sheet for its page. */
export function sheetContext(kind: SheetKind, data: SheetData, lookups: Lookups, axis?: string): SheetContext {
  const source = lookups.sources.get(data.source.document.id);
  if (!source) throw new Error(`Source inconnue : ${data.source.document.id}`);
  return {
    territories: territoryTags(data.territories, lookups.territories),
    themes: themeTags(data.themes, lookups.themes),
    source,
    facets: sheetFacets({ kind, territories: data.territories.map((t) => t.id), themes: data.themes.map((t) => t.id) }, lookups, {
      axis,
      source: source.data.shortTitle,
      funders: fundingFacet([...(data.funding ?? []), ...(data.examples ?? []).flatMap((x) => x.funding)]),
    }),
  };
}

/** Everything a sheet page passes to SheetLayout. */
export interface SheetPage extends SheetContext {
  title: string;
  summary: string;
  /** Section of the source document. */
  sourceSection: string;
  editorNotes: readonly EditorNote[];
  /** Acronyms of the sheet with their expansions (and the reverse), indexed for search, not shown. */
  glossaryText: string;
  /** Year the source's information is about: the year of an amount that gives none. */
  infoYear: number | undefined;
  /** Related sheets, shown after the sheet. */
  related: SheetSummary[];
}

/**
 * Loads what a sheet page shows around its own content: tags, source, search filters, related sheets.
 * @param axis the axis label used as a search filter (measures, pacte actions).
 * @param body the text of the body (htmlText of its HTML), so that a sheet naming a renamed body (Pôle emploi) gets the editorial note.
 */
export async function loadSheetPage(
  kind: SheetKind,
  id: string,
  data: SheetData & { title: string; summary: string; editorNotes: readonly EditorNote[]; source: { section: string } },
  axis?: string,
  body = '',
): Promise<SheetPage> {
  const context = sheetContext(kind, data, await getLookups(), axis);
  const text = `${JSON.stringify(data)}\n${body}`;
  return {
    ...context,
    infoYear: sourceYear(context.source.data),
    glossaryText: glossarySearchText(text, await getGlossaryTerms()),
    title: data.title,
    summary: data.summary,
    sourceSection: data.source.section,
    editorNotes: withRenameNotes(data.editorNotes, text),
    related: await getRelated(kind, id),
  };
}
