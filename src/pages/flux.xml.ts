import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed, type FeedEntry } from '../lib/atom';
import { SHEET_KINDS, sheetUrl, type SheetKind } from '../lib/sheet-kinds';
import { siteConfig } from '../site.config';
import { absoluteUrl, editionNotice, publicValue } from '../lib/publication';

/**
 * Atom feed of the sheets, newest first (date of addition, else the site's last update). Without a
 * public URL in src/site.config.ts, links are relative to the feed's own address (feed readers
 * resolve them), never a made-up domain.
 */
export const GET: APIRoute = async () => {
  const abs = (path: string) => absoluteUrl(siteConfig, path) ?? path;
  const entries: FeedEntry[] = [];
  const add = (kind: SheetKind, list: { id: string; data: { title: string; summary: string; added?: string | undefined } }[]) => {
    for (const e of list) {
      entries.push({
        url: abs(sheetUrl(kind, e.id)),
        title: e.data.title,
        summary: e.data.summary,
        updated: e.data.added ?? siteConfig.lastUpdated,
        category: SHEET_KINDS[kind].label,
      });
    }
  };
  add('atelier', await getCollection('ateliers'));
  add('mesure', await getCollection('mesures'));
  add('action', await getCollection('actions'));
  add('figure', await getCollection('figures'));
  add('vision', await getCollection('visions'));
  const xml = atomFeed(
    {
      title: siteConfig.name,
      siteUrl: abs('/'),
      feedUrl: abs('/flux.xml'),
      author: publicValue(siteConfig, 'publisher.name') ?? editionNotice(siteConfig)!,
    },
    entries,
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
