import { describe, expect, it } from 'vitest';
import { closePage, expectClean, openPage } from './setup';

/** Calculators wake on demand (scripts/widget-loader.ts): a busy machine may take a moment. */
const woken = { timeout: 10_000 };

const article = 'articles/anthropic-s1-deep-dive/';

describe('the reader’s toolkit', () => {
  it('search finds a glossary term and a long-read', async () => {
    const page = await openPage('search/?q=secondary%20market');
    await page.waitForSelector('[data-results] li', { timeout: 15_000 });
    const hrefs = await page.locator('[data-results] a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs).toContain('/glossary/secondary-market/');
    expect(hrefs.some((href) => href.startsWith('/articles/'))).toBe(true);
    // Emptying the box clears the results and puts back the page's idle words.
    await page.fill('#search-input', '');
    await expect.poll(() => page.locator('[data-results] li').count()).toBe(0);
    expect((await page.locator('#search-status').innerText()).trim()).toBe('Type to search.');
    await expectClean(page);
    await closePage(page);
  });

  it('search shows every result it counts, twelve at a time, and marks excerpts cut from a page', async () => {
    const page = await openPage('search/?q=run%20rate');
    await page.waitForSelector('[data-results] li', { timeout: 15_000 });
    const total = Number(/^(\d+) results/.exec(await page.locator('#search-status').innerText())![1]);
    expect(total).toBeGreaterThan(12);
    expect(await page.locator('[data-results] li').count()).toBe(12);
    expect(await page.locator('#search-status').innerText()).toContain('the first 12 are shown');
    const more = page.getByRole('button', { name: 'Show more results' });
    while (await more.isVisible()) {
      const before = await page.locator('[data-results] li').count();
      await more.click();
      await expect.poll(() => page.locator('[data-results] li').count()).toBe(Math.min(before + 12, total));
      // Focus moves to the first added result, so a keyboard reader continues from there.
      expect(await page.evaluate((index) => document.activeElement === document.querySelectorAll('[data-results] li a')[index], before)).toBe(true);
    }
    expect(await page.locator('[data-results] li').count()).toBe(total);
    expect(await page.locator('#search-status').innerText()).not.toContain('are shown');
    const excerpts = await page.locator('[data-results] p').allInnerTexts();
    expect(excerpts.some((text) => text.startsWith('… '))).toBe(true);
    await closePage(page);
  });

  it('search works under a sub-path too', async () => {
    const { site } = await import('./setup');
    const page = await openPage('search/?q=ebitda', { base: site.subPath });
    await page.waitForSelector('[data-results] li', { timeout: 15_000 });
    const first = await page.locator('[data-results] a').first().getAttribute('href');
    expect(first).toMatch(/^\/explainers\//);
    await expectClean(page);
    await closePage(page);
  });

  it('the contents follow the reader’s scrolling', async () => {
    const page = await openPage(article, { viewport: { width: 1600, height: 900 } });
    const third = page.locator('.longread-body h2').nth(2);
    const id = await third.getAttribute('id');
    await third.evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.waitForFunction((target) => document.querySelector(`.toc a[href="#${target}"]`)?.getAttribute('aria-current') === 'location', id);
    expect(await page.locator('.toc a[aria-current="location"]').count()).toBe(1);
    await closePage(page);
  });

  it('the theme choice persists across pages and applies before the first paint', async () => {
    const page = await openPage('');
    // The switch says what it will do, and (to screen readers) which theme is on.
    await page.getByRole('button', { name: 'Switch to dark theme (light theme is on)' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // Record the background the moment the new page's body starts, before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
    await page.goto(new URL('glossary/', page.url()).toString());
    const first = await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground);
    expect(first).toBe('rgb(22, 21, 15)');
    await expect(page.getByRole('button', { name: 'Switch to light theme (dark theme is on)' }).count()).resolves.toBe(1);
    await expectClean(page);
    await closePage(page);
  });

  it('printing shows every note, the end glossary and no navigation', async () => {
    const page = await openPage(article, { viewport: { width: 390, height: 844 } });
    const note = page.locator('.sidenote').first();
    await expect(note.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(page.locator('.sidenote .note-detail').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('#print-glossary').isVisible()).resolves.toBe(true);
    // Neither the wide screens' navigation nor the phone menu is printed.
    for (const nav of await page.locator('.site-header nav').all()) await expect(nav.isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-menu').isVisible()).resolves.toBe(false);
    await expect(page.locator('.calculator').first().isVisible()).resolves.toBe(false);
    await closePage(page);
  });
});

describe('the calculators of the S-1 long-read', () => {
  // A calculator's code arrives when the reader first reaches or focuses it, so results are polled:
  // the first change shows once the calculator has woken (scripts/widget-loader.ts).
  it('valuation multiple: switching the figure, the multiple and the discount rate updates the valuation', async () => {
    const page = await openPage(article);
    const calculator = page.locator('#calc-valuation-multiple');
    const future = calculator.locator('[data-result="future"]');
    await expect.poll(() => future.textContent(), woken).toBe('$337.5 billion');
    await expect.poll(() => calculator.locator('[data-headline]').textContent(), woken).toBe('$230.5 billion');
    await calculator.locator('select[name="metric"]').selectOption('revenue-2030');
    await calculator.locator('input[name="multiple"]').fill('40');
    await expect.poll(() => future.textContent(), woken).toBe('$1 trillion');
    await calculator.locator('input[name="rate"]').fill('0');
    await expect.poll(() => calculator.locator('[data-headline]').textContent(), woken).toBe('$1 trillion');
    await calculator.locator('input[name="multiple"]').fill('-3');
    await expect.poll(() => calculator.locator('.field-error').first().textContent(), woken).toMatch(/cannot be negative/);
    expect(await calculator.textContent()).not.toMatch(/NaN|Infinity/);
    await expectClean(page);
    await closePage(page);
  });

  it('token economics: a link restores the inputs', async () => {
    const page = await openPage(`${article}?token-economics.tokens=1e11&token-economics.cost=0.4&token-economics.margin=64#calc-token-economics`);
    await expect.poll(() => page.locator('#calc-token-economics [data-headline]').textContent(), woken).toBe('$480 million');
    await page.locator('#calc-token-economics input[name="margin"]').fill('100');
    await expect.poll(() => page.locator('#calc-token-economics .field-error').nth(2).textContent(), woken).toMatch(/at most 99\.9/);
    await closePage(page);
  });

  it('keeps what the reader typed before the calculator woke, even on a link that carries inputs', async () => {
    const page = await openPage(`${article}?token-economics.margin=64#calc-token-economics`, {
      // Slow the calculator's code down so the typing surely comes first.
      beforeLoad: async (page) => void (await page.route(/calculator-form\.[\w-]+\.js$/, async (route) => { await new Promise((resolve) => setTimeout(resolve, 800)); await route.continue(); })),
    });
    const margin = page.locator('#calc-token-economics input[name="margin"]');
    await margin.fill('100');
    await expect.poll(() => page.locator('#calc-token-economics .field-error').nth(2).textContent(), { timeout: 10_000 }).toMatch(/at most 99\.9/);
    expect(await margin.inputValue()).toBe('100');
    await closePage(page);
  });

  it('compute and power: changing the plant size changes the GPU count, which matches the note', async () => {
    const page = await openPage(article);
    const calculator = page.locator('#calc-compute-power');
    await expect.poll(() => calculator.locator('[data-headline]').textContent(), woken).toBe('71,429');
    await expect.poll(() => page.locator('#n-solar').textContent(), woken).toContain('71,429');
    await calculator.locator('input[name="plant"]').fill('100');
    await expect.poll(() => calculator.locator('[data-headline]').textContent(), woken).toBe('142,857');
    await calculator.locator('input[name="plant"]').fill('');
    await expect.poll(() => calculator.locator('[data-reading]').textContent(), woken).toMatch(/Fix the highlighted input/);
    await closePage(page);
  });
});

describe('the explainers’ interactives', () => {
  const cases = [
    { page: 'articles/mixture-of-experts-explained/', section: '#interactive-expert-router', key: 'experts', value: '16' },
    { page: 'articles/secondary-markets-explained/', section: '#interactive-thin-market', key: 'sellers', value: '20' },
  ];
  for (const { page: path, section, key, value } of cases) {
    const field = `input[name="${key}"]`;
    it(`${section} responds to input and refuses nonsense`, async () => {
      const page = await openPage(path);
      const host = page.locator(section);
      const before = await host.locator('[data-reading]').textContent();
      await host.locator(field).fill(value);
      await expect.poll(() => host.locator('[data-reading]').textContent(), woken).not.toBe(before);
      await host.locator(field).fill('lots');
      await expect.poll(() => host.locator(`[id$="-${key}-error"]`).textContent(), woken).toMatch(/not a number/);
      expect(await host.textContent()).not.toMatch(/NaN|Infinity|undefined/);
      await expectClean(page);
      await closePage(page);
    });
  }

  it('#interactive-critique-loop revises the answer by the principles ticked', async () => {
    const page = await openPage('articles/constitutional-ai-explained/');
    const host = page.locator('#interactive-critique-loop');
    const before = await host.locator('[data-answer]').textContent();
    await host.locator('input[name="principle"]').first().uncheck();
    await expect.poll(() => host.locator('[data-answer]').textContent(), woken).not.toBe(before);
    await expectClean(page);
    await closePage(page);
  });
});
