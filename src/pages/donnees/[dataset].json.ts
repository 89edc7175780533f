import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { datasetRows } from '../../data/open-data';
import { DATASETS, DATASET_IDS, LICENCE, fieldDocs, type DatasetId } from '../../lib/open-data';
import { siteConfig } from '../../site.config';
import { editionNotice, publicValue } from '../../lib/publication';

export const getStaticPaths: GetStaticPaths = () => DATASET_IDS.map((dataset) => ({ params: { dataset } }));

/** A dataset in JSON, with its licence, producer, sources, date of last update and field documentation. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.dataset as DatasetId;
  const rows = await datasetRows(id);
  const sources = (await getCollection('sources')).sort((a, b) => a.data.order - b.data.order).map((s) => s.data.title);
  const body = {
    titre: DATASETS[id].title,
    description: DATASETS[id].description(rows.length),
    // Unpublished edition: no producer is named, the notice says so.
    producteur: publicValue(siteConfig, 'publisher.name') ?? editionNotice(siteConfig),
    licence: LICENCE,
    sources,
    mise_a_jour: siteConfig.lastUpdated,
    champs: fieldDocs(id),
    nombre: rows.length,
    enregistrements: rows,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
