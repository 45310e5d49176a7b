// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchIndex } from './src/integrations/search-index.mjs';
import { headersFile } from './scripts/write-headers.mjs';
import fontSubset from './src/integrations/font-subset.mjs';
import finishPages from './src/integrations/finish-pages.mjs';

/**
 * BASE_PATH hosts the site under a sub-path (`BASE_PATH=/explainers/ npm run build`); SITE_URL is
 * the origin used for canonical links, the sitemap and share cards. OUT_DIR lets tests build a
 * second copy without touching dist/.
 */
const base = process.env.BASE_PATH ?? '/';
// No made-up fallback: without SITE_URL, pages leave canonical and share URLs out (see src/lib/site-url.ts).
const site = process.env.SITE_URL || undefined;
// BUILD_CACHE_DIR (see src/lib/build-cache.ts) also moves Astro's and Vite's own caches (Astro
// keeps its parsed content store there), so one folder holds everything a build reuses and
// deleting it gives a truly cold build. Unset, both keep their usual places in node_modules.
const buildCache = process.env.BUILD_CACHE_DIR;

/** Says once per build that canonical links, share cards and the sitemap need SITE_URL. */
function siteUrlWarning() {
  return {
    name: 'site-url-warning',
    hooks: {
      /** @param {{ logger: { warn(message: string): void } }} options */
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn('SITE_URL is not set: pages are built without canonical links or share-card URLs, and the sitemap and feed use paths. Set SITE_URL=https://your.domain for a public build.');
      },
    },
  };
}

// The theme must be set before the first paint (no flash of the wrong theme), so it is the one
// inline script; the CSP allows it by its hash rather than by 'unsafe-inline'.
const themeBoot = readFileSync(new URL('./src/scripts/theme-boot.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeBootHash = `sha256-${createHash('sha256').update(themeBoot).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  ...(buildCache ? { cacheDir: join(buildCache, 'astro') } : {}),
  trailingSlash: 'always',
  // Pages rendered eight at a time instead of one: a page spends much of its time waiting for
  // files (writing itself, reading a cached image), so one at a time left the cores idle. Output is
  // the same bytes (pages share no mutable state); a warm 10× build's page phase fell from about 17 s to 6 s.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // Keep whitespace between inline elements in prose as written.
  compressHTML: true,
  markdown: { syntaxHighlight: 'prism' },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search index is WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeBootHash] },
    },
  },
  integrations: [fontSubset(), mdx(), finishPages(), searchIndex(), headersFile(), siteUrlWarning()],
  vite: { plugins: [tailwindcss()], ...(buildCache ? { cacheDir: join(buildCache, 'vite') } : {}) },
});
