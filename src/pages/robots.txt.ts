import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site-url';
import { routes } from '../lib/urls';

/** The Sitemap line needs an absolute URL, so it is left out when no SITE_URL was given. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(routes.sitemap(), site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
