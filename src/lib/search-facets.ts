import type { SheetSummary } from './sheet-index';
import { SHEET_KINDS } from './sheet-kinds';
import { filterTerritoryNames, type TerritoryEntry } from './territories';
import { funderNames, NO_FUNDER } from './funding-table';

/** The Pagefind filters of a sheet: each key maps to the values shown to readers. */
export interface SearchFacets {
  /** « Atelier », « Exemple local »… */
  kind: string[];
  /** Theme names. */
  theme: string[];
  /** Territory names, métropoles filed under their département too. */
  territoire: string[];
  /** « Axe 3 — … » for measures and examples, « Pacte axe 1 — … » for pacte actions. */
  axe: string[];
  /** Short title of the source document. */
  source: string[];
  /** Funders of the sheet's typed amounts (« État », « CAF »), as in the Financements table. */
  financeur: string[];
}

/** The filter keys in the order the search page shows them, with their French labels. */
export const FACET_LABELS: Record<keyof SearchFacets, string> = {
  kind: 'Type de fiche',
  theme: 'Thème',
  territoire: 'Territoire',
  axe: 'Axe',
  source: 'Source',
  financeur: 'Financeur',
};

/** The funders of a list of typed amounts, once each, in order of appearance (unnamed ones left out). */
export function fundingFacet(amounts: readonly { funder?: string | undefined }[]): string[] {
  return [...new Set(amounts.flatMap((a) => funderNames(a.funder)))].filter((f) => f !== NO_FUNDER);
}

/**
 * Computes the search filters of a sheet.
 * @param sheet the sheet.
 * @param lookups names of themes and territories by id.
 * @param extra axis and source labels.
 */
export function sheetFacets(
  sheet: Pick<SheetSummary, 'kind' | 'territories' | 'themes'>,
  lookups: { themes: ReadonlyMap<string, { data: { name: string } }>; territories: ReadonlyMap<string, TerritoryEntry> },
  extra: { axis?: string | undefined; source: string; funders?: readonly string[] },
): SearchFacets {
  return {
    kind: [SHEET_KINDS[sheet.kind].label],
    theme: sheet.themes.map((id) => {
      const theme = lookups.themes.get(id);
      if (!theme) throw new Error(`Thème inconnu : ${id}`);
      return theme.data.name;
    }),
    territoire: filterTerritoryNames(sheet.territories, lookups.territories),
    axe: extra.axis ? [extra.axis] : [],
    source: [extra.source],
    financeur: [...(extra.funders ?? [])],
  };
}
