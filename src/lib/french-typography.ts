/**
 * French typography for text: no-break spaces before high punctuation and inside guillemets.
 * Narrow no-break space (U+202F) before ; ! ? and no-break space (U+00A0) before : and inside « ».
 */

import { closingTagIndex, openingTagName } from './html-scan';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** A text none of the rules below can change: no apostrophe, entity, high punctuation, guillemet or digit. */
const UNTOUCHED = /^[^'&;!?:«»0-9]*$/;

/**
 * The rules, in order: each with the test a text must pass for the rule to change it (a character its
 * pattern needs), so that a text is scanned only by the rules that can apply.
 */
const RULES: readonly { applies: (text: string) => boolean; apply: (text: string) => string }[] = [
  {
    applies: (t) => t.includes("'") || t.includes('&#39;'),
    apply: (t) => t.replace(/([A-Za-zÀ-ÖØ-öø-ÿŒœ])(?:'|&#39;)(?=[A-Za-zÀ-ÖØ-öø-ÿŒœ])/g, '$1’'),
  },
  { applies: (t) => /[;!?]/.test(t), apply: (t) => t.replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`) },
  { applies: (t) => t.includes(':'), apply: (t) => t.replace(/([^\s\d/:])[ \u00A0]+:(?=\s|$)/g, `$1${NBSP}:`) },
  { applies: (t) => t.includes('«'), apply: (t) => t.replace(/«[ \u00A0]*/g, `«${NBSP}`) },
  { applies: (t) => t.includes('»'), apply: (t) => t.replace(/[ \u00A0]*»/g, `${NBSP}»`) },
  {
    applies: (t) => /\d/.test(t),
    apply: (t) => t.replace(/(\d)[ \u00A0](%|€|M€|Md€|k€|euros?\b|km\b)/g, `$1${NBSP}$2`),
  },
  // Thousands: « 15 000 » never broken across lines (narrow no-break space, as Intl.NumberFormat writes it).
  {
    applies: (t) => /\d \d/.test(t),
    apply: (t) =>
      t.replace(
        /(?<![\d,.])(\d{1,3})((?: \d{3})+)(?!\d)/g,
        (_m, head: string, groups: string) => `${head}${groups.replaceAll(' ', NNBSP)}`,
      ),
  },
];

/** Applies French spacing rules to plain text (not HTML). */
export function frenchText(text: string): string {
  if (UNTOUCHED.test(text)) return text;
  let result = text;
  for (const rule of RULES) if (rule.applies(result)) result = rule.apply(result);
  return result;
}

const SKIP = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template']);

/**
 * Applies {@link frenchText} to the text nodes of an HTML document, leaving tags, attributes,
 * comments and the content of script, style, pre, code, textarea and template untouched.
 */
export function frenchHtml(html: string): string {
  // Only the texts that change are copied: the page is rebuilt from the untouched stretches between them.
  const out: string[] = [];
  let copied = 0;
  let changed = false;
  const text = (from: number, to: number) => {
    const before = html.slice(from, to);
    const after = frenchText(before);
    if (after === before) return;
    out.push(html.slice(copied, from), after);
    copied = to;
    changed = true;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(i, html.length);
      break;
    }
    if (lt > i) text(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt === -1) break;
    i = gt + 1;
    const name = openingTagName(html, lt);
    if (name && SKIP.has(name) && html[gt - 1] !== '/') {
      const close = closingTagIndex(html, name, i);
      i = close === -1 ? html.length : close;
    }
  }
  if (!changed) return html;
  out.push(html.slice(copied));
  return out.join('');
}
