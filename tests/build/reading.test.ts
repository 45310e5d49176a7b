/**
 * The reading experience in the built pages: two self-hosted font files within 60 KB that cover
 * every character a page prints, preloaded on every page; long-reads that open with what we found;
 * and no internal ids where a reader's name fits.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import { faces as fontFaces } from '../../src/integrations/font-subset.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPages, resolveToFile } from '../support/site-files.mjs';

const root = process.env.DIST_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
let pages: ReturnType<typeof loadPages> = [];
const require = createRequire(import.meta.url);
const load = (path: string) => create(readFileSync(path)) as Font;

beforeAll(() => {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run npm run build first.`);
  pages = loadPages(root, base);
});

/** The words a reader sees: the body's text without scripts, styles and templates. */
function visibleText(document: (typeof pages)[number]['document']): string {
  const body = document.querySelector('body')!.clone() as typeof document;
  for (const element of body.querySelectorAll('script, style, template, noscript')) element.remove();
  return body.text;
}

describe('type', () => {
  it('ships at most two font files, 60 KB in all', () => {
    const fonts = readdirSync(join(root, '_astro')).filter((name) => name.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThanOrEqual(2);
    const bytes = fonts.reduce((total, name) => total + statSync(join(root, '_astro', name)).size, 0);
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
  });

  it('preloads both faces on every page, and each preload is a file that exists', () => {
    for (const page of pages) {
      const preloads = page.document.querySelectorAll('link[rel="preload"][as="font"]').map((link) => link.getAttribute('href')!);
      expect(preloads.length, page.rel).toBe(2);
      for (const href of preloads) expect(resolveToFile(root, base, href), `${page.rel}: ${href}`).toBeTruthy();
    }
  });

  it('covers, in both faces, every character any page prints (the subset is cut from the site’s own text)', () => {
    const built = readdirSync(join(root, '_astro')).filter((name) => name.endsWith('.woff2'));
    // Each built face beside the Fontsource file it was cut from: a character the original lacks
    // (a superscript digit, an arrow) falls back to a system font whatever we do.
    const pairs = built.map((name) => {
      const face = fontFaces.find((candidate) => name.startsWith(candidate.file.replace(/\.woff2$/, '.')))!;
      return { subset: load(join(root, '_astro', name)), original: load(require.resolve(face.source)) };
    });
    const covered = (character: string) => pairs.every(({ subset, original }) => subset.hasGlyphForCodePoint(character.codePointAt(0)!) || !original.hasGlyphForCodePoint(character.codePointAt(0)!));
    const missing = new Map<string, string>();
    for (const page of pages) {
      for (const character of visibleText(page.document)) {
        if (character.trim() && !missing.has(character) && !covered(character)) missing.set(character, page.rel);
      }
    }
    expect([...missing].map(([character, page]) => `U+${character.codePointAt(0)!.toString(16).toUpperCase()} “${character}” on ${page}`)).toEqual([]);
  });
});

describe('long-reads', () => {
  const longReads = () => pages.filter((page) => page.document.querySelector('.longread .source-tag'));

  it('open with a source line and a box of 3 to 5 findings, each linked to a note on the page', () => {
    expect(longReads().length).toBeGreaterThanOrEqual(2);
    for (const page of longReads()) {
      expect(page.document.querySelector('.longread-head .byline')?.text, page.rel).toMatch(/Retells .+ ·\s+\d+ min read/);
      const links = page.document.querySelectorAll('.findings li a');
      expect(links.length, page.rel).toBeGreaterThanOrEqual(3);
      expect(links.length, page.rel).toBeLessThanOrEqual(5);
      for (const link of links) expect(page.document.querySelector(`.sidenote[id="${link.getAttribute('href')!.slice(1)}"]`), `${page.rel} ${link.getAttribute('href')}`).toBeTruthy();
    }
  });

  it('number their notes 1, 2, 3… in the order of the text, in the page itself, with the same number on marker and note', () => {
    const annotated = pages.filter((page) => page.document.querySelector('.note-marker'));
    expect(annotated.length).toBeGreaterThanOrEqual(2);
    for (const page of annotated) {
      const markers = page.document.querySelectorAll('.note-marker');
      expect(markers.map((marker) => marker.text), page.rel).toEqual(markers.map((_, index) => String(index + 1)));
      for (const marker of markers) {
        const id = marker.getAttribute('data-note')!;
        const number = page.document.querySelector(`.sidenote[id="${id}"] .note-permalink`);
        expect(number?.text, `${page.rel} ${id}`).toBe(marker.text);
        expect(number?.getAttribute('href'), `${page.rel} ${id}`).toBe(`#${id}`);
        expect(marker.getAttribute('aria-label'), `${page.rel} ${id}`).toMatch(new RegExp(`^Note ${marker.text}: `));
      }
      // "What we found" names each note by the number the page shows for it.
      for (const link of page.document.querySelectorAll('.finding-link')) {
        const number = page.document.querySelector(`.sidenote[id="${link.getAttribute('data-finding-note')}"] .note-permalink`)?.text;
        expect(link.text.replace(/\s+/g, ' '), `${page.rel} ${link.getAttribute('href')}`).toBe(`note ${number}`);
      }
    }
  });

  it('show readers no path into the code ("src/lib/…") on any page', () => {
    const leaks = pages.flatMap((page) => (visibleText(page.document).match(/\bsrc\/[\w./-]+/g) ?? []).map((path) => `${page.rel}: ${path}`));
    expect(leaks).toEqual([]);
  });

  it('show readers no claim id ("(002-ttm-revenue)") in any text: a mention of another check is a link', () => {
    const leaks = pages.flatMap((page) => (visibleText(page.document).match(/\(\d{3}-[a-z0-9]+(?:-[a-z0-9]+)+\)/g) ?? []).map((id) => `${page.rel}: ${id}`));
    expect(leaks).toEqual([]);
    const ledger = pages.find((page) => page.rel === 'claims/index.html')!;
    expect(ledger.document.querySelectorAll('a').filter((link) => link.text.startsWith('see the check of')).length).toBeGreaterThan(5);
  });

  it('name their sources as readers do: no bare "source 000" in the opening', () => {
    for (const page of longReads()) {
      const opening = page.document.querySelector('.longread-head')!.text;
      expect(opening, page.rel).not.toMatch(/source \d{3}/i);
    }
  });
});

describe('the sources page', () => {
  it('writes each source’s author and lists as a reader reads them: sentences, and lists with bullets', () => {
    const page = pages.find((candidate) => candidate.rel === 'sources/index.html')!;
    const author = page.document.querySelectorAll('dt').find((term) => term.text === 'Author' && term.nextElementSibling?.text.includes('Fortugno'))!;
    expect(author.nextElementSibling!.text).toMatch(/^Rosario Fortugno\. Describes/);
    const lists = page.document.querySelectorAll('section h3 + ul');
    expect(lists.length).toBeGreaterThanOrEqual(4);
    for (const list of lists) expect(list.getAttribute('class') ?? '', list.previousElementSibling!.text).toContain('list-disc');
  });
});

describe('permalinks', () => {
  it('tie every "#" to the last word of what it links to with a word joiner, and name where it goes', () => {
    const loose: string[] = [];
    let count = 0;
    for (const page of pages) {
      for (const anchor of page.document.querySelectorAll('a[href^="#"]').filter((link) => link.text.trim() === '#')) {
        count += 1;
        const where = `${page.rel} ${anchor.getAttribute('href')}`;
        // A space before the "#" is where a narrow screen would break, leaving "#" alone on a line.
        if (!(anchor.previousSibling?.text ?? '').endsWith('\u2060')) loose.push(`${where}: no word joiner before "#"`);
        if (!anchor.classList.contains('heading-anchor')) loose.push(`${where}: not a heading-anchor (styled, copied, kept out of search)`);
        if (!/^Permalink to \S/.test(anchor.getAttribute('aria-label') ?? '')) loose.push(`${where}: aria-label "${anchor.getAttribute('aria-label')}"`);
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(loose).toEqual([]);
  });
});
