// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

/**
 * BASE_PATH hosts the site under a sub-path (`BASE_PATH=/explainers/ npm run build`); SITE_URL is
 * the origin used for canonical links, the sitemap and share cards. OUT_DIR lets tests build a
 * second copy without touching dist/.
 */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://trillion-explainer.example.org';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Keep whitespace between inline elements in prose as written.
  compressHTML: true,
  markdown: { syntaxHighlight: 'prism' },
  security: { csp: true },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
