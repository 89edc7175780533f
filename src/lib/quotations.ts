/**
 * Short quotations (RGAA 9.4): in sheet bodies, summaries and the notes on the sources, the house rule
 * is that « … » mark a quotation from a source. This marks each such pair as `<q>…</q>`, keeping the
 * guillemets in the text (the stylesheet sets `q { quotes: none }` so they show once).
 *
 * Works on the HTML of a page: only text between tags counts (never an attribute), only inside an
 * element whose class is one of `regions`, and only when « and its » have the same parent element
 * (a pair that straddles elements, or would hold a block such as a list, is left as is and counted in
 * `skipped`). Nested « » are marked too.
 */

import { closingTagIndex } from './html-scan';

/** Classes of the elements whose « » are quotations: sheet bodies, summaries, notes on the sources, card summaries. */
export const QUOTATION_REGIONS: readonly string[] = ['sheet-text', 'lead', 'source-notes', 'card-summary'];

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);
/** Elements a <q> (phrasing content) may not hold: a « open before one of them is left unmarked. */
const BLOCK = new Set(
  'address article aside blockquote details dialog div dl dd dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul'.split(
    ' ',
  ),
);

export interface QuotationResult {
  html: string;
  /** Quotations marked. */
  marked: number;
  /** « without a matching » under the same parent (left unmarked). */
  skipped: number;
}

/** Marks the « … » of the quotation regions of `html` as `<q>`. */
export function markQuotations(html: string, regions: readonly string[] = QUOTATION_REGIONS): QuotationResult {
  // Without an opening guillemet there is nothing to mark nor to count.
  if (!html.includes('«')) return { html, marked: 0, skipped: 0 };
  const out: string[] = [];
  // Element stack: whether each open element is (or is inside) a region.
  const stack: { tag: string; region: boolean }[] = [];
  // Open « : index in `out` of the piece where it starts, and the stack depth.
  const opens: { piece: number; depth: number }[] = [];
  let marked = 0;
  let skipped = 0;
  const tagRe = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  const inRegion = () => stack.length > 0 && stack[stack.length - 1]!.region;
  const text = (chunk: string) => {
    if (!inRegion() || !/[«»]/.test(chunk)) {
      out.push(chunk);
      return;
    }
    for (const part of chunk.split(/([«»])/)) {
      if (part === '«') {
        opens.push({ piece: out.length, depth: stack.length });
        out.push('«');
      } else if (part === '»') {
        const open = opens[opens.length - 1];
        if (open && open.depth === stack.length) {
          opens.pop();
          out[open.piece] = `<q>${out[open.piece]}`;
          out.push('»</q>');
          marked += 1;
        } else out.push('»');
      } else if (part) out.push(part);
    }
  };
  const dropOpensDeeperThan = (depth: number) => {
    while (opens.length && opens[opens.length - 1]!.depth > depth) {
      opens.pop();
      skipped += 1;
    }
  };
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    text(html.slice(last, m.index));
    const tag = m[1]?.toLowerCase();
    const whole = m[0];
    last = tagRe.lastIndex;
    if (!tag) {
      out.push(whole);
      continue;
    }
    if (whole.startsWith('</')) {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.tag !== tag) at -= 1;
      if (at >= 0) {
        // A « still open when its parent closes straddles elements: left unmarked.
        dropOpensDeeperThan(at);
        stack.length = at;
      }
      out.push(whole);
      continue;
    }
    out.push(whole);
    if (BLOCK.has(tag)) {
      skipped += opens.length;
      opens.length = 0;
    }
    if (VOID.has(tag) || whole.endsWith('/>')) continue;
    if (RAW.has(tag)) {
      const end = closingTagIndex(html, tag, last);
      const stop = end < 0 ? html.length : end;
      out.push(html.slice(last, stop));
      last = stop;
      tagRe.lastIndex = stop;
      continue;
    }
    const classes = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[2] ?? '');
    const own = (classes?.[1] ?? classes?.[2] ?? '').split(/\s+/).some((c) => regions.includes(c));
    stack.push({ tag, region: own || inRegion() });
  }
  text(html.slice(last));
  skipped += opens.length;
  return { html: out.join(''), marked, skipped };
}
