import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetRows } from '../../data/open-data';
import { toCsv } from '../../lib/csv';
import { DATASET_IDS, columnsOf, type DatasetId } from '../../lib/open-data';

export const getStaticPaths: GetStaticPaths = () => DATASET_IDS.map((dataset) => ({ params: { dataset } }));

/** A dataset in CSV (RFC 4180, UTF-8), columns as documented on /donnees/. */
export const GET: APIRoute = async ({ params }) => {
  const id = params.dataset as DatasetId;
  return new Response(toCsv(columnsOf(id), await datasetRows(id)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
