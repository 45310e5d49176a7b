import { describe, expect, it } from 'vitest';
import { axeViolations, closePage, expectClean, openPage, site } from './setup';

const article = 'articles/anthropic-trillion-secondary-market/';

describe('the long-read in Chromium', () => {
  it('renders the article with its notes, terms and charts, with no console or CSP errors', async () => {
    const page = await openPage(article);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/\w/);
    expect(await page.locator('.sidenote').count()).toBeGreaterThan(10);
    expect(await page.locator('a.term').count()).toBeGreaterThan(5);
    await expectClean(page);
    await closePage(page);
  });

  it('draws a chart on its canvas when it scrolls near', async () => {
    const page = await openPage(article);
    // The last chart: the first now sits near the top of the page, so it is drawn at once.
    const host = page.locator('chart-canvas').last();
    expect(await host.getAttribute('data-drawn')).toBeNull();
    await host.scrollIntoViewIfNeeded();
    await expect.poll(() => host.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('true');
    const inked = await host.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d')!;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) painted++;
      return { painted, width: canvas.width };
    });
    expect(inked.width).toBeGreaterThan(100);
    expect(inked.painted).toBeGreaterThan(500);
    await expectClean(page);
    await closePage(page);
  });

  it('fetches no chart code while the page opens, even for a chart on the first screen, and draws it once the reader moves', async () => {
    const requested: string[] = [];
    const page = await openPage('figures/002-valuation-scenarios/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, beforeLoad: async (page) => void page.on('request', (request) => requested.push(request.url())) });
    await page.waitForTimeout(1200);
    const host = page.locator('chart-canvas').first();
    expect(await host.isVisible()).toBe(true);
    expect(await host.getAttribute('data-drawn')).toBeNull();
    const before = requested.length;
    // The SVG already shows every bar and label while chart.js waits.
    expect(await host.locator('svg.chart-svg [data-value]').count()).toBeGreaterThan(0);
    await page.touchscreen.tap(5, 300);
    await expect.poll(() => host.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('true');
    expect(requested.length, 'chart code fetched only after the tap').toBeGreaterThan(before);
    await expectClean(page);
    await closePage(page);
  });

  it('fetches no widget code or data while a long page opens on a phone, and wakes a calculator when the reader reaches it', async () => {
    const requested: string[] = [];
    const page = await openPage('articles/anthropic-s1-deep-dive/', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, beforeLoad: async (page) => void page.on('request', (request) => requested.push(new URL(request.url()).pathname)) });
    await page.waitForTimeout(1200);
    const onDemand = /chart-render|calculator-form|expert-router|critique-loop|thin-market|\/charts\/.+\.json|\/widgets\/.+\.json/;
    expect(requested.filter((path) => onDemand.test(path)), 'fetched before the reader did anything').toEqual([]);
    const calculator = page.locator('calculator-form').first();
    const name = (await calculator.getAttribute('data-calculator'))!;
    await calculator.scrollIntoViewIfNeeded();
    await expect.poll(() => requested.some((path) => path.endsWith(`/widgets/${name}.json`)), { timeout: 15_000 }).toBe(true);
    expect(requested.some((path) => /calculator-form/.test(path))).toBe(true);
    await expectClean(page);
    await closePage(page);
  });

  it('holds a tap made before an interactive has its code, and acts on it once, when the code arrives', async () => {
    const page = await openPage('articles/constitutional-ai-explained/', {
      // Slow the interactive's code down so the tap surely comes first.
      beforeLoad: async (page) => void (await page.route(/critique-loop\.[\w-]+\.js$/, async (route) => { await new Promise((resolve) => setTimeout(resolve, 800)); await route.continue(); })),
    });
    const loop = page.locator('#interactive-critique-loop');
    await loop.locator('[data-first]').click();
    await expect.poll(() => loop.locator('figure.diagram text.is-current').textContent(), { timeout: 15_000 }).toBe('1. First draft');
    await loop.locator('[data-next]').click();
    await expect.poll(() => loop.locator('figure.diagram text.is-current').textContent()).toMatch(/^2\. Critique/);
    await expectClean(page);
    await closePage(page);
  });

  it('never fetches chart code on a page without charts, however far the reader goes', async () => {
    const requested: string[] = [];
    const page = await openPage('articles/constitutional-ai-explained/', { beforeLoad: async (page) => void page.on('request', (request) => requested.push(request.url())) });
    await page.mouse.move(5, 5);
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 700) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    });
    await page.waitForTimeout(500);
    expect(await page.locator('chart-canvas').count()).toBe(0);
    expect(requested.filter((url) => /chart-render/.test(url))).toEqual([]);
    await closePage(page);
  });

  it('opens and closes a note with the keyboard on a phone', async () => {
    const page = await openPage(article, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const marker = page.locator('a.note-marker').first();
    const noteId = (await marker.getAttribute('data-note'))!;
    const note = page.locator(`#${noteId}`);
    await expect(note.isVisible()).resolves.toBe(false);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(note.isVisible()).resolves.toBe(true);
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press(' ');
    await expect(note.isVisible()).resolves.toBe(false);
    await expectClean(page);
    await closePage(page);
  });

  it('opens a check note on a phone with its working shown, and no "Show working" button that would do nothing', async () => {
    const page = await openPage(article, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const noteId = (await page.locator('.sidenote:has(.note-detail)').first().getAttribute('id'))!;
    const marker = page.locator(`a.note-marker[data-note="${noteId}"]`);
    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    const note = page.locator(`#${noteId}`);
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.locator('.note-detail').isVisible()).resolves.toBe(true);
    expect(await note.locator('.note-more').count()).toBe(1);
    await expect(note.locator('.note-more').isVisible()).resolves.toBe(false);
    await closePage(page);
  });

  it('shows a check note’s working on request on a wide screen', async () => {
    const page = await openPage(article, { viewport: { width: 1440, height: 900 } });
    const button = page.locator('.sidenote .note-more').first();
    const detail = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await expect(detail.isVisible()).resolves.toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(detail.isVisible()).resolves.toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await closePage(page);
  });

  it('opens a note whole when its permalink is followed', async () => {
    const page = await openPage(article, { viewport: { width: 390, height: 844 } });
    const noteId = (await page.locator('.sidenote.note-kind-check').first().getAttribute('id'))!;
    await page.goto(new URL(`${article}#${noteId}`, site.root).toString());
    await page.reload();
    await expect(page.locator(`#${noteId}`).isVisible()).resolves.toBe(true);
    await closePage(page);
  });

  it('reads completely with JavaScript off: every note, term link and chart table is there', async () => {
    const withScript = await openPage(article);
    const noteIds = await withScript.locator('.sidenote').evaluateAll((notes) => notes.map((note) => note.id));
    await closePage(withScript);
    const page = await openPage(article, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    for (const id of noteIds) expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
    const firstTerm = page.locator('a.term').first();
    expect(await firstTerm.getAttribute('href')).toMatch(/\/glossary\/[a-z0-9-]+\/$/);
    expect(await page.locator('figure.chart-figure table.data-table').count()).toBe(await page.locator('figure.chart-figure').count());
    await page.locator('figure.chart-figure summary').first().click();
    expect(await page.locator('figure.chart-figure table.data-table').first().isVisible()).toBe(true);
    await closePage(page);
  });

  it('has no accessibility violations in light and dark mode, on a phone and a desktop', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
        const page = await openPage(article, { colorScheme, viewport });
        expect(await axeViolations(page), `${colorScheme} ${viewport.width}px`).toEqual([]);
        await closePage(page);
      }
    }
  });

  it('does not scroll sideways at 320 px', async () => {
    const page = await openPage(article, { viewport: { width: 320, height: 700 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await closePage(page);
  });
});
