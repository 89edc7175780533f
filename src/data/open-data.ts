import { axisNumber } from '../lib/axes';
import { getCollection, getEntry } from 'astro:content';
import { getLookups, type Lookups } from './lookups';
import { getExampleRecords } from './examples';
import { listCell, type Cell } from '../lib/csv';
import type { DatasetId } from '../lib/open-data';
import { sheetUrl } from '../lib/sheet-kinds';
import { byOrder } from '../lib/tags';

type Row = Record<string, Cell>;

function names(refs: readonly { id: string }[], lookups: Lookups, map: 'territories' | 'themes'): string {
  return listCell(refs.map((r) => lookups[map].get(r.id)?.data.name ?? r.id));
}
function codes(refs: readonly { id: string }[], lookups: Lookups): string {
  return listCell([
    ...new Set(
      refs.map((r) => lookups.territories.get(r.id)?.data.code).filter((c): c is NonNullable<typeof c> => c !== undefined),
    ),
  ]);
}
function sourceCells(source: { document: { id: string }; section: string }, lookups: Lookups): Row {
  return { source: lookups.sources.get(source.document.id)?.data.shortTitle ?? source.document.id, section: source.section };
}

/** The rows of a dataset, in site order. */
export async function datasetRows(id: DatasetId): Promise<Row[]> {
  const lookups = await getLookups();
  switch (id) {
    case 'ateliers':
      return (await getCollection('ateliers')).sort(byOrder).map((e) => ({
        id: e.id,
        url: sheetUrl('atelier', e.id),
        titre: e.data.title,
        format: e.data.format,
        numero: e.data.number,
        evenement: e.data.event,
        date: e.data.date?.toISOString().slice(0, 10) ?? '',
        intention: e.data.intent,
        communes: listCell(e.data.communes),
        territoires: names(e.data.territories, lookups, 'territories'),
        codes_insee: codes(e.data.territories, lookups),
        intervenants: listCell(e.data.speakers.map((p) => `${p.name} (${p.role})`)),
        themes: names(e.data.themes, lookups, 'themes'),
        resume: e.data.summary,
        ...sourceCells(e.data.source, lookups),
      }));
    case 'mesures': {
      const rows: Row[] = [];
      for (const e of await getCollection('mesures')) {
        const axis = await getEntry(e.data.axis);
        rows.push({
          id: e.id,
          url: sheetUrl('mesure', e.id),
          titre: e.data.title,
          axe: axis.data.number,
          ordre: e.data.order,
          suivi_par: e.data.followedBy,
          territoires: names(e.data.territories, lookups, 'territories'),
          codes_insee: codes(e.data.territories, lookups),
          nb_exemples: e.data.examples.length,
          themes: names(e.data.themes, lookups, 'themes'),
          resume: e.data.summary,
          ...sourceCells(e.data.source, lookups),
        });
      }
      return rows.sort((a, b) => Number(a.axe) - Number(b.axe) || Number(a.ordre) - Number(b.ordre));
    }
    case 'exemples-locaux': {
      const mesures = await getCollection('mesures');
      const byExample = new Map(mesures.flatMap((m) => m.data.examples.map((x) => [x.id, { m, x }] as const)));
      return (await getExampleRecords()).map((r) => {
        const { m, x } = byExample.get(r.id)!;
        return {
          id: r.id,
          url: r.url,
          titre: r.title,
          lieu: r.placeLabel,
          territoires: names(x.territories, lookups, 'territories'),
          codes_insee: codes(x.territories, lookups),
          mesure: m.id,
          axe: axisNumber(m.data.axis.id),
          themes: listCell(r.facets.theme),
          resume: r.summary,
          ...sourceCells(m.data.source, lookups),
        };
      });
    }
    case 'actions': {
      const rows: Row[] = [];
      for (const e of (await getCollection('actions')).sort(
        (a, b) => a.data.sousAxe.id.localeCompare(b.data.sousAxe.id) || a.id.localeCompare(b.id),
      )) {
        const sousAxe = await getEntry(e.data.sousAxe);
        const filed = e.data.filedInSourceUnder ? await getEntry(e.data.filedInSourceUnder) : undefined;
        rows.push({
          id: e.id,
          url: sheetUrl('action', e.id),
          titre: e.data.title,
          territoires: names([e.data.territory], lookups, 'territories'),
          codes_insee: codes([e.data.territory], lookups),
          sous_axe: sousAxe.data.code,
          sous_axe_dans_la_source: filed?.data.code,
          objectifs: listCell(e.data.objectives),
          calendrier: e.data.timingText,
          annee_debut: e.data.startYear,
          duree_annees: e.data.durationYears,
          nature: e.data.nature,
          themes: names(e.data.themes, lookups, 'themes'),
          resume: e.data.summary,
          ...sourceCells(e.data.source, lookups),
        });
      }
      return rows;
    }
    case 'figures':
      return (await getCollection('figures')).sort(byOrder).map((e) => ({
        id: e.id,
        url: sheetUrl('figure', e.id),
        titre: e.data.title,
        question: e.data.question,
        themes: names(e.data.themes, lookups, 'themes'),
        resume: e.data.summary,
        ...sourceCells(e.data.source, lookups),
      }));
    case 'visions':
      return (await getCollection('visions'))
        .sort((a, b) => a.data.city.localeCompare(b.data.city) || a.data.order - b.data.order)
        .map((e) => ({
          id: e.id,
          url: sheetUrl('vision', e.id),
          titre: e.data.title,
          ville: e.data.city,
          annee: e.data.year,
          figures: listCell(e.data.figures.map((f) => f.id)),
          themes: names(e.data.themes, lookups, 'themes'),
          resume: e.data.summary,
          ...sourceCells(e.data.source, lookups),
        }));
    case 'territoires':
      return (await getCollection('territoires')).sort(byOrder).map((t) => ({
        id: t.id,
        nom: t.data.name,
        type: t.data.kind,
        code_insee: t.data.code,
        departement: t.data.parent?.id,
        contractualisation_2021: t.data.contractualisation2021?.value,
        contractualisation_2021_note: [t.data.contractualisation2021?.display, t.data.contractualisation2021?.label]
          .filter(Boolean)
          .join(' ; '),
      }));
    case 'themes':
      return (await getCollection('themes'))
        .sort(byOrder)
        .map((t) => ({ id: t.id, nom: t.data.name, description: t.data.description }));
  }
}
