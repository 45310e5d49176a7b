import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { correctionDate, correctionTarget } from '../lib/corrections';
import { linkUrl } from '../lib/site-url';
import { routes } from '../lib/urls';
import { rssFeed } from '../lib/xml';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await loadSite();
  const body = rssFeed(
    {
      title: site.words.name,
      url: linkUrl(routes.home(), siteUrl),
      description: site.words.description,
      selfUrl: linkUrl(routes.feed(), siteUrl),
    },
    [
      ...site.articles.map((article) => ({
        title: article.data.title,
        url: linkUrl(routes.article(article.id), siteUrl),
        description: article.data.summary,
        published: article.data.published,
      })),
      // The corrections log travels with the long-reads, so a subscriber learns when a verdict changes.
      ...site.corrections.map((correction) => ({
        title: `Correction, ${correctionDate(correction.data.date)}: ${correction.data.what}`,
        url: linkUrl(correctionTarget(correction.data, correction.id), siteUrl),
        guid: linkUrl(routes.correction(correction.id), siteUrl),
        description: `${correction.data.what} Why: ${correction.data.why}`,
        published: correction.data.date,
      })),
    ],
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
