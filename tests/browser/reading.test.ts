/**
 * The reading experience, measured as a reader meets it: notes level with their lines, markers a
 * finger can hit, a chart or calculator early in every long-read, what we found at the top, and a
 * header and text on one grid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../support/contrast';
import { closePage, expectClean, openPage } from './setup';

/** Long-reads that retell one source: the ones that open with what we found. */
const sourceLongReads = readdirSync('content/articles')
  .filter((file) => /^source:\s*"?\d{3}"?\s*$/m.test(readFileSync(`content/articles/${file}`, 'utf8')) && /^kind:\s*long-read\s*$/m.test(readFileSync(`content/articles/${file}`, 'utf8')))
  .map((file) => `articles/${file.replace(/\.mdx$/, '')}/`);
/** Every article: long-reads, comparisons and explainers (which open with their interactive). */
const articles = readdirSync('content/articles').map((file) => `articles/${file.replace(/\.mdx$/, '')}/`);

const desktop = { viewport: { width: 1440, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface NotePlace {
  id: string;
  noteTop: number;
  noteBottom: number;
  markerTop: number;
}

async function notePlaces(page: Page): Promise<NotePlace[]> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(100);
  return page.$$eval('.longread-body .sidenote', (notes) =>
    notes.map((note) => {
      const box = note.getBoundingClientRect();
      const marker = document.getElementById(`ref-${note.id}`)!.getBoundingClientRect();
      return { id: note.id, noteTop: box.top + scrollY, noteBottom: box.bottom + scrollY, markerTop: marker.top + scrollY };
    }),
  );
}

/** A page opened once its web fonts are in, so positions measured are those a reader sees. */
async function openWithFonts(path: string, options: Parameters<typeof openPage>[1]): Promise<Page> {
  const page = await openPage(path, options);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('notes beside their lines', () => {
  it.each(sourceLongReads)('at 1440 px %s: the median note is within 24 px of its marker, and none sits more than a line below the note above', async (path) => {
    const page = await openPage(path, desktop);
    const places = await notePlaces(page);
    expect(places.length).toBeGreaterThan(10);
    const offsets = places.map((place) => Math.abs(place.noteTop - place.markerTop)).sort((a, b) => a - b);
    const median = offsets[Math.floor(offsets.length / 2)]!;
    expect(median, `median offset ${median}px`).toBeLessThanOrEqual(24);
    const line = await page.$eval('.longread-body > p', (paragraph) => parseFloat(getComputedStyle(paragraph).lineHeight));
    places.forEach((place, index) => {
      // A note is either level with its marker, or pushed down just below the note above.
      const above = index > 0 ? places[index - 1]!.noteBottom : -Infinity;
      const allowed = Math.max(place.markerTop + line, above + line);
      expect(place.noteTop, `${place.id} at ${place.noteTop}, marker at ${place.markerTop}, note above ends at ${above}`).toBeLessThanOrEqual(allowed);
      // ...and never overlaps the note above.
      expect(place.noteTop).toBeGreaterThanOrEqual(above - 1);
    });
    await expectClean(page);
    await closePage(page);
  });

  it('without JavaScript, at 1440 px, each note (shown whole) follows its marker within two lines', async () => {
    const page = await openPage(sourceLongReads[0]!, { ...desktop, javaScriptEnabled: false });
    const places = await notePlaces(page);
    const line = await page.$eval('.longread-body > p', (paragraph) => parseFloat(getComputedStyle(paragraph).lineHeight));
    for (const place of places) expect(place.noteTop - place.markerTop, place.id).toBeLessThanOrEqual(2 * line);
    await closePage(page);
  });

  it.each(sourceLongReads)('at 1440 px %s: nothing in a margin note covers one of its links, collapsed or with its working open', async (path) => {
    const page = await openWithFonts(path, desktop);
    const covered = await page.evaluate(() => {
      const problems: string[] = [];
      const check = (note: Element) => {
        for (const link of note.querySelectorAll<HTMLElement>('a, button')) {
          // A link that wraps has one box a line; the middle of its whole box may be another link.
          const box = link.getClientRects()[0];
          if (!box || box.width === 0 || box.height === 0) continue;
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          if (!hit || !link.contains(hit)) problems.push(`${note.id}: “${link.textContent?.trim() || link.getAttribute('aria-label')}” is under ${hit?.outerHTML.slice(0, 60)}`);
        }
      };
      for (const note of document.querySelectorAll<HTMLElement>('.longread-body .sidenote')) {
        note.scrollIntoView({ block: 'center' });
        check(note);
        const more = note.querySelector<HTMLButtonElement>('.note-more');
        if (!more) continue;
        more.click();
        note.scrollIntoView({ block: 'center' });
        check(note);
        more.click();
      }
      return problems;
    });
    expect(covered).toEqual([]);
    await closePage(page);
  });

  it.each(sourceLongReads)('at 1440 px %s: a marker sits a word space from the text before it; only the second of a pair stands further off', async (path) => {
    const page = await openWithFonts(path, desktop);
    const gaps = await page.$$eval('.longread-body a.note-marker', (markers) =>
      markers.flatMap((marker) => {
        // The last visible character before the marker, skipping the previous note (in the margin).
        let node: Node | null = marker.previousSibling;
        while (node && (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) && !(node instanceof HTMLElement && !node.classList.contains('sidenote'))) node = node.previousSibling;
        if (!node) return [];
        const range = document.createRange();
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node.textContent!.trimEnd();
          range.setStart(node, text.length - 1);
          range.setEnd(node, text.length);
        } else range.selectNode(node);
        const before = [...range.getClientRects()].at(-1)!;
        const box = marker.getBoundingClientRect();
        if (Math.abs(before.bottom - box.bottom) > 20) return []; // the marker starts a new line
        return [{ id: marker.dataset.note!, paired: marker.classList.contains('note-marker-paired'), gap: Math.round(box.left - before.right) }];
      }),
    );
    const single = gaps.filter((gap) => !gap.paired);
    expect(single.length).toBeGreaterThan(10);
    for (const gap of single) expect(gap.gap, gap.id).toBeLessThanOrEqual(8);
    await closePage(page);
  });

  it.each(sourceLongReads)('at 1440 px %s: a collapsed margin note cuts nothing it shows short', async (path) => {
    const page = await openWithFonts(path, desktop);
    const cut = await page.$$eval('.longread-body .sidenote', (notes) =>
      notes.flatMap((note) =>
        [...note.querySelectorAll<HTMLElement>('*')]
          .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).overflow !== 'visible')
          .filter((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
          .map((element) => `${note.id}: “${element.textContent!.trim().slice(0, 50)}…”`),
      ),
    );
    expect(cut).toEqual([]);
    await closePage(page);
  });

  it.each(sourceLongReads)('at 1440 px %s: "Show working", where it wraps to a line of its own, starts at the note\'s left edge', async (path) => {
    const page = await openWithFonts(path, desktop);
    const places = await page.$$eval('.longread-body .sidenote .note-more', (buttons) =>
      buttons.map((button) => {
        const label = button.closest('.note-label')!.getBoundingClientRect();
        const box = button.getBoundingClientRect();
        return { id: button.closest('.sidenote')!.id, wrapped: box.top > label.top + 4, indent: box.left - label.left };
      }),
    );
    const wrapped = places.filter((place) => place.wrapped);
    expect(wrapped.length, 'some labels are long enough to wrap the button').toBeGreaterThan(0);
    for (const place of wrapped) expect(place.indent, place.id).toBeLessThanOrEqual(1);
    await closePage(page);
  });

  it('stay beside their lines after the window narrows and widens again', async () => {
    const page = await openPage(sourceLongReads[0]!, desktop);
    await page.setViewportSize({ width: 800, height: 900 });
    await page.waitForTimeout(100);
    await page.setViewportSize({ width: 1280, height: 900 });
    const places = await notePlaces(page);
    const offsets = places.map((place) => Math.abs(place.noteTop - place.markerTop)).sort((a, b) => a - b);
    expect(offsets[Math.floor(offsets.length / 2)]!).toBeLessThanOrEqual(24);
    await closePage(page);
  });

  it.each(sourceLongReads)('at 390 px %s: no note number starts a line of its own', async (path) => {
    const page = await openPage(path, phone);
    await page.evaluate(() => document.fonts.ready);
    const alone = await page.$$eval('.longread-body a.note-marker', (markers) =>
      markers.flatMap((marker) => {
        const block = marker.closest('p, li')!;
        const style = getComputedStyle(block);
        const lineStart = block.getBoundingClientRect().left + parseFloat(style.paddingLeft) + parseFloat(style.textIndent || '0');
        return marker.getBoundingClientRect().left - lineStart < 6 ? [marker.getAttribute('aria-label')!] : [];
      }),
    );
    expect(alone).toEqual([]);
    await closePage(page);
  });

  it('at 390 px every note marker has a 44 px hit area without looking bigger', async () => {
    const page = await openPage(sourceLongReads[0]!, phone);
    const markers = await page.$$eval('.longread-body a.note-marker', (links) =>
      links.map((link) => {
        const box = link.getBoundingClientRect();
        const after = getComputedStyle(link, '::after');
        return { visibleHeight: box.height, width: parseFloat(after.width), height: parseFloat(after.height) };
      }),
    );
    expect(markers.length).toBeGreaterThan(10);
    for (const marker of markers) {
      expect(marker.width).toBeGreaterThanOrEqual(44);
      expect(marker.height).toBeGreaterThanOrEqual(44);
      expect(marker.visibleHeight).toBeLessThan(30);
    }
    // A tap 20 px beside a marker's centre (a finger's width) still opens its note.
    const marker = page.locator('.longread-body a.note-marker').first();
    await marker.scrollIntoViewIfNeeded();
    const box = (await marker.boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a.note-marker')?.id ?? null, { x: box.x + box.width / 2, y: box.y + box.height / 2 + 19 });
    expect(hit).toBe(await marker.getAttribute('id'));
    await closePage(page);
  });
});

describe('a long-read opens with what we found', () => {
  it.each(sourceLongReads)('%s has a findings box of 3 to 5 findings, each linked to a note on the page', async (path) => {
    const page = await openPage(path, phone);
    const findings = page.locator('.findings li');
    const count = await findings.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    for (const link of await page.locator('.findings li a').all()) {
      const id = (await link.getAttribute('href'))!.slice(1);
      expect(await page.locator(`.sidenote[id="${id}"]`).count(), id).toBe(1);
    }
    // Following a finding's link on a phone opens the folded note it names.
    const first = page.locator('.findings li a').first();
    const id = (await first.getAttribute('href'))!.slice(1);
    await first.click();
    await expect(page.locator(`#${id}`).isVisible()).resolves.toBe(true);
    await closePage(page);
  });

  it.each(articles)('%s shows its first chart or interactive within two screens at 1440 px and three at 390 px', async (path) => {
    for (const [options, screens] of [[desktop, 2], [phone, 3]] as const) {
      const page = await openPage(path, options);
      const top = await page.$eval('main', (main) => {
        const first = main.querySelector('.chart-figure, .calculator, .interactive');
        return first ? first.getBoundingClientRect().top + scrollY : Infinity;
      });
      const height = options.viewport.height;
      expect(top, `${path} at ${options.viewport.width} px: first chart at ${top} px`).toBeLessThan(screens * height);
      await closePage(page);
    }
  });
});

describe('the home page', () => {
  it('leads with 3 to 5 findings linked to their checks, a hero chart, the verdicts of each source, and cards two to a phone screen', async () => {
    const page = await openPage('', phone);
    const findings = await page.$$eval('.home-findings li a', (links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.length).toBeLessThanOrEqual(5);
    for (const link of findings) {
      const target = new URL(link);
      const html = await (await fetch(target.origin + target.pathname)).text();
      expect(html, link).toContain(`id="${target.hash.slice(1)}"`);
    }
    // The findings come before any chart, and the first chart is within the first three screens.
    const order = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top + scrollY;
      return { findings: top('.home-findings'), chart: top('.chart-figure') };
    });
    expect(order.findings).toBeLessThan(order.chart);
    expect(order.chart).toBeLessThan(3 * 844);
    const verdictLinks = await page.$$eval('.home-verdicts a.verdict-bar', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).search));
    expect(verdictLinks.length).toBeGreaterThan(2);
    for (const search of verdictLinks) expect(search).toMatch(/^\?source=\d{3}&verdict=[a-z-]+$/);
    const cards = await page.$$eval('.read-card', (elements) => elements.map((element) => element.getBoundingClientRect().height));
    expect(cards.length).toBeGreaterThan(2);
    for (const height of cards) expect(height).toBeLessThanOrEqual(844 / 2 - 16);
    await expectClean(page);
    await closePage(page);
  });

  it.each(['light', 'dark'] as const)('in the %s theme every verdict bar shows its empty track against the page, zero rows too', async (theme) => {
    const page = await openPage('', { viewport: { width: 390, height: 844 }, colorScheme: theme });
    const result = await page.evaluate(() => {
      const body = getComputedStyle(document.body).backgroundColor;
      const paper = body === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : body;
      const tracks = [...document.querySelectorAll('.home-verdicts .verdict-bar-track')].map((track) => getComputedStyle(track).backgroundColor);
      return { paper, tracks, rows: document.querySelectorAll('.home-verdicts tbody tr').length };
    });
    expect(result.tracks.length).toBe(result.rows * 2);
    expect(Math.min(...result.tracks.map((track) => contrastRatio(track, result.paper)))).toBeGreaterThanOrEqual(1.2);
    await closePage(page);
  });

  it.each([390, 1440])('at %i px cuts no text short: card summaries and the verdict table’s source names are whole', async (width) => {
    const page = await openPage('', { viewport: { width, height: 900 } });
    await page.evaluate(() => document.fonts.ready);
    const cut = await page.$$eval('main *', (elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0 && !element.closest('svg, .sr-only') && ['hidden', 'clip'].includes(getComputedStyle(element).overflowY))
        .filter((element) => element.scrollHeight > element.clientHeight + 1)
        .map((element) => `${element.className}: “${element.textContent!.trim().slice(0, 50)}…”`),
    );
    expect(cut).toEqual([]);
    await closePage(page);
  });
});

