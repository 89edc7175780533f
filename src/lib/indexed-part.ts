/**
 * What Pagefind needs of a built page: the element marked data-pagefind-body (with everything it holds)
 * and the page's language and title, without the head's inlined styles, the header, the footer and the
 * menus, which it would parse only to ignore. On a sheet page that is about half the bytes.
 */

/** The page reduced to its indexed element, or null if it has none (or it cannot be delimited). */
export function indexedPart(html: string): string | null {
  const marker = /<([a-z][a-z0-9-]*)\b[^<>]*\sdata-pagefind-body[\s=>]/.exec(html);
  if (!marker) return null;
  const tag = marker[1]!;
  const start = marker.index;
  // The matching end tag: same-named elements may be nested (a measure's local examples are articles).
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  let end = -1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = html.indexOf('>', m.index) + 1;
      break;
    }
  }
  if (end <= 0) return null;
  const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'fr';
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${title}</head><body>${html.slice(start, end)}</body></html>`;
}
