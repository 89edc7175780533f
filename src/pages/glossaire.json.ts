import type { APIRoute } from 'astro';
import { getGlossaryTerms } from '../data/glossary';

/** The glossary terms, read by the build step that marks the first use of each acronym (<abbr>). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ termes: await getGlossaryTerms() }), { headers: { 'Content-Type': 'application/json' } });
