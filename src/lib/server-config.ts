/**
 * How the built site is served: one policy (security headers, cache rules, types), rendered as an
 * nginx configuration (Debian's nginx) and as a `_headers` file (Netlify, Cloudflare Pages). The
 * Content-Security-Policy is the one Astro writes in each page's <meta>, with the same hashes, plus
 * what a <meta> cannot carry (frame-ancestors). Pure functions: scripts/build-server-files.ts reads
 * dist/ and writes the files.
 */

/** A parsed policy: directive name → sources, in order of appearance. */
export type CspDirectives = Map<string, string[]>;

/** Parses a Content-Security-Policy (« default-src 'self'; script-src 'self' 'sha256-…' »). */
export function parseCsp(policy: string): CspDirectives {
  const directives: CspDirectives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    // As browsers do, a repeated directive is ignored after its first occurrence.
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** Writes a policy back, directives in the given order. */
export function formatCsp(directives: CspDirectives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what every page's policy allows: the union of the sources of each
 * directive (the hashes of every page's inline scripts and styles). Each page still carries its own
 * stricter <meta>; the browser enforces both. Directives with no sources (upgrade-insecure-requests)
 * are kept as they are.
 * @throws when there is no policy at all (a build without a CSP must not ship a permissive header).
 */
export function mergeCsp(policies: readonly string[]): CspDirectives {
  if (policies.length === 0) throw new Error('aucune Content-Security-Policy trouvée dans les pages construites');
  const merged: CspDirectives = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const list = merged.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name, list);
    }
  }
  return merged;
}

/** The header policy: the merged <meta> policies plus frame-ancestors 'none' (no framing at all). */
export function headerCsp(metaPolicies: readonly string[]): string {
  const directives = mergeCsp(metaPolicies);
  directives.set('frame-ancestors', ["'none'"]);
  return formatCsp(directives);
}

/** The policies of a page's <meta http-equiv="content-security-policy"> tags (attribute entities decoded). */
export function metaCspOf(html: string): string[] {
  const policies: string[] = [];
  for (const [tag] of html.matchAll(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/gi)) {
    const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) policies.push(decodeEntities(content[1] ?? content[2] ?? ''));
  }
  return policies;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The file of the offline edition, served as a zip. */
export const OFFLINE_ZIP = '/atlas-solidarites-hors-ligne.zip';

/** Cache-Control values. */
export const CACHE = {
  /** Files whose name holds a hash of their content: never change, cached for a year. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages and every file with a stable name: five minutes, then checked again (ETag). */
  short: 'public, max-age=300, must-revalidate',
} as const;

/**
 * Files with a content hash in their name, as URL path patterns (`*` = any characters but « / »):
 * Astro's bundles, and Pagefind's index chunks, fragments, filters and metadata.
 */
export const IMMUTABLE_PATHS: readonly string[] = [
  '/_astro/*',
  '/pagefind/fragment/*',
  '/pagefind/index/*',
  '/pagefind/filter/*',
  '/pagefind/pagefind.*.pf_meta',
];

