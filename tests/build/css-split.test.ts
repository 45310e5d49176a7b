/**
 * Each page inlines only the stylesheets of what it shows: the ledger's rules on the ledger, the
 * verdict chart's where a verdict chart is, the calculators' on long-reads, the interactives' only on
 * a page with an interactive. Every extra rule costs a reader on a slow phone bytes before the first
 * paint. Also pinned: the cascade layers keep one order on every page, every inline style is allowed by
 * the page's Content Security Policy, and no page uses a class Tailwind was told to skip.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPages } from '../support/site-files.mjs';

const root = process.env.DIST_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
type Page = ReturnType<typeof loadPages>[number];
let pages: Page[] = [];

beforeAll(() => {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run npm run build first.`);
  pages = loadPages(root, base);
});

/** All the CSS a page carries in its <style> elements, in document order. */
const inlineCss = (page: Page) => page.document.querySelectorAll('style').map((style) => style.textContent).join('\n');
const page = (rel: string) => {
  const found = pages.find((candidate) => candidate.rel === rel);
  if (!found) throw new Error(`No ${rel} in ${root}`);
  return found;
};
const longReads = () => pages.filter((candidate) => /^articles\/[^/]+\/index\.html$/.test(candidate.rel));
// Selectors found in one stylesheet only (".ledger-table" itself is also in tables.css, which styles every table).
const ledgerRule = '.ledger-statement';
const verdictChartRule = '.verdict-chart-table';
const calculatorRule = '.answer-bar';
const interactiveRule = '.moe-token';
const glossaryRule = '.az-bar';
const homeRule = '.home-head';

describe('each page carries the stylesheets of what it shows', () => {
  it('the ledger’s rules are on /claims/ and on no long-read, nor the home page or the glossary', () => {
    expect(inlineCss(page('claims/index.html'))).toContain(ledgerRule);
    const others = [...longReads(), page('index.html'), page('glossary/index.html')];
    expect(others.length).toBeGreaterThan(3);
    for (const other of others) expect(inlineCss(other), other.rel).not.toContain(ledgerRule);
  });

  it('the verdict chart’s rules go where the chart is (home, ledger), not on long-reads', () => {
    for (const rel of ['index.html', 'claims/index.html']) {
      expect(page(rel).document.querySelector('.verdict-chart'), rel).toBeTruthy();
      expect(inlineCss(page(rel)), rel).toContain(verdictChartRule);
    }
    for (const longRead of longReads()) expect(inlineCss(longRead), longRead.rel).not.toContain(verdictChartRule);
  });

  it('the calculators’ rules are on long-reads with a calculator, and not on the ledger, glossary, home or embeds', () => {
    const withCalculator = longReads().filter((longRead) => longRead.document.querySelector('.calculator'));
    expect(withCalculator.length).toBeGreaterThan(0);
    for (const longRead of withCalculator) expect(inlineCss(longRead), longRead.rel).toContain(calculatorRule);
    const without = pages.filter((candidate) => /^(claims|glossary|embed)\/|^index\.html$/.test(candidate.rel));
    expect(without.length).toBeGreaterThan(3);
    for (const other of without) expect(inlineCss(other), other.rel).not.toContain(calculatorRule);
  });

  it('the interactives’ and diagrams’ rules are on exactly the pages that show an interactive', () => {
    const shows = (candidate: Page) => Boolean(candidate.document.querySelector('.interactive'));
    expect(pages.filter(shows).length).toBeGreaterThan(0);
    expect(longReads().filter((longRead) => !shows(longRead)).length).toBeGreaterThan(0);
    for (const candidate of pages) {
      const css = inlineCss(candidate);
      if (shows(candidate)) {
        expect(css, candidate.rel).toContain(interactiveRule);
        expect(css, candidate.rel).toContain('.diagram-box');
      } else {
        expect(css, candidate.rel).not.toContain(interactiveRule);
      }
    }
  });

  it('the glossary’s A–Z bar and the home page’s grid stay on their own pages', () => {
    expect(inlineCss(page('glossary/index.html'))).toContain(glossaryRule);
    expect(inlineCss(page('index.html'))).toContain(homeRule);
    for (const candidate of pages) {
      if (candidate.rel !== 'glossary/index.html') expect(inlineCss(candidate), candidate.rel).not.toContain(glossaryRule);
      if (candidate.rel !== 'index.html') expect(inlineCss(candidate), candidate.rel).not.toContain(homeRule);
    }
  });
});

