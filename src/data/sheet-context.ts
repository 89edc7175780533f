import type { Lookups, Source } from './lookups';
import { sheetFacets, type SearchFacets } from '../lib/search-facets';
import type { SheetKind } from '../lib/sheet-kinds';
import { territoryTags, themeTags, type Tag } from '../lib/tags';

/** What every sheet page shows around its content: tags, source, search filters. */
export interface SheetContext {
  territories: Tag[];
  themes: Tag[];
  source: Source;
  facets: SearchFacets;
}

/** Resolves the references of a sheet for its page. */
export function sheetContext(
  kind: SheetKind,
  data: { territories: readonly { id: string }[]; themes: readonly { id: string }[]; source: { document: { id: string } } },
  lookups: Lookups,
  axis?: string,
): SheetContext {
  const source = lookups.sources.get(data.source.document.id);
  if (!source) throw new Error(`Source inconnue : ${data.source.document.id}`);
  return {
    territories: territoryTags(data.territories, lookups.territories),
    themes: themeTags(data.themes, lookups.themes),
    source,
    facets: sheetFacets({ kind, territories: data.territories.map((t) => t.id), themes: data.themes.map((t) => t.id) }, lookups, {
      axis,
      source: source.data.shortTitle,
    }),
  };
}
