/** An Atom 1.0 feed, built as a string (no dependency). */

export interface FeedEntry {
  /** URL of the sheet (absolute, or relative to the feed when the site has no public URL). */
  url: string;
  /** Permanent identifier (an absolute IRI); the URL when not given. */
  id?: string;
  title: string;
  summary: string;
  /** Date of addition, ISO (« 2026-11-25 »). */
  updated: string;
  /** Category label (kind of sheet). */
  category: string;
}

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** A full ISO timestamp for a date (Atom requires one). */
export function atomDate(iso: string): string {
  return iso.length === 10 ? `${iso}T00:00:00Z` : iso;
}

/**
 * The feed, newest entries first (ties keep their order).
 * @param feed title, home page URL and the feed's own URL.
 */
export function atomFeed(
  feed: { title: string; siteUrl: string; feedUrl: string; author: string; id?: string },
  entries: readonly FeedEntry[],
): string {
  const sorted = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.updated.localeCompare(a.e.updated) || a.i - b.i)
    .map((x) => x.e);
  const updated = sorted[0]?.updated ?? '1970-01-01';
  const items = sorted
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id ?? e.url)}</id>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.url)}"/>
    <updated>${atomDate(e.updated)}</updated>
    <category term="${escapeXml(e.category)}"/>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <id>${escapeXml(feed.id ?? feed.feedUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link href="${escapeXml(feed.siteUrl)}"/>
  <link rel="self" href="${escapeXml(feed.feedUrl)}"/>
  <updated>${atomDate(updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${items}
</feed>
`;
}
