import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { inject } from 'vitest';

/** Base URL of the server under test (nginx on 127.0.0.1, or ATLAS_CHECK_URL). */
export const serverUrl = (): string => inject('serverUrl');
/** True when the server is the local nginx serving this checkout's dist/. */
export const serverIsLocal = (): boolean => inject('serverIsLocal');

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, not decompressed. */
  body: Buffer;
}

/** A GET that keeps the body as sent (fetch would decompress it). */
export function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const url = new URL(path, `${serverUrl()}/`);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const req = request(url, { method: 'GET', headers: { 'accept-encoding': 'identity', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.setTimeout(20_000, () => req.destroy(new Error(`délai dépassé pour ${url.href}`)));
    req.end();
  });
}

/** Links of a page to paths under a prefix (« /ateliers/x/ »), in order. */
export function linksUnder(html: string, prefix: string): string[] {
  const found = [...html.matchAll(/href="([^"#?]+)"/g)].map((m) => m[1]!);
  return [...new Set(found.filter((h) => h.startsWith(prefix) && h !== prefix))];
}
