/**
 * The built site behind a real nginx configured from deploy/nginx.conf, at the root (dist/) and
 * under a sub-path (.test-builds/subpath at /explainers/), crawled from the home page the way a
 * browser loads it. Skips, saying why, where nginx is not installed (apt-get install -y nginx).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy, headersForPath, parseHeadersFile, renderHeaders } from '../../scripts/write-headers.mjs';
import { crawl } from '../support/crawl.mjs';
import { nginxMissing, startNginx } from '../support/nginx.mjs';
import { loadPages } from '../support/site-files.mjs';
import { builds, missingBuild } from './builds';

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'public, max-age=0, must-revalidate';
const contentTypes: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/,
  '.css': /^text\/css; charset=utf-8$/,
  '.js': /^(application|text)\/javascript; charset=utf-8$/,
  '.woff2': /^font\/woff2$/,
  '.csv': /^text\/csv; charset=utf-8$/,
  '.svg': /^image\/svg\+xml; charset=utf-8$/,
  '.png': /^image\/png$/,
  '.xml': /^(text|application)\/(rss\+)?xml; charset=utf-8$/,
  '.json': /^application\/json; charset=utf-8$/,
  '.txt': /^text\/plain; charset=utf-8$/,
};
type Crawl = Awaited<ReturnType<typeof crawl>>;
type Rules = ReturnType<typeof parseHeadersFile>;

if (nginxMissing) console.warn(`Skipping the nginx deployment tests: ${nginxMissing}`);
const title = nginxMissing ? `$name (skipped: ${nginxMissing})` : '$name served by nginx at $base';

describe.skipIf(Boolean(nginxMissing)).each(builds)(title, ({ root, base }) => {
  let server: Awaited<ReturnType<typeof startNginx>> | undefined;
  let site: Crawl;
  let rules: Rules;

  beforeAll(async () => {
    if (!existsSync(join(root, 'index.html'))) throw new Error(missingBuild(root));
    rules = parseHeadersFile(renderHeaders(root, base));
    server = await startNginx({ root, base, policy: headerPolicy(root) });
    site = await crawl(server.url);
  });
  afterAll(async () => {
    await server?.close();
  });

  const pathOf = (url: string) => new URL(url).pathname;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server!.origin}${path}`, { redirect: 'manual', headers });

  it('reaches every built page by following links from the home page', () => {
    const reached = new Set([...site.responses].filter(([, response]) => response.contentType.startsWith('text/html')).map(([url]) => pathOf(url)));
    const built = loadPages(root, base).filter((page) => page.rel !== '404.html').map((page) => page.urlPath);
    expect(built.length).toBeGreaterThan(10);
    expect(built.filter((path) => !reached.has(path))).toEqual([]);
  });

  it('resolves every link, asset and #fragment with a 200, without redirects', () => {
    const broken: string[] = [];
    for (const reference of site.references) {
      const shown = reference.external ? reference.to : reference.to.slice(server!.origin.length);
      const where = `${pathOf(reference.from)} (${reference.via}) → ${shown}`;
      if (reference.external) {
        // Visitors may follow links elsewhere; nothing the page loads may come from elsewhere.
        if (!['a[href]', 'area[href]'].includes(reference.via)) broken.push(`${where}: loads from another origin`);
        continue;
      }
      const target = new URL(reference.to);
      const response = site.responses.get(target.href.replace(/#.*$/, ''))!;
      if (response.status !== 200) {
        const location = response.headers.get('location');
        broken.push(`${where}: ${response.status}${location ? ` to ${location}` : ''}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && fragment !== 'top' && !fragment.startsWith(':~:') && response.ids && !response.ids.has(fragment)) broken.push(`${where}: no element with id "${fragment}"`);
    }
    expect(broken).toEqual([]);
    // The crawl really loaded the kinds of file the site is made of. (CSS is inlined into each
    // page by design — build.inlineStylesheets — so there is no stylesheet file to load.)
    const extensions = new Set([...site.responses.keys()].map((url) => extname(pathOf(url))));
    for (const extension of ['.js', '.woff2', '.csv', '.png']) expect(extensions, `a ${extension} file was loaded`).toContain(extension);
  });

  it('serves every file with its content type', () => {
    const wrong: string[] = [];
    for (const [url, response] of site.responses) {
      if (response.status !== 200) continue;
      const path = pathOf(url);
      const expected = contentTypes[path.endsWith('/') ? '.html' : extname(path)];
      if (!expected) wrong.push(`${path}: no expected type for this kind of file; add one here and to deploy/nginx.conf if mime.types lacks it`);
      else if (!expected.test(response.contentType)) wrong.push(`${path}: ${response.contentType}`);
    }
    expect(wrong).toEqual([]);
  });

  it('caches hashed /_astro/ files for a year and makes every other response revalidate', () => {
    const wrong: string[] = [];
    let hashed = 0;
    for (const [url, response] of site.responses) {
      const path = pathOf(url);
      const expected = path.startsWith(`${base}_astro/`) ? immutable : revalidate;
      if (expected === immutable) hashed += 1;
      const actual = response.headers.get('cache-control');
      if (actual !== expected) wrong.push(`${path}: ${actual}`);
    }
    expect(wrong).toEqual([]);
    expect(hashed).toBeGreaterThan(0);
  });

  it('sends the security headers of dist/_headers on every response, with the CSP each page needs', async () => {
    const wrong: string[] = [];
    const extra = await Promise.all([`${base}no-such-page/`, `${base}glossary`].map(async (path) => [`${server!.origin}${path}`, await get(path)] as const));
    for (const [url, response] of [...site.responses, ...extra]) {
      const path = pathOf(url);
      const expected = headersForPath(rules, path).filter(([name]) => name.toLowerCase() !== 'cache-control');
      // _headers can only say "everything" (/*) or name folders, so an unknown path gets the four
      // site-wide headers there; nginx, which can tell embed pages apart, still refuses framing for it.
      expect(expected.length, `${path} has rules in _headers`).toBeGreaterThanOrEqual(4);
      for (const [name, value] of expected) {
        if (response.headers.get(name) !== value) wrong.push(`${path}: ${name}: ${response.headers.get(name)}`);
      }
      const embed = path.startsWith(`${base}embed/`);
      const framing = response.headers.get('content-security-policy') ?? '';
      if (embed ? response.headers.has('x-frame-options') || !framing.includes('frame-ancestors *') : response.headers.get('x-frame-options') !== 'DENY' || !framing.includes("frame-ancestors 'none'")) {
        wrong.push(`${path}: framing ${embed ? 'should be allowed' : 'should be refused'} (X-Frame-Options ${response.headers.get('x-frame-options')}; ${framing.match(/frame-ancestors[^;]*/)?.[0]})`);
      }
    }
    expect(wrong).toEqual([]);
    const policy = site.responses.get(server!.url)!.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/script-src 'self'[^;]* 'sha256-/);
  });

  it("serves the site's own 404 page with status 404 for unknown URLs", async () => {
    const page = readFileSync(join(root, '404.html'), 'utf8');
    for (const path of [`${base}no-such-page/`, `${base}glossary/no-such-term/`, `${base}_astro/no-such-file.js`, `${base}_headers`]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await response.text(), path).toBe(page);
      // A missing hashed file must not be cached for a year: the next deploy may add it.
      expect(response.headers.get('cache-control'), path).toBe(revalidate);
    }
  });

  it('redirects a folder asked for without its trailing slash, keeping the base path', async () => {
    const paths = [[`${base}glossary`, `${base}glossary/`]];
    if (base !== '/') paths.push([base.slice(0, -1), base]);
    for (const [from, to] of paths) {
      const response = await get(from!);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
    }
  });

  it('answers a revalidation with 304 and compresses text', async () => {
    const first = await get(base);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get(base, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(revalidate);
    const ledger = await get(`${base}claims/`, { 'Accept-Encoding': 'gzip' });
    expect(ledger.headers.get('content-encoding')).toBe('gzip');
    expect(ledger.headers.get('vary')).toMatch(/Accept-Encoding/i);
  });
});
