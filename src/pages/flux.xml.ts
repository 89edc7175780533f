import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { atomFeed, type FeedEntry } from '../lib/atom';
import { getSheetEntries } from '../data/sheets';
import { PAGE_KIND_IDS, SHEET_KINDS } from '../schemas/registry';
import { sheetUrl } from '../lib/sheet-kinds';
import { siteConfig } from '../site.config';
import { absoluteUrl, editionNotice, publicValue } from '../lib/publication';

/**
 * Atom feed of the sheets with a page of their own (registry), newest first (date of addition, else
 * the site's last update). Without a public URL in src/site.config.ts, links are relative to the feed's
 * own address (feed readers resolve them) and identifiers are name-based UUIDs of the path (Atom needs
 * absolute IRIs), never a made-up domain.
 */
export const GET: APIRoute = async () => {
  const abs = (path: string) => absoluteUrl(siteConfig, path) ?? path;
  const id = (path: string) => absoluteUrl(siteConfig, path) ?? nameUuid(path);
  const entries: FeedEntry[] = [];
  for (const kind of PAGE_KIND_IDS) {
    for (const e of await getSheetEntries(SHEET_KINDS[kind].collection)) {
      entries.push({
        url: abs(sheetUrl(kind, e.id)),
        id: id(sheetUrl(kind, e.id)),
        title: e.data.title,
        summary: e.data.summary,
        updated: e.data.added ?? siteConfig.lastUpdated,
        category: SHEET_KINDS[kind].label,
      });
    }
  }
  const xml = atomFeed(
    {
      title: siteConfig.name,
      siteUrl: abs('/'),
      feedUrl: abs('/flux.xml'),
      id: id('/flux.xml'),
      author: publicValue(siteConfig, 'publisher.name') ?? editionNotice(siteConfig)!,
    },
    entries,
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};

/** A stable « urn:uuid: » for a path of the site (UUID version 5 layout over SHA-1, RFC 9562). */
function nameUuid(path: string): string {
  const h = createHash('sha1').update(`atlas-solidarites-occitanie:${path}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
