/**
 * What a URL written in a sheet body points to, judged on the decoded value (Markdown and HTML entities
 * are already decoded by the parser: `&#106;avascript:` arrives here as `javascript:`).
 */
export type UrlKind =
  | { kind: 'external'; url: string }
  | { kind: 'contact'; url: string }
  | { kind: 'anchor'; url: string }
  | { kind: 'internal'; url: string }
  | { kind: 'refused'; reason: string };

/** Protocols a link may use; any other scheme (javascript:, data:, vbscript:, file:…) is refused. */
export const LINK_PROTOCOLS = ['https', 'http', 'mailto', 'tel'] as const;

// Browsers drop ASCII tab and newlines anywhere in a URL and trim C0 controls and spaces at both ends.
const STRIPPED = /[\t\n\r]/g;
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** The URL as a browser would read it. */
export function normalizeUrl(raw: string): string {
  return raw.replace(STRIPPED, '').replace(EDGES, '');
}

/**
 * Classifies a link or image address.
 * @param raw the address as parsed (entities decoded).
 */
export function classifyUrl(raw: string): UrlKind {
  const url = normalizeUrl(raw);
  if (url === '') return { kind: 'refused', reason: 'adresse vide' };
  if (/^[\\/]{2}/.test(url) || /^\/\\/.test(url)) {
    return { kind: 'refused', reason: 'adresse sans protocole (« //… ») : écrivez l’adresse complète en https://…' };
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'https' || scheme === 'http') return { kind: 'external', url };
    if (scheme === 'mailto' || scheme === 'tel') return { kind: 'contact', url };
    return {
      kind: 'refused',
      reason: `protocole « ${scheme}: » interdit : un lien commence par https://, http://, mailto: ou tel:, ou par / pour une page de l’Atlas`,
    };
  }
  if (url.startsWith('#')) return { kind: 'anchor', url };
  return { kind: 'internal', url };
}

const ORIGIN = 'https://atlas.invalid';

/**
 * Resolves an internal address against the page of the sheet and writes it root-absolute, with the
 * site's trailing slash (`../autre/` from /mesures/x/ gives /mesures/autre/), so that it keeps working
 * in the dossiers (another page) and in the offline edition (which rewrites root-absolute links).
 * @returns the root-absolute URL and its path, or null if it leaves the site.
 */
export function resolveInternal(url: string, pageRoute: string): { url: string; path: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(normalizeUrl(url), ORIGIN + pageRoute);
  } catch {
    return null;
  }
  if (parsed.origin !== ORIGIN) return null;
  let path = parsed.pathname;
  const last = path.split('/').at(-1) ?? '';
  if (last !== '' && !last.includes('.')) path += '/';
  return { url: path + parsed.search + parsed.hash, path: decodeURI(path) };
}
