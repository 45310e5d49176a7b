/**
 * Nothing moves while a page loads. Controls that need JavaScript are painted with the page (the
 * boot script marks <html> before the first paint), so a script arriving late shifts nothing;
 * without JavaScript those controls never show. Measured with the browser's own layout-shift
 * entries, the numbers Lighthouse's CLS adds up, at a phone's width and a desktop's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePage, expectClean, openPage } from './setup';

const pages = ['', 'claims/', 'glossary/', 'search/', 'articles/anthropic-s1-deep-dive/', 'articles/mixture-of-experts-explained/', 'articles/constitutional-ai-explained/'];
const widths = [
  { name: 'phone', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
];

/** Layout shifts the reader did not cause, from navigation until the page has settled. */
async function shifts(page: Page): Promise<{ value: number; sources: string[] }[]> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(900);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const found: { value: number; sources: string[] }[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
            if (entry.hadRecentInput) continue;
            found.push({
              value: entry.value,
              sources: entry.sources.map((source) => (source.node instanceof Element ? `${source.node.localName}.${[...source.node.classList].join('.')}` : String(source.node?.nodeName))),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(found), 100);
      }),
  );
}

describe('nothing shifts while a page loads', () => {
  for (const width of widths) {
    it.each(pages)(`at ${width.name} width, /%s`, async (path) => {
      // Scripts arrive half a second after the page, as on a slow phone network: anything the
      // page paints before them and they then move counts.
      const page = await openPage(path, {
        ...width,
        beforeLoad: async (page) => {
          await page.route('**/_astro/*.js', async (route) => {
            await new Promise((resolve) => setTimeout(resolve, 500));
            await route.continue();
          });
        },
      });
      const found = await shifts(page);
      const total = found.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, `shifted by ${JSON.stringify(found)}`).toBeLessThan(0.005);
      await expectClean(page);
      await closePage(page);
    });
  }
});

describe('controls that need JavaScript', () => {
  it.each(['claims/', 'glossary/', 'articles/constitutional-ai-explained/'])('are painted with the page, and absent without JavaScript: /%s', async (path) => {
    const withScript = await openPage(path, { viewport: { width: 412, height: 823 } });
    const shown = await withScript.$$eval('[data-needs-script]', (elements) => elements.map((element) => getComputedStyle(element).display));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((display) => display === 'none')).toEqual([]);
    await closePage(withScript);
    const without = await openPage(path, { viewport: { width: 412, height: 823 }, javaScriptEnabled: false });
    const hidden = await without.$$eval('[data-needs-script]', (elements) => elements.map((element) => element.getBoundingClientRect().height));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((height) => height === 0)).toBe(true);
    await closePage(without);
  });
});
