import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSpecFor } from '../../data/chart-specs';
import { loadSite } from '../../data/site';

export const getStaticPaths: GetStaticPaths = async () => (await loadSite()).datasets.map((dataset) => ({ params: { id: dataset.id } }));

/**
 * The spec chart.js draws a chart from: the same object the page's SVG drawings were laid out from,
 * served beside the page instead of inside it, so a reader who never reaches a chart never downloads it.
 */
export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await chartSpecFor(String(params.id))), { headers: { 'Content-Type': 'application/json' } });
