import { describe, expect, it } from 'vitest';
import { axeViolations, closePage, expectClean, openPage, site, wakeChart } from './setup';

/** Calculators wake on demand (scripts/widget-loader.ts): a busy machine may take a moment. */
const woken = { timeout: 10_000 };

const article = 'articles/anthropic-trillion-secondary-market/';

describe('the growth calculator', () => {
  it('updates as the reader types, refuses nonsense with a message, and never shows NaN', async () => {
    const page = await openPage(article);
    const calculator = page.locator('#calc-growth');
    const increase = calculator.locator('[data-result="increase"]');
    await expect(increase.textContent()).resolves.toBe('$30 billion');
    await calculator.locator('input[name="start"]').fill('18');
    // The first focus wakes the calculator (its code arrives on demand); it then reads what was typed.
    await expect.poll(() => increase.textContent(), woken).toBe('$21 billion');
    await calculator.locator('input[name="months"]').fill('banana');
    await expect.poll(() => calculator.locator('[id$="months-error"]').textContent(), woken).toMatch(/is not a number/);
    expect(await calculator.locator('input[name="months"]').getAttribute('aria-invalid')).toBe('true');
    await calculator.locator('input[name="months"]').fill('0');
    await expect(calculator.locator('[id$="months-error"]').textContent()).resolves.toMatch(/cannot be zero/);
    const text = await calculator.textContent();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    await calculator.locator('[data-reset]').click();
    await expect(increase.textContent()).resolves.toBe('$30 billion');
    await expectClean(page);
    await closePage(page);
  });

  it('restores its inputs from a shared link', async () => {
    const page = await openPage(`${article}?growth.start=13&growth.end=39&growth.months=6#calc-growth`);
    await expect(page.locator('#calc-growth input[name="start"]').inputValue()).resolves.toBe('13');
    await expect(page.locator('#calc-growth [data-headline]').textContent()).resolves.toBe('3× in 6 months');
    await closePage(page);
  });
});

describe('definition cards', () => {
  it('open on hover after a short delay and stay open when the pointer moves into the card', async () => {
    const page = await openPage(article);
    const term = page.locator('a.term').first();
    await term.hover();
    const card = page.locator('#term-card');
    await page.waitForSelector('#term-card:not([hidden])', { timeout: 2000 });
    await expect(card.textContent()).resolves.toMatch(/Read the full entry/);
    // The card's text is the page's own list of the terms it uses (printed at the end on paper).
    const id = (await term.getAttribute('data-term'))!;
    const listed = page.locator(`#term-definitions [data-definition="${id}"]`);
    expect(await card.locator('.term-card-title').textContent()).toBe(await listed.locator('dt').textContent());
    expect(await card.locator('p').nth(2).textContent()).toBe(await listed.locator('dd').textContent());
    expect(await card.locator('a').getAttribute('href')).toBe(new URL((await term.getAttribute('href'))!, page.url()).toString());
    await card.hover();
    await page.waitForTimeout(500);
    expect(await card.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await page.waitForSelector('#term-card[hidden]', { state: 'attached', timeout: 2000 });
    await expectClean(page);
    await closePage(page);
  });

  it('open on keyboard focus, close on Escape, and leave focus on the term', async () => {
    const page = await openPage(article);
    const term = page.locator('a.term').first();
    await term.focus();
    await page.waitForSelector('#term-card:not([hidden])');
    expect(await term.getAttribute('aria-describedby')).toBe('term-card');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('#term-card').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term'))).toBe(true);
    await closePage(page);
  });

  it('open on tap on a phone as a sheet at the bottom, and a second tap follows the link', async () => {
    const page = await openPage(article, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const term = page.locator('a.term').nth(3);
    const href = await term.getAttribute('href');
    // Put the term near the bottom of the screen, where a sheet would cover it.
    await term.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - window.innerHeight + 70));
    await term.tap();
    await page.waitForSelector('#term-card.is-sheet:not([hidden])');
    const box = (await page.locator('#term-card').boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(800);
    // The sheet never covers the term being read.
    await page.waitForTimeout(600);
    const termBox = (await term.boundingBox())!;
    const sheetTop = (await page.locator('#term-card').boundingBox())!.y;
    expect(termBox.y + termBox.height).toBeLessThanOrEqual(sheetTop);
    await term.tap();
    await page.waitForURL((url) => url.pathname === href);
    await closePage(page);
  });
});

describe('the site around the long-reads', () => {
  it('filters the claims ledger, and shows the whole table without JavaScript', async () => {
    const page = await openPage('claims/');
    const rows = page.locator('tr[data-claim]');
    const total = await rows.count();
    await page.locator('[data-facet="verdict"] .chip', { has: page.locator('input[value="does-not-add-up"]') }).click();
    const visible = await page.locator('tr[data-claim]:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(total);
    expect(page.url()).toContain('verdict=does-not-add-up');
    await closePage(page);
    const noScript = await openPage('claims/?verdict=does-not-add-up', { javaScriptEnabled: false });
    expect(await noScript.locator('tr[data-claim]:visible').count()).toBe(total);
    await closePage(noScript);
  });

  it('filters the glossary as the reader types', async () => {
    const page = await openPage('glossary/');
    const all = await page.locator('[data-term-item]:visible').count();
    await page.fill('#glossary-filter-input', 'margin');
    const some = await page.locator('[data-term-item]:visible').count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    await closePage(page);
  });

  it('serves a helpful 404 page for an unknown address', async () => {
    const page = await openPage('no/such/page/', { allowErrors: true });
    await expect(page.locator('h1').textContent()).resolves.toMatch(/no page/i);
    expect(await page.locator('main a').count()).toBeGreaterThan(3);
    await closePage(page);
  });

  it('works under a sub-path: pages, assets, charts and links', async () => {
    const page = await openPage('', { base: site.subPath });
    // The home page's chart too: moving the pointer brings its chart code in (let it land before
    // the click leaves the page, or the navigation cancels the request).
    await wakeChart(page);
    const link = page.locator('main a[href*="/articles/"]').first();
    expect(await link.getAttribute('href')).toMatch(/^\/explainers\/articles\//);
    await link.click();
    await page.waitForLoadState('load');
    await wakeChart(page);
    await expectClean(page);
    await closePage(page);
  });
});
