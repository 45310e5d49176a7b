// Reads a built site: its pages, their links and the assets each page loads. Shared by the
// build-output tests and the benchmark, so both measure pages the same way.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export function listFiles(root, extension) {
  const out = [];
  const walk = (directory) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(extension)) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

/** Every HTML page of a build, parsed, with the URL path it is served at (base included). */
export function loadPages(root, base = '/') {
  const mount = base.endsWith('/') ? base : `${base}/`;
  return listFiles(root, '.html')
    .filter((file) => !relative(root, file).startsWith('pagefind'))
    .map((file) => {
      const rel = relative(root, file).replace(/\\/g, '/');
      const urlPath = mount + rel.replace(/index\.html$/, '').replace(/\.html$/, '/');
      const html = readFileSync(file, 'utf8');
      return { file, rel, urlPath, html, document: parse(html) };
    });
}

/** Maps a URL path under the base to a file in the build, as a static host would. */
export function resolveToFile(root, base, urlPath) {
  const mount = base.endsWith('/') ? base : `${base}/`;
  if (!urlPath.startsWith(mount)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(mount.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(root, rel, 'index.html')] : [join(root, rel), join(root, rel, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/**
 * The JavaScript and CSS a page loads before any chart is near: module scripts, preloads, inline
 * scripts and stylesheets, followed through static imports. chart.js arrives by dynamic import
 * only, so it is counted separately as the chart chunk.
 */
export function pageAssets(root, base, page) {
  const mount = base.endsWith('/') ? base : `${base}/`;
  const toFile = (src) => join(root, src.slice(mount.length));
  const scripts = new Set();
  const pending = [];
  for (const script of page.document.querySelectorAll('script[src]')) pending.push(script.getAttribute('src'));
  for (const link of page.document.querySelectorAll('link[rel="modulepreload"]')) pending.push(link.getAttribute('href'));
  let inlineScriptBytes = 0;
  for (const script of page.document.querySelectorAll('script:not([src])')) {
    const type = script.getAttribute('type');
    if (type === 'application/ld+json' || type === 'application/json') continue;
    inlineScriptBytes += gzipSize(Buffer.from(script.innerHTML));
  }
  const dynamic = new Set();
  while (pending.length) {
    const src = pending.pop();
    if (!src || scripts.has(src) || !src.startsWith(mount)) continue;
    scripts.add(src);
    const code = readFileSync(toFile(src), 'utf8');
    for (const path of staticImports(code)) pending.push(new URL(path, `http://x${src}`).pathname);
    for (const match of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) dynamic.add(new URL(match[1], `http://x${src}`).pathname);
  }
  // Code fetched later (scripts/widget-loader.ts): each kind of widget on the page wakes one dynamic
  // chunk, plus what that chunk imports, minus what the page already loaded. Chunks are named for the
  // element they enhance, except the charts' (chart-render). A kind the page does not show is never fetched.
  const closure = (entry) => {
    const files = new Set();
    const waiting = [entry];
    while (waiting.length) {
      const src = waiting.pop();
      if (!src || scripts.has(src) || files.has(src)) continue;
      files.add(src);
      for (const path of staticImports(readFileSync(toFile(src), 'utf8'))) waiting.push(new URL(path, `http://x${src}`).pathname);
    }
    return [...files];
  };
  const chunkFor = (name) => [...dynamic].find((src) => src.split('/').pop().startsWith(`${name}.`));
  const present = (tag) => page.document.querySelector(tag) !== null;
  const chartEntry = present('chart-canvas') ? chunkFor('chart-render') : undefined;
  const chartScripts = chartEntry ? closure(chartEntry) : [];
  const widgetScripts = new Set(widgetTags.filter(present).flatMap((tag) => { const entry = chunkFor(tag); return entry ? closure(entry) : []; }));
  const styles = page.document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href'));
  const inlineStyleBytes = page.document.querySelectorAll('style').reduce((total, style) => total + gzipSize(Buffer.from(style.innerHTML)), 0);
  const sum = (list) => [...list].reduce((total, src) => total + gzipSize(readFileSync(toFile(src))), 0);
  return {
    initialScripts: [...scripts],
    chartScripts: [...chartScripts],
    initialJsGzip: sum(scripts) + inlineScriptBytes,
    chartJsGzip: sum(chartScripts),
    widgetScripts: [...widgetScripts],
    widgetJsGzip: sum(widgetScripts),
    cssGzip: sum(styles) + inlineStyleBytes,
    htmlGzip: gzipSize(Buffer.from(page.html)),
    requests: 1 + scripts.size + styles.length,
  };
}

/** The calculators' and interactives' custom elements, each enhanced by the chunk of the same name. */
const widgetTags = ['calculator-form', 'expert-router', 'critique-loop', 'thin-market'];

/** Static imports of a bundled module: `import"./a.js"` and `from"./a.js"`, in any quote style. */
function staticImports(code) {
  return [...code.matchAll(/(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((match) => match[1]);
}

export const budgets = {
  /**
   * A page's own HTML. Lighthouse's slow-4G model (150 ms round trips, about 30 KB each once TCP has
   * ramped up) receives 14.6 KB with the first byte, 43.8 KB after one more round trip and 74.5 KB
   * after two: up to 72 KB (headers on top) the page's text arrives two round trips after its first
   * byte; a byte past that costs a third, about 150 ms before any paint.
   */
  htmlGzip: 72 * 1024,
  initialJsGzip: 10 * 1024,
  chartJsGzip: 60 * 1024,
  /** Every calculator's and interactive's code on one page, fetched as each wakes. */
  widgetJsGzip: 15 * 1024,
  cssGzip: 15 * 1024,
};