describe('the page grid', () => {
  it('aligns the header with the page and centres both at 1280 and 1440 px; the text column holds 60 to 75 characters', async () => {
    for (const width of [1280, 1440]) {
      const page = await openPage(sourceLongReads[0]!, { viewport: { width, height: 900 } });
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const paragraph = document.querySelector<HTMLElement>('.longread-body > p')!;
        const style = getComputedStyle(paragraph);
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.font = `${style.fontSize} ${style.fontFamily}`;
        const sample = paragraph.textContent!.replace(/\s+/g, ' ');
        const charWidth = canvas.measureText(sample).width / sample.length;
        return { header: box('.site-header .page'), grid: box('.longread-grid'), name: box('.site-name'), rail: box('.toc-column'), characters: paragraph.clientWidth / charWidth };
      });
      expect(Math.abs(layout.header.left - (width - layout.header.right)), 'header centred').toBeLessThan(2);
      expect(Math.abs(layout.name.left - layout.rail.left), 'site name over the contents rail').toBeLessThan(2);
      expect(Math.abs(layout.grid.left - layout.rail.left)).toBeLessThan(2);
      expect(layout.characters).toBeGreaterThanOrEqual(60);
      expect(layout.characters).toBeLessThanOrEqual(75);
      await closePage(page);
    }
  });

  it('keeps the header to one row on a phone, and never scrolls sideways at 320 px', async () => {
    for (const path of ['', ...sourceLongReads]) {
      const page = await openPage(path, phone);
      const header = await page.$eval('.site-header', (element) => element.getBoundingClientRect().height);
      expect(header, `${path || 'home'} header height`).toBeLessThanOrEqual(64);
      await page.setViewportSize({ width: 320, height: 700 });
      await page.waitForTimeout(50);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await closePage(page);
    }
  });
});

