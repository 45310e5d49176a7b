// Crawls a served site as a visitor's browser would load it, without running scripts: from the
// start page, every link, every asset a page loads, every url() in a stylesheet, every relative
// import in a script, and every URL a sitemap or feed lists. Links to the site's public origin (the
// start page's canonical URL) are followed on the server under test, so share images and canonical
// links are checked too.
import { parse } from 'node-html-parser';

// [selector, attribute] pairs whose value is a URL the page links to or loads.
const urlAttributes = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[poster]', 'poster'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];
const notFetched = /^(mailto|tel|javascript|data|blob|about):/i;

/**
 * Resolves to { responses, references, siteOrigin }: responses maps each fetched URL (no fragment)
 * to { status, headers, contentType, ids? }; references lists { from, to, via } with `to` as written
 * in the page but absolute, fragment kept, and `external` when it points at another origin.
 */
export async function crawl(startUrl, { limit = 5000 } = {}) {
  const start = new URL(startUrl);
  const responses = new Map();
  const references = [];
  const queue = [start.href];
  const queued = new Set(queue);
  let siteOrigin;

  const follow = (from, raw, via) => {
    const value = raw?.trim();
    if (!value || notFetched.test(value)) return;
    const target = new URL(value, from);
    if (siteOrigin && target.origin === siteOrigin) {
      target.protocol = start.protocol;
      target.host = start.host;
    }
    const external = target.origin !== start.origin;
    references.push({ from, to: target.href, via, external });
    if (external) return;
    const withoutFragment = target.href.replace(/#.*$/, '');
    if (!queued.has(withoutFragment)) {
      queued.add(withoutFragment);
      queue.push(withoutFragment);
    }
  };

  while (queue.length) {
    if (responses.size >= limit) throw new Error(`Crawl stopped after ${limit} URLs: is a page generating endless links?`);
    const url = queue.shift();
    const response = await fetch(url, { redirect: 'manual' });
    const contentType = response.headers.get('content-type') ?? '';
    const entry = { status: response.status, headers: response.headers, contentType };
    responses.set(url, entry);
    if (response.status !== 200) {
      await response.arrayBuffer();
      continue;
    }
    if (contentType.startsWith('text/html')) {
      const document = parse(await response.text());
      entry.ids = new Set([...document.querySelectorAll('[id]').map((element) => element.id), ...document.querySelectorAll('a[name]').map((element) => element.getAttribute('name'))]);
      siteOrigin ??= canonicalOrigin(document);
      for (const [selector, attribute] of urlAttributes) {
        for (const element of document.querySelectorAll(selector)) follow(url, element.getAttribute(attribute), selector);
      }
      for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
        for (const candidate of element.getAttribute('srcset').split(',')) follow(url, candidate.trim().split(/\s+/)[0], 'srcset');
      }
    } else if (contentType.startsWith('text/css')) {
      const css = await response.text();
      for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) follow(url, match[2] ?? match[4], 'css');
    } else if (/javascript/.test(contentType)) {
      const code = await response.text();
      for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]|\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) follow(url, match[1] ?? match[2], 'import');
    } else if (/xml/.test(contentType)) {
      const xml = await response.text();
      for (const match of xml.matchAll(/<(loc|link)>\s*([^<\s]+)\s*<\/\1>/g)) follow(url, match[2], `xml <${match[1]}>`);
    } else {
      await response.arrayBuffer();
    }
  }
  return { responses, references, siteOrigin };
}

function canonicalOrigin(document) {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return href && /^https?:\/\//.test(href) ? new URL(href).origin : undefined;
}
