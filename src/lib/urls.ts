/**
 * Every internal link goes through here, so the site works at the root of a domain and under a
 * sub-path alike. `base` is Astro's BASE_URL, passed in to keep this module free of build globals.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const [pathAndQuery, fragment] = path.split('#', 2) as [string, string | undefined];
  let cleanPath = pathAndQuery.startsWith('/') ? pathAndQuery : `/${pathAndQuery}`;
  // Pages are folders: end every page path in a slash, but leave files (with an extension) alone.
  if (!cleanPath.endsWith('/') && !/\.[a-z0-9]+$/i.test(cleanPath)) cleanPath += '/';
  return `${trimmedBase}${cleanPath}${fragment !== undefined ? `#${fragment}` : ''}`;
}

export const routes = {
  home: () => '/',
  article: (id: string) => `/articles/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/${id}/`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/#${id}`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/#source-${id}`,
  datasetCsv: (id: string) => `/data/${id}.csv`,
  figure: (articleId: string, datasetId: string) => `/articles/${articleId}/#fig-${datasetId}`,
  note: (articleId: string, noteId: string) => `/articles/${articleId}/#${noteId}`,
  references: () => '/references/',
  reference: (id: string) => `/references/#ref-${id}`,
  corrections: () => '/corrections/',
  correction: (id: string) => `/corrections/#correction-${id}`,
  search: () => '/search/',
  feed: () => '/rss.xml',
  sitemap: () => '/sitemap.xml',
  chartImage: (datasetId: string) => `/charts/${datasetId}.svg`,
  /** The spec chart.js draws from, fetched only when a chart is about to be drawn (not carried in every page). */
  chartSpec: (datasetId: string) => `/charts/${datasetId}.json`,
  /** A calculator's or interactive's content (words, defaults, figures), fetched when the widget wakes. */
  widgetContent: (name: string) => `/widgets/${name}.json`,
  /** The generated share card of a page: "/" → /og/home.png, "/glossary/ipo/" → /og/glossary/ipo.png. */
  shareImage: (pagePath: string) => `/og/${pagePath.replace(/^\/|\/$/g, '') || 'home'}.png`,
  figurePage: (datasetId: string) => `/figures/${datasetId}/`,
  figureShareImage: (datasetId: string) => `/og/figures/${datasetId}.png`,
  /** A chart alone, for other sites to show in an <iframe> (the only pages that may be framed). */
  embed: (datasetId: string) => `/embed/${datasetId}/`,
};
