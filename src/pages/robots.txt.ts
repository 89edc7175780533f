import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config';

/** robots.txt with the absolute sitemap address of this copy of the site. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap-index.xml', siteConfig.url).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
