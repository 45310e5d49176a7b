import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { linkUrl } from '../lib/site-url';
import { routes } from '../lib/urls';
import { sitemap } from '../lib/xml';

/** Every page a search engine should know about; the 404 and search pages are left out. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await loadSite();
  const paths = [
    routes.home(),
    ...site.articles.map((article) => routes.article(article.id)),
    routes.claims(),
    routes.sources(),
    routes.references(),
    routes.corrections(),
    routes.glossary(),
    ...site.terms.map((term) => routes.term(term.id)),
    ...site.datasets.map((dataset) => routes.figurePage(dataset.id)),
  ];
  return new Response(sitemap(paths.map((path) => ({ loc: linkUrl(path, siteUrl) }))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
