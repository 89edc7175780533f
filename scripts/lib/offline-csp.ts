import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy of the offline edition, opened from file:// (a USB key, a shared folder).
 * Measured in Debian's Chromium: under file://, 'self' matches the edition's own files (its classic
 * scripts, styles, images and forms), an inline script is refused, an inline style runs only with its
 * hash, and a request to any http(s) host is refused. No 'unsafe-inline', no 'unsafe-eval'.
 * base-uri 'none' stops a `<base href="https://…">` from moving the relative script paths elsewhere.
 */
export function offlineCsp(styleHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self'${styleHashes.map((h) => ` '${h}'`).join('')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "manifest-src 'self'",
  ].join('; ');
}

/** sha256 of each inline `<style>` of a page, as CSP writes it. */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) {
    hashes.add(
      `sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}`,
    );
  }
  return [...hashes];
}

/**
 * Puts the offline CSP first in the head of a page (before any style or script it governs), replacing
 * the hosted site's one (its hashes are those of the module scripts the offline edition removes).
 * Inline scripts are not allowed: the offline edition has none (data blocks are type=application/json).
 */
export function withOfflineCsp(html: string): string {
  const stripped = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
  const meta = `<meta http-equiv="content-security-policy" content="${offlineCsp(inlineStyleHashes(stripped))}">`;
  if (!/<head>/i.test(stripped)) throw new Error('page without <head>: cannot add the offline CSP');
  return stripped.replace(/<head>/i, `<head>${meta}`);
}
