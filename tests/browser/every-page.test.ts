/**
 * Every page of the built site, in Chromium: accessibility (axe), no sideways scrolling at 320 px,
 * no overlapping notes, and a keyboard walk with visible focus and no trap.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPages } from '../support/site-files.mjs';
import { axeViolations, closePage, expectClean, openPage } from './setup';

const paths = loadPages('dist', '/')
  .map((page) => page.urlPath.slice(1))
  .filter((path) => path !== '404/');
/** One page of each kind, for the checks that are slow per page. */
const kindOf = (path: string) => path.split('/')[0] || 'home';
const representatives = new Set([...new Map(paths.map((path) => [kindOf(path), path])).values()]);

async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.sidenote')]
      .filter((note) => note.offsetParent !== null && getComputedStyle(note).float !== 'none')
      .map((note) => ({ id: note.id, box: note.getBoundingClientRect() }));
    const problems: string[] = [];
    for (let index = 1; index < boxes.length; index++) {
      const previous = boxes[index - 1]!;
      const current = boxes[index]!;
      if (current.box.top < previous.box.bottom - 1 && current.box.left < previous.box.right && previous.box.left < current.box.right) {
        problems.push(`${previous.id} overlaps ${current.id}`);
      }
    }
    const text = document.querySelector('.longread-body')?.getBoundingClientRect();
    const paragraphs = [...document.querySelectorAll('.longread-body > p')].map((paragraph) => paragraph.getBoundingClientRect());
    for (const { id, box } of boxes) {
      if (text && box.right > document.documentElement.clientWidth + 1) problems.push(`${id} runs off the screen`);
      for (const paragraph of paragraphs) {
        const textRight = Math.min(paragraph.right, text?.left ?? 0 + 608);
        if (box.left < textRight - 1 && box.left > paragraph.left && box.top < paragraph.bottom && paragraph.top < box.bottom) {
          problems.push(`${id} covers the text`);
          break;
        }
      }
    }
    // A margin note may be pushed below its marker by the notes before it, but never by more
    // than about a screen, or the reader loses the link between the two.
    if (window.innerWidth >= 1440) {
      for (const marker of document.querySelectorAll<HTMLAnchorElement>('a.note-marker[data-note]')) {
        const note = document.getElementById(marker.dataset.note ?? '');
        const drift = note ? note.getBoundingClientRect().top - marker.getBoundingClientRect().top : 0;
        if (drift > 1000) problems.push(`${marker.dataset.note} sits ${Math.round(drift)}px below its marker`);
      }
    }
    return problems;
  });
}

describe('every page', () => {
  it(`passes axe in light and dark mode, on a phone and a desktop (${paths.length} pages)`, async () => {
    const failures: string[] = [];
    for (const path of paths) {
      for (const [colorScheme, width] of [['light', 390], ['dark', 390], ['light', 1440], ['dark', 1440]] as const) {
        const page = await openPage(path, { colorScheme, viewport: { width, height: 900 } });
        for (const violation of await axeViolations(page)) failures.push(`/${path} (${colorScheme}, ${width}px): ${violation}`);
        await expectClean(page);
        await closePage(page);
      }
    }
    expect(failures).toEqual([]);
  }, 1_800_000);

  it('never scrolls sideways at 320 px, and nothing overlaps at 375, 1024 and 1440 px', async () => {
    const failures: string[] = [];
    for (const path of paths) {
      const narrow = await openPage(path, { viewport: { width: 320, height: 700 } });
      const sideways = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (sideways > 0) failures.push(`/${path}: scrolls ${sideways}px sideways at 320px`);
      await closePage(narrow);
    }
    // Every long-read (where notes sit in the margin), and one page of each other kind.
    for (const path of new Set([...representatives, ...paths.filter((candidate) => candidate.startsWith('articles/'))])) {
      for (const width of [375, 1024, 1440]) {
        const page = await openPage(path, { viewport: { width, height: 900 } });
        for (const problem of await overlaps(page)) failures.push(`/${path} at ${width}px: ${problem}`);
        await closePage(page);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('can be walked with the keyboard: every stop visibly focused, no trap', async () => {
    for (const path of [...representatives]) {
      const page = await openPage(path);
      const seen: string[] = [];
      let wrapped = false;
      for (let step = 0; step < 400; step++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          return { key: `${element.tagName}#${element.id}.${element.className}@${element.getAttribute('href') ?? ''}${element.textContent?.slice(0, 20)}`, visible, rect: element.getBoundingClientRect().width > 0 };
        });
        if (!stop) {
          wrapped = true;
          break;
        }
        expect(stop.visible, `/${path}: no visible focus on ${stop.key}`).toBe(true);
        if (seen.length > 3 && seen.at(-1) === stop.key && seen.at(-2) === stop.key) throw new Error(`/${path}: focus is stuck on ${stop.key}`);
        seen.push(stop.key);
        if (seen.filter((key) => key === stop.key).length > 1 && seen.length > 10) {
          wrapped = true;
          break;
        }
      }
      expect(wrapped || seen.length >= 400, `/${path}: the walk neither ended nor wrapped`).toBe(true);
      await closePage(page);
    }
  }, 600_000);
});
