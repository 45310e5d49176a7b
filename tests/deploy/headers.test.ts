/**
 * The _headers file Netlify and Cloudflare Pages read, as scripts/write-headers.mjs writes it for
 * each build: which headers each real path of the build gets once the host has applied every
 * matching rule, and whether its Content-Security-Policy lets every page run what it contains.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersForPath, maximumLineLength, parseHeadersFile, parsePolicy, renderHeaders } from '../../scripts/write-headers.mjs';
import { listFiles, loadPages } from '../support/site-files.mjs';
import { builds, missingBuild } from './builds';

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=31536000',
};
type Page = ReturnType<typeof loadPages>[number];

describe.each(builds)('_headers for the $name', ({ root, base }) => {
  let text = '';
  let rules: ReturnType<typeof parseHeadersFile> = [];
  let pages: Page[] = [];
  let hashedFiles: string[] = [];
  // The headers a host sends for a path, as name → every value set for it (two values would be joined).
  const sent = (path: string) => {
    const headers = new Map<string, string[]>();
    for (const [name, value] of headersForPath(rules, path)) headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
    return headers;
  };

  beforeAll(() => {
    if (!existsSync(join(root, 'index.html'))) throw new Error(missingBuild(root));
    text = renderHeaders(root, base);
    rules = parseHeadersFile(text);
    pages = loadPages(root, base);
    hashedFiles = listFiles(join(root, '_astro'), '').map((file) => base + relative(root, file).replace(/\\/g, '/'));
  });

  it('stays within what Cloudflare Pages reads: 100 rules, 2,000 characters a line, paths under the base', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(maximumLineLength);
    for (const rule of rules) expect(rule.path.startsWith(base), rule.path).toBe(true);
  });

  it('caches hashed /_astro/ files for a year and leaves pages to the hosts\' revalidating default', () => {
    expect(hashedFiles.length).toBeGreaterThan(0);
    for (const path of hashedFiles) expect(sent(path).get('cache-control'), path).toEqual(['public, max-age=31536000, immutable']);
    for (const page of pages) expect(sent(page.urlPath).get('cache-control'), page.urlPath).toBeUndefined();
  });

  it('sends each security header once, with its value, on pages and on assets', () => {
    const embeds = pages.filter((page) => page.urlPath.startsWith(`${base}embed/`));
    expect(embeds.length).toBeGreaterThan(0);
    for (const path of [...pages.map((page) => page.urlPath), ...hashedFiles]) {
      const headers = sent(path);
      const isEmbed = path.startsWith(`${base}embed/`);
      for (const [name, value] of Object.entries(securityHeaders)) {
        if (isEmbed && name === 'X-Frame-Options') expect(headers.get(name.toLowerCase()), `${path} ${name}`).toBeUndefined();
        else expect(headers.get(name.toLowerCase()), `${path} ${name}`).toEqual([value]);
      }
      expect(headers.get('content-security-policy')?.length, `${path} Content-Security-Policy`).toBe(1);
      // Only the embed pages may be framed by another site.
      expect(parsePolicy(headers.get('content-security-policy')![0]!).get('frame-ancestors'), path).toEqual(isEmbed ? ['*'] : ["'none'"]);
    }
  });

  it('sends a Content-Security-Policy that allows every page\'s own policy and nothing looser', () => {
    const policy = parsePolicy(sent(base).get('content-security-policy')![0]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src']) {
      expect(policy.get(directive), directive).not.toContain("'unsafe-inline'");
      expect(policy.get(directive), directive).not.toContain("'unsafe-eval'");
    }
    for (const page of pages) {
      const meta = page.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(meta, `${page.rel} has a meta policy`).toBeTruthy();
      for (const [directive, sources] of parsePolicy(meta!)) {
        for (const source of sources) expect(policy.get(directive) ?? [], `${page.rel}: ${directive} ${source}`).toContain(source);
      }
    }
  });

  it('allows, by hash, every inline script and style of every page', () => {
    const policy = parsePolicy(sent(base).get('content-security-policy')![0]!);
    const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    const blocked: string[] = [];
    let inline = 0;
    for (const page of pages) {
      for (const match of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attributes = match[1]!;
        // External scripts are allowed by 'self'; JSON data blocks never run.
        if (/\ssrc=/.test(attributes) || /type="?application\/(ld\+)?json/.test(attributes)) continue;
        inline += 1;
        if (!policy.get('script-src')?.includes(hash(match[2]!))) blocked.push(`${page.rel}: script ${match[2]!.slice(0, 60)}`);
      }
      for (const match of page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
        inline += 1;
        if (!policy.get('style-src')?.includes(hash(match[1]!))) blocked.push(`${page.rel}: style ${match[1]!.slice(0, 60)}`);
      }
    }
    expect(blocked).toEqual([]);
    expect(inline).toBeGreaterThan(0);
  });

  it('is the _headers the build itself wrote (scripts/write-headers.mjs runs after every build)', () => {
    const written = existsSync(join(root, '_headers')) ? readFileSync(join(root, '_headers'), 'utf8') : '';
    expect(written.includes('Content-Security-Policy:'), `${root}/_headers has no CSP: add headersFile() from scripts/write-headers.mjs to astro.config.mjs's integrations`).toBe(true);
    expect(written).toBe(text);
  });
});
