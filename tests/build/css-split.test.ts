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
