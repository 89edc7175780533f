import { getCollection } from 'astro:content';
import { getLookups, type Lookups } from './lookups';
import { fundingRows, type FundingRow, type FundingSource, type FundingTag } from '../lib/funding-table';
import { SHEET_KINDS, sheetUrl } from '../lib/sheet-kinds';
import { byTerritoryOrder, territoryLabel } from '../lib/territories';
import { sourceYear as yearOfSource } from '../lib/source-dates';

function themes(refs: readonly { id: string }[], lookups: Lookups): FundingTag[] {
  return refs.map((r) => ({ id: r.id, label: lookups.themes.get(r.id)?.data.name ?? r.id }));
}

function territories(refs: readonly { id: string }[], lookups: Lookups): FundingTag[] {
  return refs
    .map((r) => lookups.territories.get(r.id))
    .filter((t) => t !== undefined)
    .sort(byTerritoryOrder)
    .map((t) => ({ id: t.id, label: territoryLabel(t) }));
}

/** The year a source covers (« 2021 » for the bilan written in 2022), else the year of its date. */
function sourceYear(id: string, lookups: Lookups): number | undefined {
  const s = lookups.sources.get(id)?.data;
  return s ? yearOfSource(s) : undefined;
}

/**
 * Every sheet and local example that carries typed amounts, in site order (ateliers, then mesures
 * with their examples). Pacte actions have no amount field: the 2024 synthesis gives no amounts.
 */
export async function getFundingSources(): Promise<FundingSource[]> {
  const lookups = await getLookups();
  const out: FundingSource[] = [];
  const ateliers = (await getCollection('ateliers')).sort((a, b) => a.data.order - b.data.order);
  for (const a of ateliers) {
    if (a.data.funding.length === 0) continue;
    const year = sourceYear(a.data.source.document.id, lookups);
    out.push({
      kindLabel: SHEET_KINDS.atelier.label,
      title: a.data.title,
      href: sheetUrl('atelier', a.id),
      themes: themes(a.data.themes, lookups),
      territories: territories(a.data.territories, lookups),
      ...(year !== undefined && { sourceYear: year }),
      sourceTitle: lookups.sources.get(a.data.source.document.id)?.data.shortTitle ?? '',
      amounts: a.data.funding,
    });
  }
  const mesures = (await getCollection('mesures')).sort(
    (a, b) => a.data.axis.id.localeCompare(b.data.axis.id) || a.data.order - b.data.order,
  );
  for (const m of mesures) {
    const year = sourceYear(m.data.source.document.id, lookups);
    const sourceTitle = lookups.sources.get(m.data.source.document.id)?.data.shortTitle ?? '';
    const base = { ...(year !== undefined && { sourceYear: year }), sourceTitle };
    if (m.data.funding.length > 0) {
      out.push({
        kindLabel: SHEET_KINDS.mesure.label,
        title: m.data.title,
        href: sheetUrl('mesure', m.id),
        themes: themes(m.data.themes, lookups),
        territories: territories(m.data.territories, lookups),
        ...base,
        amounts: m.data.funding,
      });
    }
    for (const e of m.data.examples) {
      if (e.funding.length === 0) continue;
      out.push({
        kindLabel: SHEET_KINDS.exemple.label,
        title: e.title,
        parentTitle: m.data.title,
        href: sheetUrl('mesure', m.id, e.id),
        themes: themes(e.themes ?? m.data.themes, lookups),
        territories: territories(e.territories, lookups),
        ...base,
        amounts: e.funding,
      });
    }
  }
  return out;
}

/** The rows of the Financements page. */
export async function getFundingRows(): Promise<FundingRow[]> {
  return fundingRows(await getFundingSources());
}
