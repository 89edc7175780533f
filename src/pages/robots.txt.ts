import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config';
import { absoluteUrl } from '../lib/publication';

/**
 * robots.txt, with the absolute sitemap address of this copy of the site when src/site.config.ts
 * gives its public URL (without one, there is no sitemap: robots.txt says so in a comment).
 */
export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(siteConfig, '/sitemap-index.xml');
  const last = sitemap
    ? `Sitemap: ${sitemap}`
    : '# Pas de plan du site XML : l’adresse publique du site (url) n’est pas indiquée.';
  return new Response(`User-agent: *\nAllow: /\n${last}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
