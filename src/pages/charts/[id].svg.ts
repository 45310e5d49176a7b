import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSpecFor } from '../../data/chart-specs';
import { loadSite } from '../../data/site';
import { svgChart } from '../../lib/svg-chart';

export const getStaticPaths: GetStaticPaths = async () => (await loadSite()).datasets.map((dataset) => ({ params: { id: dataset.id } }));

/** The chart as a standalone image (the wide drawing), from the same spec and layout as the page. */
export const GET: APIRoute = async ({ params }) => {
  const svg = svgChart(await chartSpecFor(String(params.id)));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
