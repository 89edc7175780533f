import { getLookups } from './lookups';
import { contentPeriod } from '../lib/source-dates';

/** The period of the content, from the dates of the source documents (« juillet 2020 » – « juillet 2024 »). */
export async function getContentPeriod(): Promise<{ from: string; to: string; count: number } | null> {
  const sources = [...(await getLookups()).sources.values()].map((s) => s.data);
  const period = contentPeriod(sources);
  return period && { ...period, count: sources.length };
}
