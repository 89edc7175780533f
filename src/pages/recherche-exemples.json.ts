import type { APIRoute } from 'astro';
import { getExampleRecords } from '../data/examples';

/** Search data: every local example with its URL and filters, indexed as its own record (scripts/index-search.ts). */
export const GET: APIRoute = async () => {
  const records = await getExampleRecords();
  return new Response(JSON.stringify({ count: records.length, exemples: records }, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
