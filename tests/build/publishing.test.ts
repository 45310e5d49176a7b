/** Share metadata, feeds, sitemap and generated images in the built site. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadPages, resolveToFile } from '../support/site-files.mjs';

const root = process.env.DIST_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';

function pngSize(file: string): { width: number; height: number } {
  const buffer = readFileSync(file);
  expect(buffer.subarray(1, 4).toString()).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('publishing metadata', () => {
  // Embed pages are for other sites' iframes: noindex, no share cards, not in the sitemap.
  const pages = loadPages(root, base).filter((page) => !page.rel.startsWith('embed/'));

  it('gives every page Open Graph and Twitter cards with its own 1200 × 630 image', () => {
    const images = new Set<string>();
    for (const page of pages) {
      const meta = (selector: string) => page.document.querySelector(selector)?.getAttribute('content') ?? '';
      expect(meta('meta[property="og:title"]'), page.rel).toBeTruthy();
      expect(meta('meta[property="og:description"]'), page.rel).toBeTruthy();
      expect(meta('meta[name="twitter:card"]'), page.rel).toBe('summary_large_image');
      const image = new URL(meta('meta[property="og:image"]'), 'http://site');
      const file = resolveToFile(root, base, image.pathname);
      expect(file, `${page.rel}: ${image.pathname}`).toBeTruthy();
      expect(pngSize(file!), page.rel).toEqual({ width: 1200, height: 630 });
      images.add(image.pathname);
    }
    // Pages differ, so their cards do (figure pages use the chart itself).
    expect(images.size).toBeGreaterThan(pages.length * 0.9);
  });

  it('describes articles and terms in JSON-LD', () => {
    const types = new Set<string>();
    for (const page of pages) {
      for (const script of page.document.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(script.innerHTML);
        expect(data['@context']).toBe('https://schema.org');
        types.add(data['@type']);
      }
    }
    expect([...types].sort()).toEqual(['Article', 'DefinedTerm']);
  });

  it('publishes an RSS feed of every long-read and every correction, and a sitemap of every page', () => {
    const feed = parse(readFileSync(join(root, 'rss.xml'), 'utf8'));
    const items = feed.querySelectorAll('item');
    const articles = pages.filter((page) => /\/articles\/[^/]+\/$/.test(page.urlPath));
    const corrections = readdirSync('content/corrections').filter((file) => file.endsWith('.yaml'));
    expect(items.length).toBe(articles.length + corrections.length);
    expect(items.filter((item) => item.querySelector('title')?.text.startsWith('Correction, ')).length).toBe(corrections.length);
    const absolute = Boolean(process.env.SITE_URL);
    for (const item of items) expect(item.querySelector('guid')?.text).toMatch(absolute ? /^https?:\/\// : /^\//);
    const sitemap = readFileSync(join(root, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!, 'http://site').pathname);
    for (const page of pages.filter((candidate) => !/404|search/.test(candidate.rel))) expect(locs, page.urlPath).toContain(page.urlPath);
    const robots = readFileSync(join(root, 'robots.txt'), 'utf8');
    if (absolute) expect(robots).toMatch(/Sitemap: https?:\/\/.+sitemap\.xml/);
    else expect(robots).not.toMatch(/Sitemap/);
  });

  it('builds a search index', () => {
    expect(existsSync(join(root, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('offers a citation on every long-read', () => {
    for (const page of pages.filter((candidate) => /\/articles\/[^/]+\/$/.test(candidate.urlPath))) {
      expect(page.html, page.rel).toMatch(/<pre class="cite-bibtex"><code>@misc\{/);
    }
  });
});
