// Every script on this site enhances a page that already reads completely without it, so each
// external module script is fetched at low priority: the page, its fonts and its first paint go
// first. (Astro writes its script tags itself and has no option for this, so the finished pages
// are edited once, after the build.) Measured in Lighthouse's mobile run of the S-1 long-read: at
// the default high priority the widget loader counted as holding up the first paint, and the
// first paint often came a second late; at low priority neither happened.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../../scripts/write-headers.mjs';

const tag = /<script type="module" src=/g;

/** Adds fetchpriority="low" to each external module script of one page's HTML. */
export function lowerScriptPriority(html) {
  return html.replace(tag, '<script type="module" fetchpriority="low" src=');
}

export default function scriptPriority() {
  return {
    name: 'script-priority',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const path of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(path, 'utf8');
          const lowered = lowerScriptPriority(html);
          if (lowered !== html) writeFileSync(path, lowered);
        }
      },
    },
  };
}
