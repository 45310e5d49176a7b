/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character]!);
}

export interface FeedItem {
  title: string;
  url: string;
  description: string;
  published: Date;
  /** A stable id when several items link to the same page (corrections); defaults to the URL. */
  guid?: string;
}

/** An RSS 2.0 feed of the long-reads. */
export function rssFeed(channel: { title: string; url: string; description: string; selfUrl: string }, items: FeedItem[]): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="${item.guid ? 'false' : 'true'}">${escapeXml(item.guid ?? item.url)}</guid>
      <description>${escapeXml(item.description)}</description>
      <pubDate>${item.published.toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.url)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>en</language>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml" />
${entries}
  </channel>
</rss>
`;
}

/** A sitemap of absolute page URLs. */
export function sitemap(urls: { loc: string; lastmod?: string }[]): string {
  const entries = urls
    .map((url) => `  <url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries}
</urlset>
`;
}
