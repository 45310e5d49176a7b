import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { loadSite } from '../../data/site';
import { chartSpecFor } from '../../data/chart-specs';
import { cachedRender, renderKey } from '../../lib/render-cache';
import { shareCard, shareCardSize } from '../../lib/share-card';
import { sourceCountWords } from '../../lib/site-words';
import { svgChart } from '../../lib/svg-chart';

interface Card {
  svg: string;
}

/** One share image per page and per chart, generated at build time (1200 × 630 PNG). */
export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  const card = (slug: string, eyebrow: string, title: string, detail?: string) => ({ params: { slug }, props: { svg: shareCard({ eyebrow, title, siteName: site.words.name, ...(detail ? { detail } : {}) }) } });
  return [
    card('home', site.words.home.shareEyebrow, site.words.home.shareTitle, `${site.claims.length} claims traced to their paragraphs, recomputed and compared`),
    ...site.articles.map((article) => {
      const key = article.data.keyFigures[0];
      return card(`articles/${article.id}`, article.data.kind === 'explainer' ? 'Explainer' : 'Annotated long-read', article.data.title, key ? site.claim(key).data.statement : article.data.summary);
    }),
    card('glossary', 'Glossary', 'Every term, in plain words', `${site.terms.length} terms from finance, markets, AI and hardware`),
    ...site.terms.map((term) => card(`glossary/${term.id}`, 'Glossary', term.data.term, term.data.short)),
    card('claims', 'Claims ledger', 'Every claim, with its paragraph and a verdict', `${site.claims.length} claims from ${sourceCountWords(site.sources.length)} articles`),
    card('sources', 'Sources', site.words.sources.title, 'Who wrote them, when, and how far to trust their figures'),
    card('references', 'References', 'The public record we cite', `${site.references.length} public documents, each with where it is used`),
    card('corrections', 'Corrections', 'What we changed, when and why', `${site.corrections.length} dated entries`),
    card('search', 'Search', 'Search the long-reads, glossary and ledger'),
    card('404', 'Not found', 'There is no page at this address'),
    ...(await Promise.all(
      site.datasets.map(async (dataset) => ({
        params: { slug: `figures/${dataset.id}` },
        props: { svg: svgChart(await chartSpecFor(dataset.id), { width: shareCardSize.width, height: shareCardSize.height, title: dataset.data.title }) },
      })),
    )),
  ];
};

export const GET: APIRoute = async ({ props }) => {
  const { svg } = props as Card;
  const png = await cachedRender(renderKey(`sharp ${sharp.versions.sharp} png level 9`, svg), 'png', async () => new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
