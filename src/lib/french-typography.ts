/**
 * French typography for text: no-break spaces before high punctuation and inside guillemets.
 * Narrow no-break space (U+202F) before ; ! ? and no-break space (U+00A0) before : and inside « ».
 */

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** Applies French spacing rules to plain text (not HTML). */
export function frenchText(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/(\p{L})&#39;(?=\p{L})/gu, '$1’')
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
    .replace(/([^\s\d/:])[ \u00A0]+:(?=\s|$)/g, `$1${NBSP}:`)
    .replace(/«[ \u00A0]*/g, `«${NBSP}`)
    .replace(/[ \u00A0]*»/g, `${NBSP}»`)
    .replace(/(\d)[ \u00A0](%|€)/g, `$1${NBSP}$2`);
}

const SKIP = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template']);

/**
 * Applies {@link frenchText} to the text nodes of an HTML document, leaving tags, attributes and
 * the content of script, style, pre, code, textarea and template untouched.
 */
export function frenchHtml(html: string): string {
  const parts = html.split(/(<[^>]*>)/);
  let skipping: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (part.startsWith('<')) {
      const tag = /^<\/?\s*([a-zA-Z0-9-]+)/.exec(part)?.[1]?.toLowerCase();
      if (!tag) continue;
      if (skipping === null && SKIP.has(tag) && !part.startsWith('</') && !part.endsWith('/>')) skipping = tag;
      else if (skipping === tag && part.startsWith('</')) skipping = null;
      continue;
    }
    if (skipping === null && part.length > 0) parts[i] = frenchText(part);
  }
  return parts.join('');
}
