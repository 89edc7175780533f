import type { APIRoute } from 'astro';
import { getCommuneIndex } from '../data/communes';

/** The communes of Occitanie and the sheets that concern each one, for « Ma commune » and the search box. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getCommuneIndex()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
