/**
 * Build-output checks over a built site (dist/ by default; DIST_DIR and BASE_PATH point these at
 * a sub-path build). They parse the HTML the way a crawler or a CDN would see it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgets, loadPages, pageAssets, resolveToFile } from '../support/site-files.mjs';

const root = process.env.DIST_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const mount = base.endsWith('/') ? base : `${base}/`;
type Page = ReturnType<typeof loadPages>[number];
let pages: Page[] = [];
const byPath = new Map<string, Page>();

beforeAll(() => {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run npm run build first.`);
  pages = loadPages(root, base);
  for (const page of pages) byPath.set(page.urlPath, page);
});

describe(`built site in ${root} (base ${mount})`, () => {
  it('has the pages a reader expects', () => {
    for (const path of ['', 'glossary/', 'claims/', 'sources/', 'glossary/secondary-market/', 'glossary/constitutional-ai/', 'glossary/mixture-of-experts/']) {
      expect(byPath.has(`${mount}${path}`), `${mount}${path}`).toBe(true);
    }
    expect(existsSync(join(root, '404.html'))).toBe(true);
    expect(pages.filter((page) => page.urlPath.startsWith(`${mount}articles/`)).length).toBeGreaterThanOrEqual(2);
  });

  it('gives every page a title, a description and, when SITE_URL is set, a canonical link', () => {
    for (const page of pages) {
      const head = page.document.querySelector('head')!;
      expect(head.querySelector('title')?.text.trim(), page.rel).toBeTruthy();
      expect(head.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, page.rel).toBeGreaterThan(40);
      const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
      // Without SITE_URL the origin is unknown: no canonical link beats one to a made-up origin.
      if (!process.env.SITE_URL) {
        expect(canonical, page.rel).toBeUndefined();
        expect(head.querySelector('meta[property="og:url"]'), page.rel).toBeNull();
        continue;
      }
      expect(canonical, page.rel).toMatch(/^https?:\/\//);
      // An embed page is the figure page's chart for iframes: its canonical is the figure page.
      if (page.rel.startsWith('embed/')) expect(new URL(canonical!).pathname, page.rel).toBe(page.urlPath.replace('/embed/', '/figures/'));
      else if (page.rel !== '404.html') expect(new URL(canonical!).pathname, page.rel).toBe(page.urlPath);
    }
  });

  it('never shows a placeholder address', () => {
    // Only the address the builder gave may appear (a test build may be given an example.org one).
    const placeholder = process.env.SITE_URL?.includes('example.') ? /trillion-explainer\.example\.org/ : /example\.(org|com)/;
    for (const page of pages) expect(page.html, page.rel).not.toMatch(placeholder);
  });

  it('resolves every internal link, asset and #fragment', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const ids = new Set(page.document.querySelectorAll('[id]').map((element) => element.id));
      for (const element of page.document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        if (/^(https?:|mailto:|data:)/.test(target)) {
          if (element.tagName === 'A' || element.getAttribute('rel') === 'canonical') continue;
          broken.push(`${page.rel}: loads from another origin: ${target}`);
          continue;
        }
        const url = new URL(target, `http://site${page.urlPath}`);
        if (!url.pathname.startsWith(mount)) {
          broken.push(`${page.rel}: ${target} is outside the base ${mount}`);
          continue;
        }
        const file = url.pathname === page.urlPath ? page.file : resolveToFile(root, base, url.pathname);
        if (!file) {
          broken.push(`${page.rel}: ${target} does not exist`);
          continue;
        }
        if (url.hash && file.endsWith('.html')) {
          const fragment = decodeURIComponent(url.hash.slice(1));
          const targetIds = file === page.file ? ids : new Set(loadIds(file));
          if (!targetIds.has(fragment)) broken.push(`${page.rel}: ${target} has no #${fragment}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('sets quotes and apostrophes as a typographer would in every text a reader reads', () => {
    const straight: string[] = [];
    for (const page of pages) {
      const body = page.document.querySelector('body');
      if (!body) continue;
      // Code a reader copies (the embed snippet) keeps its straight quotes.
      const text = (node: typeof body): string => (['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA', 'TEMPLATE'].includes(node.tagName) ? '' : node.childNodes.map((child) => (child.nodeType === 3 ? child.text : text(child as typeof body))).join(''));
      for (const match of text(body).matchAll(/.{0,30}["'].{0,20}/g)) straight.push(`${page.rel}: ${match[0]}`);
    }
    expect(straight.slice(0, 10), `${straight.length} straight quotes`).toEqual([]);
  });

  it('gives every chart its permalink, takeaway, source, table and a CSV of the same points', () => {
    const figures = pages.flatMap((page) => page.document.querySelectorAll('figure.chart-figure').map((figure) => ({ page, figure })));
    expect(figures.length).toBeGreaterThanOrEqual(7);
    for (const { page, figure } of figures) {
      const where = `${page.rel}#${figure.id}`;
      expect(figure.id, where).toMatch(/^fig-/);
      expect(figure.querySelector(`a[href="#${figure.id}"]`), where).toBeTruthy();
      expect(figure.querySelector('.chart-title')?.text.length ?? 0, where).toBeGreaterThan(15);
      expect(figure.querySelector('.chart-meta')?.text, where).toMatch(/Source: .*¶\d+.*As of: /s);
      // Readers see "1 June 2026", not the data files' "2026-06-01" (the CSV keeps those).
      const asOfLine = figure.querySelectorAll('.chart-meta p').find((line) => line.text.includes('As of: '))?.text ?? '';
      const asOfCells = figure.querySelectorAll('table.data-table tbody td:nth-child(4)').map((cell) => cell.text);
      for (const text of [asOfLine, ...asOfCells]) expect(text, where).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      // Each date once, with its kinds grouped: "1 June 2026 (author's model; author's forecast)".
      const entries = asOfLine.replace(/^.*As of: /s, '').replace(/\.\s*$/, '').split(/; (?![^(]*\))/);
      const bracketedDates = entries.filter((entry) => entry.includes(' (')).map((entry) => entry.replace(/ \(.*$/, ''));
      expect(new Set(bracketedDates).size, `${where}: ${asOfLine}`).toBe(bracketedDates.length);
      expect(new Set(entries).size, `${where}: ${asOfLine}`).toBe(entries.length);
      const rows = figure.querySelectorAll('table.data-table tbody tr');
      expect(rows.length, where).toBeGreaterThan(0);
      for (const row of rows) expect(row.querySelector('td:last-child')?.text, where).toMatch(/\d{3}\s¶\d+/);
      const csvHref = figure.querySelector('a[download]')?.getAttribute('href') ?? '';
      const csvFile = resolveToFile(root, base, new URL(csvHref, `http://site${page.urlPath}`).pathname);
      expect(csvFile, where).toBeTruthy();
      const csvLines = readFileSync(csvFile!, 'utf8').trim().split('\n');
      expect(csvLines.length - 1, `${where}: CSV rows = table rows`).toBe(rows.length);
      // The spec chart.js draws from is served beside the page (data-src), not carried in it.
      const specHref = figure.querySelector('chart-canvas')?.getAttribute('data-src') ?? '';
      const specFile = resolveToFile(root, base, new URL(specHref, `http://site${page.urlPath}`).pathname);
      expect(specFile, `${where}: chart spec ${specHref}`).toBeTruthy();
      const spec = JSON.parse(readFileSync(specFile!, 'utf8'));
      // Recomputed bars stand beside stated figures; the table lists the figures the sources give.
      const plotted = spec.series.filter((series: { role: string }) => series.role === 'figure').flatMap((series: { values: (number | null)[] }) => series.values.filter((value) => value !== null));
      expect(plotted.length, `${where}: plotted points = table rows`).toBe(rows.length);
      // Money and multiples read the same way in the table as on the bars ("$0.4B", "−$2B", "$1T").
      if (spec.type === 'bar') {
        const drawn = figure.querySelectorAll('svg.chart-svg text').map((text) => text.text);
        for (const row of rows) {
          const cell = row.querySelector('td.number')?.text.trim() ?? '';
          expect(drawn.some((label) => label.includes(cell)), `${where}: table value ${cell} is not how the chart labels it`).toBe(true);
        }
      }
    }
  });

  it('links every ledger row to its paragraph and gives every check its working', () => {
    const ledger = byPath.get(`${mount}claims/`)!;
    const rows = ledger.document.querySelectorAll('tr[data-claim]');
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.querySelector('td.ledger-source')?.text, row.id).toMatch(/\d{3}\s¶\d+/);
      expect(row.querySelector('td')?.classList.contains('ledger-claim'), `${row.id}: the claim comes first`).toBe(true);
      expect(row.querySelector('.verdict-badge'), row.id).toBeTruthy();
      // Its own link reads as every permalink on the site does: a "#" that names where it goes.
      const permalink = row.querySelector(`a[href="#${row.id}"]`);
      expect(permalink?.text, `${row.id}: permalink`).toBe('#');
      expect(permalink?.getAttribute('aria-label'), `${row.id}: permalink`).toMatch(/^Permalink to this claim \(\d{3} ¶\d+\)$/);
    }
  });

  it('annotations each have a permalink and live beside their marker', () => {
    for (const page of pages.filter((candidate) => candidate.urlPath.includes('/articles/'))) {
      const notes = page.document.querySelectorAll('.sidenote');
      expect(notes.length, page.rel).toBeGreaterThan(0);
      for (const note of notes) {
        expect(note.id, page.rel).toMatch(/^n-/);
        expect(note.querySelector(`a[href="#${note.id}"]`), `${page.rel}#${note.id}`).toBeTruthy();
        expect(page.document.querySelector(`a.note-marker[href="#${note.id}"]`), `${page.rel}#${note.id}`).toBeTruthy();
      }
    }
  });

  it('turns every term in the long-reads into a link to its glossary page, and lists the use there', () => {
    for (const page of pages.filter((candidate) => candidate.urlPath.includes('/articles/'))) {
      const terms = page.document.querySelectorAll('a.term');
      expect(terms.length, page.rel).toBeGreaterThan(0);
      for (const link of terms) {
        const termPage = byPath.get(link.getAttribute('href') ?? '');
        expect(termPage, `${page.rel}: ${link.getAttribute('href')}`).toBeTruthy();
        const backlinks = termPage!.document.querySelectorAll('#used-in ~ ul a, section[aria-labelledby="used-in"] a').map((a) => a.getAttribute('href') ?? '');
        expect(backlinks.some((href) => href.startsWith(page.urlPath)), `${termPage!.rel} lists ${page.urlPath}`).toBe(true);
      }
    }
  });

  it('shows no NaN, Infinity or undefined to a reader', () => {
    for (const page of pages) {
      const text = page.document.querySelector('body')?.text ?? '';
      expect(text, page.rel).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\[object Object\]/);
    }
  });

  it('fetches every script at low priority: the page, its fonts and its first paint come first', () => {
    const eager = pages.flatMap((page) => page.document.querySelectorAll('script[src]').filter((script) => script.getAttribute('fetchpriority') !== 'low').map((script) => `${page.rel}: ${script.getAttribute('src')}`));
    expect(eager).toEqual([]);
    expect(pages.some((page) => page.document.querySelector('script[src][fetchpriority="low"]'))).toBe(true);
  });

  it('keeps every page within the JavaScript and CSS budgets', () => {
    const over: string[] = [];
    for (const page of pages) {
      const assets = pageAssets(root, base, page);
      if (assets.initialJsGzip > budgets.initialJsGzip) over.push(`${page.rel}: ${assets.initialJsGzip} B of JS before charts`);
      if (assets.chartJsGzip > budgets.chartJsGzip) over.push(`${page.rel}: ${assets.chartJsGzip} B of chart JS`);
      if (assets.cssGzip > budgets.cssGzip) over.push(`${page.rel}: ${assets.cssGzip} B of CSS`);
      if (assets.htmlGzip > budgets.htmlGzip) over.push(`${page.rel}: ${assets.htmlGzip} B of HTML`);
      const hasCharts = page.document.querySelector('chart-canvas') !== null;
      if (assets.widgetJsGzip > budgets.widgetJsGzip) over.push(`${page.rel}: ${assets.widgetJsGzip} B of calculator and interactive JS`);
      if (hasCharts && assets.chartScripts.length === 0) over.push(`${page.rel}: chart code is not split from the page`);
      // chart.js and the widgets' code arrive on demand, never with the page.
      const upFront = assets.initialScripts.filter((src) => /chart-render|calculator-form|expert-router|critique-loop|thin-market/.test(src));
      if (upFront.length) over.push(`${page.rel}: loads ${upFront.join(', ')} before a reader needs it`);
    }
    expect(over).toEqual([]);
  });
});

const idCache = new Map<string, string[]>();
function loadIds(file: string): string[] {
  if (!idCache.has(file)) idCache.set(file, [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  return idCache.get(file)!;
}
