import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { linkUrl } from '../lib/site-url';
import { routes } from '../lib/urls';
import { rssFeed } from '../lib/xml';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await loadSite();
  const body = rssFeed(
    {
      title: 'The Trillion-Dollar Claim, Checked',
      url: linkUrl(routes.home(), siteUrl),
      description: 'Annotated long-reads of two articles on Anthropic’s reported $1 trillion valuation, every figure checked.',
      selfUrl: linkUrl(routes.feed(), siteUrl),
    },
    site.articles.map((article) => ({
      title: article.data.title,
      url: linkUrl(routes.article(article.id), siteUrl),
      description: article.data.summary,
      published: article.data.published,
    })),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
