import type { APIRoute } from 'astro';
import { getExampleRecords } from '../../data/examples';

/** Open data: every local example with its URL, measure, territories and themes. */
export const GET: APIRoute = async () => {
  const records = await getExampleRecords();
  return new Response(JSON.stringify({ count: records.length, exemples: records }, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
