import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';
import { toCsv } from '../../lib/chart-data';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  return site.datasets.map((dataset) => ({ params: { id: dataset.id } }));
};

/** The exact points a chart plots, as CSV, with each point's source paragraph. */
export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  return new Response(toCsv(site.dataset(String(params.id)).data, site.words.figureKinds), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
