import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site';

export const getStaticPaths: GetStaticPaths = async () => (await loadSite()).widgetNames.map((name) => ({ params: { name } }));

/**
 * A calculator's or interactive's content (labels, defaults, the figures it compares against), the
 * same object its page was rendered from; the widget's script fetches it when the widget wakes, so
 * a page does not carry it for readers who never touch the widget.
 */
export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify((await loadSite()).widget(String(params.name))), { headers: { 'Content-Type': 'application/json' } });
