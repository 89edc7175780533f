/**
 * French typography for text: no-break spaces before high punctuation and inside guillemets.
 * Narrow no-break space (U+202F) before ; ! ? and no-break space (U+00A0) before : and inside « ».
 */

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** Applies French spacing rules to plain text (not HTML). */
export function frenchText(text: string): string {
  return (
    text
      .replace(/([A-Za-zÀ-ÖØ-öø-ÿŒœ])(?:'|&#39;)(?=[A-Za-zÀ-ÖØ-öø-ÿŒœ])/g, '$1’')
      .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
      .replace(/([^\s\d/:])[ \u00A0]+:(?=\s|$)/g, `$1${NBSP}:`)
      .replace(/«[ \u00A0]*/g, `«${NBSP}`)
      .replace(/[ \u00A0]*»/g, `${NBSP}»`)
      .replace(/(\d)[ \u00A0](%|€|M€|Md€|k€|euros?\b|km\b)/g, `$1${NBSP}$2`)
      // Thousands: « 15 000 » never broken across lines (narrow no-break space, as Intl.NumberFormat writes it).
      .replace(
        /(?<![\d,.])(\d{1,3})((?: \d{3})+)(?!\d)/g,
        (_m, head: string, groups: string) => `${head}${groups.replaceAll(' ', NNBSP)}`,
      )
  );
}

const SKIP = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template']);

/**
 * Applies {@link frenchText} to the text nodes of an HTML document, leaving tags, attributes,
 * comments and the content of script, style, pre, code, textarea and template untouched.
 */
export function frenchHtml(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(frenchText(html.slice(i)));
      break;
    }
    if (lt > i) out.push(frenchText(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt);
      const stop = end === -1 ? html.length : end + 3;
      out.push(html.slice(lt, stop));
      i = stop;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt === -1) {
      out.push(html.slice(lt));
      break;
    }
    out.push(html.slice(lt, gt + 1));
    i = gt + 1;
    const name = /^<([a-zA-Z0-9-]+)/.exec(html.slice(lt, Math.min(gt, lt + 20)))?.[1]?.toLowerCase();
    if (name && SKIP.has(name) && html[gt - 1] !== '/') {
      const close = lower.indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      out.push(html.slice(i, stop));
      i = stop;
    }
  }
  return out.join('');
}
