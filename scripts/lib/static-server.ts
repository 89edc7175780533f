import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Maps a URL path to a file under root: « /a/ » → « root/a/index.html ». Returns null for a path
 * that leaves root.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const path = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return path.startsWith(resolve(root)) ? path : null;
}

/** Serves a built site on 127.0.0.1 (for tests and the benchmark). Resolves once listening. */
export async function serveStatic(
  root: string,
  port = 0,
  headers: Record<string, string> = {},
): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    let path = resolveStaticPath(root, req.url ?? '/');
    try {
      if (!path) throw new Error('outside root');
      if ((await stat(path)).isDirectory()) {
        res.writeHead(301, { location: `${req.url}/` });
        res.end();
        return;
      }
    } catch {
      path = join(root, '404.html');
      res.statusCode = 404;
    }
    try {
      const body = await readFile(path);
      res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actualPort}` };
}