describe('long-read, chart, findings and forecast rules stay with what shows them', () => {
  // Each selector is found in one stylesheet only.
  const owners = [
    { rule: '.sidenote{', shows: '.sidenote', file: 'longread.css' },
    { rule: '.chart-live{', shows: '.chart-figure', file: 'charts.css' },
    { rule: '--kind-run-rate:', shows: '.chart-figure', file: 'kinds.css' },
    { rule: '.findings-list{', shows: '.findings', file: 'findings.css' },
    { rule: '.forecast-system-wrap{', shows: '.forecast-system-wrap', file: 'forecast-system.css' },
  ];

  // Astro gives every long-read the one stylesheet of their shared route, so a long-read may carry
  // rules that only another long-read uses; every other page carries only its own.
  for (const { rule, shows, file } of owners) {
    it(`${file} is on every page that shows ${shows}, and on no other page but a long-read`, () => {
      const showing = pages.filter((candidate) => candidate.document.querySelector(shows));
      const others = pages.filter((candidate) => !showing.includes(candidate) && !longReads().includes(candidate));
      expect(showing.length, shows).toBeGreaterThan(0);
      expect(others.length, `pages without ${shows}`).toBeGreaterThan(3);
      for (const candidate of showing) expect(inlineCss(candidate).replace(/\s+/g, ''), candidate.rel).toContain(rule);
      for (const candidate of others) expect(inlineCss(candidate).replace(/\s+/g, ''), candidate.rel).not.toContain(rule);
    });
  }

  it('leaves the ledger without long-read and chart rules (its HTML then fits two round trips of slow 4G)', () => {
    const css = inlineCss(page('claims/index.html'));
    for (const rule of ['.note-marker', '.term-card', '.reading-progress', '.chart-svg', '.findings-list']) expect(css, rule).not.toContain(rule);
  });
});

describe('each page’s own Content Security Policy', () => {
  it('lists the hashes of that page’s inline scripts and styles, and no other', () => {
    const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    for (const candidate of pages) {
      const policy = candidate.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const listed = new Set(policy.match(/'sha256-[^']+'/g) ?? []);
      const own = new Set<string>();
      for (const match of candidate.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(match[1]!) || /type="?application\/(ld\+)?json/.test(match[1]!)) continue;
        own.add(hash(match[2]!));
      }
      for (const style of candidate.document.querySelectorAll('style')) own.add(hash(style.textContent));
      expect([...listed].sort(), candidate.rel).toEqual([...own].sort());
    }
  });
});

describe('splitting changes nothing else', () => {
  it('names the cascade layers in one order on every page, whatever stylesheet comes first', () => {
    for (const candidate of pages) {
      const order: string[] = [];
      for (const match of inlineCss(candidate).matchAll(/@layer\s+([\w\s,-]+?)\s*[{;]/g)) {
        for (const name of match[1]!.split(',').map((part) => part.trim())) if (!order.includes(name)) order.push(name);
      }
      expect(order, candidate.rel).toEqual(['properties', 'theme', 'base', 'components', 'utilities']);
    }
  });

  it('allows every inline stylesheet by its hash in the page’s own Content Security Policy', () => {
    for (const candidate of pages) {
      const policy = candidate.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      for (const style of candidate.document.querySelectorAll('style')) {
        const hash = `'sha256-${createHash('sha256').update(style.textContent).digest('base64')}'`;
        expect(policy, `${candidate.rel}: a <style> of ${style.textContent.length} characters`).toContain(hash);
      }
    }
  });

  it('uses, on no page, a class that global.css tells Tailwind not to generate', () => {
    const global = readFileSync('src/styles/global.css', 'utf8');
    const skipped = /@source not inline\("([^"]+)"\)/.exec(global)?.[1]?.split(/\s+/) ?? [];
    expect(skipped.length).toBeGreaterThan(0);
    for (const candidate of pages) {
      for (const element of candidate.document.querySelectorAll('[class]')) {
        const classes = element.getAttribute('class')!.split(/\s+/);
        for (const name of skipped) expect(classes, `${candidate.rel}: class "${name}"`).not.toContain(name);
      }
    }
  });
});