describe('permalinks', () => {
  it.each(['sources/', 'references/', 'articles/anthropic-s1-deep-dive/'])('at 320 to 420 px on %s no "#" permalink wraps onto a line of its own', async (path) => {
    const page = await openPage(path, { viewport: { width: 320, height: 800 } });
    await page.evaluate(() => document.fonts.ready);
    const alone: string[] = [];
    for (let width = 320; width <= 420; width += 10) {
      await page.setViewportSize({ width, height: 800 });
      alone.push(...(await page.$$eval('.heading-anchor', (anchors) =>
      anchors.flatMap((anchor) => {
        const box = anchor.getBoundingClientRect();
        const parent = anchor.parentElement!;
        const start = parent.getBoundingClientRect().left + parseFloat(getComputedStyle(parent).paddingLeft);
        return box.width > 0 && box.left - start < 12 ? [anchor.getAttribute('href')!] : [];
      }),
    )).map((href) => `${width} px: ${href}`));
    }
    expect(alone).toEqual([]);
    await closePage(page);
  });
});

describe('lists in the text', () => {
  it('show their bullets and keep a gap between items, so bold-led items do not run together', async () => {
    const page = await openPage(sourceLongReads.find((path) => path.includes('s1'))!, phone);
    const lists = await page.$$eval('.longread-body ul:not([class])', (elements) =>
      elements.map((list) => ({ style: getComputedStyle(list).listStyleType, gap: list.children.length > 1 ? parseFloat(getComputedStyle(list.children[1]!).marginTop) : 8 })),
    );
    expect(lists.length).toBeGreaterThan(2);
    for (const list of lists) {
      expect(list.style).toBe('disc');
      expect(list.gap).toBeGreaterThanOrEqual(6);
    }
    await closePage(page);
  });
});
