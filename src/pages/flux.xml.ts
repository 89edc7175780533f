import type { APIRoute } from 'astro';
import { atomFeed, type FeedEntry } from '../lib/atom';
import { getSheetEntries } from '../data/sheets';
import { PAGE_KIND_IDS, SHEET_KINDS } from '../schemas/registry';
import { sheetUrl } from '../lib/sheet-kinds';
import { siteConfig } from '../site.config';

/** Atom feed of the sheets with a page of their own (registry), newest first (date of addition, else the site's last update). */
export const GET: APIRoute = async () => {
  const abs = (path: string) => new URL(path, siteConfig.url).href;
  const entries: FeedEntry[] = [];
  for (const kind of PAGE_KIND_IDS) {
    for (const e of await getSheetEntries(SHEET_KINDS[kind].collection)) {
      entries.push({
        url: abs(sheetUrl(kind, e.id)),
        title: e.data.title,
        summary: e.data.summary,
        updated: e.data.added ?? siteConfig.lastUpdated,
        category: SHEET_KINDS[kind].label,
      });
    }
  }
  const xml = atomFeed(
    { title: siteConfig.name, siteUrl: abs('/'), feedUrl: abs('/flux.xml'), author: siteConfig.publisher.name },
    entries,
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
