/**
 * What the post-build HTML steps (typography, quotations, acronyms) share to walk a page: where a raw-text
 * element ends and the name of a tag, found without copying the page (lowercasing a page of several
 * megabytes for each <script> or <title> it holds was a quarter of those steps on a 10 000-sheet build).
 */

const closers = new Map<string, RegExp>();

/**
 * Index of the first `</name` (any case) in `html` from `from`, or -1. `name` is a lowercase tag name.
 */
export function closingTagIndex(html: string, name: string, from: number): number {
  let re = closers.get(name);
  if (!re) {
    re = new RegExp(`</${name}`, 'gi');
    closers.set(name, re);
  }
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

const OPENING_TAG = /<([a-zA-Z0-9-]+)/y;

/** The lowercase name of the opening tag that starts at `lt` (`<p …>`), or undefined (closing tag, comment, doctype). */
export function openingTagName(html: string, lt: number): string | undefined {
  OPENING_TAG.lastIndex = lt;
  return OPENING_TAG.exec(html)?.[1]?.toLowerCase();
}