/** The headers of every response, in order. */
export function securityHeaders(csp: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', csp],
    // Two years, as recommended by ANSSI; subdomains are not included (a préfecture's other sites).
    ['Strict-Transport-Security', 'max-age=63072000'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    ],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** An nginx location for a path pattern of IMMUTABLE_PATHS. */
function nginxLocation(pattern: string): string {
  if (pattern.endsWith('/*') && !pattern.slice(0, -2).includes('*')) return `location ^~ ${pattern.slice(0, -1)}`;
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return `location ~ ^${regex}$`;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** The generated files, named by their path under the output folder. */
export interface ServerFiles {
  /** Security headers, included in every location (nginx drops inherited add_header when a location adds one). */
  'nginx/atlas-headers.conf': string;
  /** Everything inside the server block but listen, server_name, TLS and root. */
  'nginx/atlas-site.conf': string;
  /** A complete server block for /etc/nginx/sites-available/, HTTPS with Let's Encrypt paths. */
  'nginx/atlas.conf': string;
}

/**
 * The nginx configuration. `includeDir` is where the two included files are installed, relative
 * to nginx's configuration folder (/etc/nginx) or absolute.
 */
export function nginxConfig(options: { csp: string; root: string; serverName: string | null; includeDir?: string }): ServerFiles {
  const dir = options.includeDir ?? 'atlas';
  const generated = '# Généré par `npm run build` (scripts/build-server-files.ts) : ne pas modifier à la main.';
  const headers = [
    generated,
    '# En-têtes de sécurité de toutes les réponses (pages, fichiers, erreurs).',
    ...securityHeaders(options.csp).map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    '',
  ].join('\n');
  const withHeaders = (cache: string, extra: string[] = []) =>
    [
      `    include ${dir}/atlas-headers.conf;`,
      `    add_header Cache-Control ${quote(cache)} always;`,
      ...extra.map((l) => `    ${l}`),
    ].join('\n');
  const site = `${generated}
# À inclure dans le bloc server, après root (voir atlas.conf).

charset utf-8;
charset_types text/html text/css text/plain text/xml text/csv application/javascript application/json application/xml application/atom+xml image/svg+xml;
index index.html;
absolute_redirect off;
server_tokens off;
# Fichiers précompressés à la construction (.br, .gz) servis quand le navigateur les accepte ;
# rien n'est compressé à la volée. brotli_static vient du paquet libnginx-mod-http-brotli-static.
gzip off;
gzip_static on;
gzip_vary on;
brotli_static on;
error_page 404 /404.html;

location / {
${withHeaders(CACHE.short)}
    try_files $uri $uri/ =404;
}

# Fichiers dont le nom contient l'empreinte de leur contenu : un an, immuables.
${IMMUTABLE_PATHS.map((p) => `${nginxLocation(p)} {\n${withHeaders(CACHE.immutable)}\n    try_files $uri =404;\n}`).join('\n')}

# L'édition hors ligne, en zip.
location = ${OFFLINE_ZIP} {
${withHeaders(CACHE.short, ['types { }', 'default_type application/zip;'])}
}

# Tableaux des données ouvertes.
location ~ ^/donnees/[^/]+\\.csv$ {
${withHeaders(CACHE.short, ['types { }', 'default_type text/csv;'])}
    try_files $uri =404;
}

location = /404.html {
    internal;
${withHeaders('no-cache')}
}

# Fichiers destinés à d'autres hébergeurs, pas aux lecteurs.
location = /_headers {
    return 404;
}
`;
  const full = `${generated}
# Bloc server complet pour Debian : copier ce dossier dans /etc/nginx/atlas/ et ce fichier dans
# /etc/nginx/sites-available/atlas, puis : ln -s ../sites-available/atlas /etc/nginx/sites-enabled/
# et nginx -t && systemctl reload nginx. Certificats : Let's Encrypt (certbot certonly --webroot).

server {
    listen 80;
    listen [::]:80;
    server_name ${options.serverName ?? '_'};
    location /.well-known/acme-challenge/ {
        root ${options.root};
    }
    location / {
        return 301 https://$host$request_uri;
    }
}

server {
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name ${options.serverName ?? '_'};
    ssl_certificate /etc/letsencrypt/live/${options.serverName ?? 'NOM-DU-SITE'}/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/${options.serverName ?? 'NOM-DU-SITE'}/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    root ${options.root};
    include ${dir}/atlas-site.conf;
}
`;
  return { 'nginx/atlas-headers.conf': headers, 'nginx/atlas-site.conf': site, 'nginx/atlas.conf': full };
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages (placed at the root of dist/). Both combine
 * the headers of every matching rule, so Cache-Control is only set on the hashed files (their own
 * default for pages is already a short, revalidated cache), and both serve 404.html themselves.
 */
export function headersFile(csp: string): string {
  const block = (path: string, headers: [string, string][]) => [path, ...headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n');
  return `${[
    '# Généré par `npm run build` (scripts/build-server-files.ts) : en-têtes pour Netlify et Cloudflare Pages.',
    block('/*', securityHeaders(csp)),
    ...IMMUTABLE_PATHS.map((p) => block(p, [['Cache-Control', CACHE.immutable]])),
    block(OFFLINE_ZIP, [['Content-Type', 'application/zip']]),
  ].join('\n\n')}\n`;
}
