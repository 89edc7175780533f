/**
 * Links that work both on the hosted site (root-absolute, « /ateliers/x/ ») and in the offline
 * edition opened from a USB key (relative, « ../../ateliers/x/index.html »).
 */

/**
 * The relative prefix from a page to the site root: « /ateliers/x/index.html » → « ../../ ».
 * @param pagePath path of the HTML file from the root, with or without a leading slash.
 */
export function rootPrefix(pagePath: string): string {
  const depth = pagePath.replace(/^\/+/, '').split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * Turns a root-absolute link into one that works from file://: relative to the page, with
 * « index.html » for folders, query and anchor kept. Other links (http:, mailto:, #x, relative) are
 * returned unchanged. With root null (hosted site) the link is returned unchanged.
 */
export function localHref(href: string, root: string | null): string {
  if (root === null || !href.startsWith('/') || href.startsWith('//')) return href;
  const match = /^([^?#]*)([?#].*)?$/.exec(href);
  let path = (match?.[1] ?? href).slice(1);
  const rest = match?.[2] ?? '';
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return `${root}${path}${rest}`;
}

/**
 * Rewrites every root-absolute href, src and action attribute, and every CSS url(/…), of an HTML
 * page so that it works from file://.
 * @param pagePath path of the page's file from the root (« ateliers/x/index.html »).
 */
export function relativizeHtml(html: string, pagePath: string): string {
  const root = rootPrefix(pagePath);
  return html
    .replace(/\b(href|src|action)="(\/[^"]*)"/g, (_m, attr: string, url: string) => `${attr}="${localHref(url, root)}"`)
    .replace(/url\((['"]?)(\/[^)'"]*)\1\)/g, (_m, q: string, url: string) => `url(${q}${localHref(url, root)}${q})`);
}

/** Rewrites CSS url(/…) of a stylesheet stored at cssPath (« _astro/x.css »). */
export function relativizeCss(css: string, cssPath: string): string {
  const root = rootPrefix(cssPath);
  return css.replace(/url\((['"]?)(\/[^)'"]*)\1\)/g, (_m, q: string, url: string) => `url(${q}${localHref(url, root)}${q})`);
}
