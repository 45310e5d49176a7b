// Two edits to each finished page, made in one pass after the build (Astro writes script tags and
// the policy meta tag itself, and has no option for either):
//
// 1. Every external module script is fetched at low priority. Every script on this site enhances a
//    page that already reads completely without it, so the page, its fonts and its first paint go
//    first. Measured in Lighthouse's mobile run of the S-1 long-read: at the default high priority
//    the widget loader counted as holding up the first paint, which often came a second late.
// 2. Each page's Content-Security-Policy meta tag lists the hashes of that page's own inline scripts
//    and styles only. Astro lists every page's hashes on every page (23 of them, about 1.3 KB that
//    gzip cannot shrink); the pages' own are all a browser needs, and scripts/write-headers.mjs
//    still builds the site-wide header from their union. On the claims ledger those bytes were the
//    difference between its HTML arriving in two round trips of Lighthouse's slow-4G model or three.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../../scripts/write-headers.mjs';

const externalModule = /<script type="module" src=/g;

/** Adds fetchpriority="low" to each external module script of one page's HTML. */
export function lowerScriptPriority(html) {
  return html.replace(externalModule, '<script type="module" fetchpriority="low" src=');
}

const hashOf = (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * The hashes a page's inline code needs, by directive: every inline script that runs (not JSON data
 * blocks, not external scripts) and every inline style.
 * @param {string} html
 */
export function inlineHashes(html) {
  const scripts = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(match[1]) || /type="?application\/(ld\+)?json/.test(match[1])) continue;
    scripts.add(hashOf(match[2]));
  }
  const styles = new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => hashOf(match[1])));
  return { 'script-src': scripts, 'style-src': styles };
}

/** Drops from a page's meta policy every hash that none of the page's own inline code has. */
export function keepOwnHashes(html) {
  const own = inlineHashes(html);
  return html.replace(policyMeta, (whole, open, policy, close) => {
    const directives = policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      const needed = own[name];
      if (!needed) return part.trim();
      return [name, ...sources.filter((source) => !source.startsWith("'sha256-") || needed.has(source))].join(' ');
    });
    return `${open}${directives.join(';')}${close}`;
  });
}

export default function finishPages() {
  return {
    name: 'finish-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const path of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(path, 'utf8');
          const finished = keepOwnHashes(lowerScriptPriority(html));
          if (finished !== html) writeFileSync(path, finished);
        }
      },
    },
  };
}
