import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { absoluteUrl } from '../lib/site-url';
import { routes } from '../lib/urls';
import { rssFeed } from '../lib/xml';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await loadSite();
  const body = rssFeed(
    {
      title: site.words.name,
      url: absoluteUrl(routes.home(), siteUrl),
      description: site.words.description,
      selfUrl: absoluteUrl(routes.feed(), siteUrl),
    },
    site.articles.map((article) => ({
      title: article.data.title,
      url: absoluteUrl(routes.article(article.id), siteUrl),
      description: article.data.summary,
      published: article.data.published,
    })),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
