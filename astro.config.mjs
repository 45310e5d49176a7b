// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { searchIndex } from './src/integrations/search-index.mjs';
import { headersFile } from './scripts/write-headers.mjs';
import fontSubset from './src/integrations/font-subset.mjs';

/**
 * BASE_PATH hosts the site under a sub-path (`BASE_PATH=/explainers/ npm run build`); SITE_URL is
 * the origin used for canonical links, the sitemap and share cards. OUT_DIR lets tests build a
 * second copy without touching dist/.
 */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://trillion-explainer.example.org';

// The theme must be set before the first paint (no flash of the wrong theme), so it is the one
// inline script; the CSP allows it by its hash rather than by 'unsafe-inline'.
const themeBoot = readFileSync(new URL('./src/scripts/theme-boot.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeBootHash = `sha256-${createHash('sha256').update(themeBoot).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
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
  integrations: [fontSubset(), mdx(), searchIndex(), headersFile()],
  vite: { plugins: [tailwindcss()] },
});
