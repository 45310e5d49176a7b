#!/usr/bin/env node
// Writes <outDir>/_headers for Netlify and Cloudflare Pages: the rules of public/_headers, each path
// under the site's base path, plus a Content-Security-Policy header built from the policies Astro
// writes into every page's <meta http-equiv="content-security-policy">.
//
// One policy for every path (the union of the pages' policies) rather than one rule per page:
// - a browser enforces the header and the page's own meta policy together, so each page is still
//   limited to its own hashes; the header adds what a meta policy cannot carry (frame-ancestors);
// - Cloudflare Pages allows 100 rules per project and the site already has more pages than that;
// - nginx and CloudFront can then carry the same single string (`--print-policy`).
//
//   node scripts/write-headers.mjs [outDir]          writes outDir/_headers (default dist, or OUT_DIR)
//   node scripts/write-headers.mjs --print-policy [outDir]   prints the policy only
//   node scripts/write-headers.mjs --print-embed-policy [outDir]   the same for /embed/ pages (frameable)
// BASE_PATH is read as astro.config.mjs reads it. As an Astro integration: headersFile().
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';

const templatePath = fileURLToPath(new URL('../public/_headers', import.meta.url));
// Cloudflare Pages ignores _headers lines longer than this.
export const maximumLineLength = 2000;

/** The CSP for every path of a build: the union, directive by directive, of its pages' meta policies. */
export function headerPolicy(outDir) {
  const union = new Map();
  for (const file of htmlFiles(outDir)) {
    for (const meta of parse(documentHead(readFileSync(file, 'utf8'))).querySelectorAll('meta[http-equiv]')) {
      if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
      for (const [directive, sources] of parsePolicy(meta.getAttribute('content') ?? '')) {
        const merged = union.get(directive) ?? new Set();
        for (const source of sources) merged.add(source);
        union.set(directive, merged);
      }
    }
  }
  if (union.size === 0) throw new Error(`No page in ${outDir} has a content-security-policy meta tag: is it an Astro build with security.csp on?`);
  // Meta policies cannot forbid framing; the header can, and this site is never framed.
  union.set('frame-ancestors', new Set(["'none'"]));
  return [...union].map(([directive, sources]) => [directive, ...sources].join(' ')).join('; ');
}

/**
 * The page up to the end of its <head>. A policy in a meta tag counts only there (browsers ignore
 * one in the body), and parsing just the head keeps this step from growing with the page bodies:
 * parsing every whole page took seconds for each thousand pages.
 * @param {string} html
 */
export function documentHead(html) {
  const end = html.search(/<\/head\s*>/i);
  return end === -1 ? html : html.slice(0, end);
}

/**
 * "default-src 'self'; script-src 'self' 'sha256-…'" → Map { directive → [sources] }.
 * @param {string} text
 * @returns {Map<string, string[]>}
 */
export function parsePolicy(text) {
  /** @type {Map<string, string[]>} */
  const policy = new Map();
  for (const part of text.split(';')) {
    const [directive, ...sources] = part.trim().split(/\s+/);
    if (directive) policy.set(directive.toLowerCase(), sources);
  }
  return policy;
}

/**
 * A _headers file → [{ path, headers: [[name, value]] }], comments and blank lines dropped.
 * @param {string} text
 * @returns {{ path: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ path: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    if (rules.length === 0 || separator < 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rules.at(-1).headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a host applies to a request path: every matching rule's, in file order ("*" matches anything).
 * @param {{ path: string, headers: [string, string][] }[]} rules
 * @param {string} path
 * @returns {[string, string][]}
 */
export function headersForPath(rules, path) {
  const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return rules
    .filter((rule) => new RegExp(`^${rule.path.split('*').map(escape).join('.*')}$`).test(path))
    .flatMap((rule) => rule.headers);
}

/** Top-level folder of the embed pages: the only pages another site may frame. */
export const embedFolder = 'embed';

/** The policy for embed pages: the same, except that any site may frame them. */
export function embedPolicy(policy) {
  return policy.replace("frame-ancestors 'none'", 'frame-ancestors *');
}

/**
 * The text of <outDir>/_headers for a build served at `base`.
 *
 * Hosts apply every matching rule and cannot exclude a path from "/*", so the headers that forbid
 * framing (X-Frame-Options and the Content-Security-Policy with frame-ancestors 'none') go on one
 * rule per top-level file and folder of the build, every one except /embed/, whose pages get the
 * same policy with frame-ancestors * and no X-Frame-Options. The rest of "/*" applies everywhere.
 */
export function renderHeaders(outDir, base = '/', template = readFileSync(templatePath, 'utf8')) {
  const mount = base.endsWith('/') ? base : `${base}/`;
  const policy = headerPolicy(outDir);
  let sawRoot = false;
  let inRoot = false;
  const framing = [];
  const lines = ['# Written by scripts/write-headers.mjs from public/_headers (see why there) and the built pages.'];
  for (const line of template.split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      lines.push(mount + line.slice(1));
      inRoot = line.trim() === '/*';
      sawRoot ||= inRoot;
    } else if (inRoot && /^\s+X-Frame-Options:/i.test(line)) {
      framing.push(line.trim());
    } else {
      lines.push(line);
    }
  }
  if (!sawRoot) throw new Error('public/_headers needs a "/*" rule to carry the Content-Security-Policy.');
  const entries = readdirSync(outDir).filter((name) => name !== '_headers' && name !== embedFolder).sort();
  // A root page such as 404.html is also asked for as /404/.
  const paths = ['', ...entries.flatMap((name) => (statSync(join(outDir, name)).isDirectory() ? [`${name}/*`] : /^(?!index\.)[\w-]+\.html$/.test(name) ? [name, name.replace(/\.html$/, '/')] : [name]))];
  for (const path of paths) {
    lines.push('', mount + path, ...framing.map((header) => `  ${header}`), `  Content-Security-Policy: ${policy}`);
  }
  lines.push('', `${mount}${embedFolder}/*`, `  Content-Security-Policy: ${embedPolicy(policy)}`);
  const tooLong = lines.find((line) => line.length > maximumLineLength);
  if (tooLong) throw new Error(`_headers line of ${tooLong.length} characters (Cloudflare Pages ignores lines over ${maximumLineLength}): ${tooLong.slice(0, 80)}…`);
  return lines.join('\n');
}

export function writeHeaders(outDir, base = '/') {
  writeFileSync(join(outDir, '_headers'), renderHeaders(outDir, base));
}

/** Astro integration: writes _headers after every build, whatever command started it. */
export function headersFile() {
  let base = '/';
  return {
    name: 'headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeHeaders(fileURLToPath(dir), base);
        logger.info('_headers written with the pages\' Content-Security-Policy');
      },
    },
  };
}

/** Every built page, in a stable order (also used by src/integrations/finish-pages.mjs). */
export function htmlFiles(directory) {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return name.startsWith('.') ? [] : htmlFiles(path);
      return name.endsWith('.html') ? [path] : [];
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const printOnly = process.argv.includes('--print-policy');
  const printEmbed = process.argv.includes('--print-embed-policy');
  const outDir = process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? process.env.OUT_DIR ?? 'dist';
  if (printOnly) console.log(headerPolicy(outDir));
  else if (printEmbed) console.log(embedPolicy(headerPolicy(outDir)));
  else {
    writeHeaders(outDir, process.env.BASE_PATH ?? '/');
    console.log(`Wrote ${join(outDir, '_headers')}`);
  }
}
