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
 * Applies {@link frenchText} to the text nodes of an HTML document, leaving tags, attributes,
 * comments and the content of script, style, pre, code, textarea and template untouched.
 */
export function frenchHtml(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += frenchText(html.slice(i));
      break;
    }
    out += frenchText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt);
      const stop = end === -1 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt === -1) {
      out += html.slice(lt);
      break;
    }
    const tag = html.slice(lt, gt + 1);
    out += tag;
    i = gt + 1;
    const name = /^<([a-zA-Z0-9-]+)/.exec(tag)?.[1]?.toLowerCase();
    if (name && SKIP.has(name) && !tag.endsWith('/>')) {
      const close = lower.indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      out += html.slice(i, stop);
      i = stop;
    }
  }
  return out;
}
