import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';
import { chartSpec } from '../../lib/chart-data';
import { svgChart } from '../../lib/svg-chart';

export const getStaticPaths: GetStaticPaths = async () => (await loadSite()).datasets.map((dataset) => ({ params: { id: dataset.id } }));

/** A static drawing of each chart, for readers without JavaScript and for print. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = (await loadSite()).dataset(String(params.id));
  return new Response(svgChart(chartSpec(dataset.data)), { headers: { 'Content-Type': 'image/svg+xml' } });
};
