/**
 * The claims ledger, site-wide tables, search excerpts and the glossary filter, as a reader on a
 * phone or a desktop meets them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../support/contrast';
import { closePage, expectClean, openPage } from './setup';

/** Elements that scroll sideways (content wider than their box), and whether the page itself does. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page (${root.scrollWidth} px in ${root.clientWidth} px)`);
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      if (element.closest('.sr-only') || element.offsetParent === null) continue;
      const style = getComputedStyle(element);
      if (!/auto|scroll/.test(style.overflowX)) continue;
      if (element.scrollWidth > element.clientWidth + 1) found.push(`${element.tagName.toLowerCase()}.${element.className} (${element.scrollWidth} px in ${element.clientWidth} px)`);
    }
    // Anything wider than the viewport would make the page scroll, even inside overflow: hidden.
    for (const element of document.querySelectorAll<HTMLElement>('main table, main td, main th, main tr, main .chip, main [data-filters]')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 1) found.push(`${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(box.right)} px`);
    }
    return found.slice(0, 8);
  });
}

const phones = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];

describe('the claims ledger', () => {
  for (const viewport of phones) {
    it(`reads as cards at ${viewport.width} px: nothing scrolls sideways, and the first claim is on the first screen`, async () => {
      const page = await openPage('claims/', { viewport });
      expect(await sidewaysScrollers(page)).toEqual([]);
      const first = page.locator('tr[data-claim] .ledger-statement').first();
      const box = (await first.boundingBox())!;
      expect(box.y + 30, 'the first line of the first claim shows on the first screen').toBeLessThan(viewport.height);
      expect(box.width, 'the claim has the card’s full width').toBeGreaterThan(viewport.width * 0.75);
      // The working waits behind a toggle; opening it shows the reasoning.
      const details = page.locator('tr[data-claim] .ledger-details').first();
      expect(await details.locator('p').first().isVisible()).toBe(false);
      await details.locator('summary').click();
      expect(await details.locator('p').first().isVisible()).toBe(true);
      // Opening every filter group still leaves nothing wider than the screen.
      await page.locator('[data-panel] > summary').click();
      await page.locator('[data-more] > summary').click();
      await page.locator('.verdict-chart-fold > summary').click();
      expect(await sidewaysScrollers(page)).toEqual([]);
      await expectClean(page);
      await closePage(page);
    });
  }

  it('gives the claim the widest column on a desktop, with the working shown', async () => {
    const page = await openPage('claims/', { viewport: { width: 1440, height: 900 } });
    const claim = (await page.locator('thead th.ledger-claim').boundingBox())!;
    for (const other of ['ledger-verdict', 'ledger-source']) {
      expect(claim.width).toBeGreaterThan((await page.locator(`thead th.${other}`).boundingBox())!.width * 2);
    }
    expect(claim.width).toBeGreaterThan(400);
    expect(await page.locator('tr[data-claim] .ledger-details p').first().isVisible()).toBe(true);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await closePage(page);
  });

  it('puts the filters under the introduction, beside the verdict chart, on a wide screen (no empty column)', async () => {
    for (const width of [1100, 1440]) {
      const page = await openPage('claims/', { viewport: { width, height: 900 } });
      const intro = (await page.locator('.ledger-intro').boundingBox())!;
      const filters = (await page.locator('ledger-filters').boundingBox())!;
      const chart = (await page.locator('.ledger-top .verdict-chart').boundingBox())!;
      expect(Math.abs(filters.x - intro.x), `${width} px: filters line up with the introduction`).toBeLessThan(2);
      expect(filters.y, `${width} px: filters start beside the chart, not below it`).toBeLessThan(chart.y + chart.height);
      expect(filters.y - (intro.y + intro.height), `${width} px: no gap under the introduction`).toBeLessThan(80);
      expect(filters.x + filters.width, `${width} px: filters stay left of the chart`).toBeLessThanOrEqual(chart.x);
      await closePage(page);
    }
  });

  it('has filter chips that show their counts and filter the rows, with the choice in the address', async () => {
    const page = await openPage('claims/', { viewport: { width: 1280, height: 900 } });
    const rows = page.locator('tr[data-claim]');
    const total = await rows.count();
    const chip = page.locator('[data-facet="verdict"] .chip', { hasText: 'Does not add up' });
    const counted = Number(await chip.locator('.chip-count').textContent());
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThan(total);
    await chip.click();
    expect(await page.locator('tr[data-claim]:visible').count()).toBe(counted);
    expect(await page.locator('tr[data-claim]:visible').evaluateAll((visible) => visible.every((row) => (row as HTMLElement).dataset.verdict === 'does-not-add-up'))).toBe(true);
    expect(page.url()).toContain('verdict=does-not-add-up');
    // The source chips now count only claims with that verdict, and add up to it.
    const sourceCounts = await page.locator('[data-facet="source"] .chip-count[data-count]:not([data-count=""])').allTextContents();
    expect(sourceCounts.map(Number).reduce((sum, count) => sum + count, 0)).toBe(counted);
    await expect(page.locator('[data-shown]').textContent()).resolves.toBe(`${counted} of ${total} claims`);
    // Labels are words a reader knows: sources by the names readers know them by, capitalised categories, no raw values.
    const labels = await page.locator('.chip-label').allTextContents();
    expect(labels).toContain('Revenue');
    expect(labels).toContain('An unsigned news analysis');
    expect(labels).toContain('Rosario Fortugno’s blog essay');
    expect(labels.every((label) => !/^[a-z]/.test(label))).toBe(true);
    await page.locator('[data-show-all]').click();
    await page.waitForFunction((all) => document.querySelectorAll('tr[data-claim]:not([hidden])').length === all, total);
    await expectClean(page);
    await closePage(page);
  });

  it('filters by the verdict chart: a bar lists its claims, and is a plain link without JavaScript', async () => {
    const page = await openPage('claims/', { viewport: { width: 1280, height: 900 } });
    const bar = page.locator('[data-verdict-chart] a.verdict-bar').first();
    const [source, verdict, count] = await bar.evaluate((link) => [(link as HTMLElement).dataset.source!, (link as HTMLElement).dataset.verdict!, link.querySelector('.verdict-bar-count')!.textContent!]);
    await bar.click();
    const visible = page.locator('tr[data-claim]:visible');
    expect(await visible.count()).toBe(Number(count));
    expect(await visible.evaluateAll((shown) => shown.map((row) => `${(row as HTMLElement).dataset.source} ${(row as HTMLElement).dataset.verdict}`))).toEqual(Array(Number(count)).fill(`${source} ${verdict}`));
    expect(new URL(page.url()).searchParams.get('source')).toBe(source);
    expect(await page.locator(`[data-facet="verdict"] input[value="${verdict}"]`).isChecked()).toBe(true);
    expect(await bar.getAttribute('aria-current')).toBe('true');
    await closePage(page);

    const noScript = await openPage('claims/', { javaScriptEnabled: false });
    const href = await noScript.locator('[data-verdict-chart] a.verdict-bar').first().getAttribute('href');
    expect(href).toBe(`/claims/?source=${source}&verdict=${verdict}`);
    expect(await noScript.locator('tr[data-claim]:visible').count()).toBe(await noScript.locator('tr[data-claim]').count());
    await closePage(noScript);
  });

  it('keeps row permalinks working, even when the address also carries a filter that would hide the row', async () => {
    const probe = await openPage('claims/?verdict=consistent', { viewport: { width: 390, height: 844 } });
    const hiddenId = await probe.locator('tr[data-claim][hidden]').first().getAttribute('id');
    await closePage(probe);
    const page = await openPage(`claims/?verdict=consistent#${hiddenId}`, { viewport: { width: 390, height: 844 } });
    const row = page.locator(`tr[id="${hiddenId}"]`);
    expect(await row.isVisible()).toBe(true);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(844);
    await closePage(page);
  });
});

describe('tables across the site', () => {
  for (const viewport of phones) {
    it(`fit a ${viewport.width} px phone: comparison tables and opened data tables`, async () => {
      for (const path of ['articles/where-the-accounts-disagree/', 'articles/anthropic-s1-deep-dive/']) {
        const page = await openPage(path, { viewport });
        await page.locator('.chart-figure details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
        const tables = await page.locator('main table').count();
        expect(tables, path).toBeGreaterThan(0);
        expect(await sidewaysScrollers(page), path).toEqual([]);
        await closePage(page);
      }
    });
  }

  it('sets cells apart with padding and rules, and numbers in tabular figures aligned right', async () => {
    const page = await openPage('articles/where-the-accounts-disagree/', { viewport: { width: 390, height: 844 } });
    const cell = await page.locator('.longread-body table:not(.data-table) td').nth(1).evaluate((td) => {
      const style = getComputedStyle(td);
      return { padding: parseFloat(style.paddingLeft), rule: style.borderBottomStyle };
    });
    expect(cell.padding).toBeGreaterThanOrEqual(6);
    expect(cell.rule).toBe('solid');
    await closePage(page);
    const charts = await openPage('articles/anthropic-s1-deep-dive/');
    const number = await charts.locator('.data-table td.number').first().evaluate((td) => {
      const style = getComputedStyle(td);
      return { align: style.textAlign, numerals: style.fontVariantNumeric };
    });
    expect(number.align).toBe('right');
    expect(number.numerals).toContain('tabular-nums');
    await closePage(charts);
  });
});

describe('search and glossary', () => {
  it('search excerpts carry no "#" anchors or label debris', async () => {
    for (const query of ['valuation', 'gross margin', 'run rate']) {
      const page = await openPage(`search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-results] li', { timeout: 15_000 });
      const excerpts = await page.locator('[data-results] li p').allTextContents();
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt, query).not.toContain('#');
        expect(excerpt, query).not.toMatch(/·\s*(Finance|Markets|AI techniques|Hardware|Companies)\b/);
      }
      await closePage(page);
    }
  });

  it('search highlights are legible in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage('search/?q=valuation', { colorScheme });
      await page.waitForSelector('[data-results] mark', { timeout: 15_000 });
      const colours = await page.locator('[data-results] mark').first().evaluate((mark) => ({ text: getComputedStyle(mark).color, background: getComputedStyle(mark).backgroundColor }));
      expect(contrastRatio(colours.text, colours.background), colorScheme).toBeGreaterThanOrEqual(4.5);
      // In the dark theme a highlight is a dark tint behind light text, not a glaring light block.
      expect(contrastRatio(colours.background, 'rgb(0, 0, 0)') < contrastRatio(colours.text, 'rgb(0, 0, 0)'), colorScheme).toBe(colorScheme === 'dark');
      await closePage(page);
    }
  });

  it('the glossary filter narrows the A–Z list and every category list', async () => {
    const page = await openPage('glossary/');
    const categoryLinks = page.locator('[data-category-list] li:visible');
    const before = await categoryLinks.count();
    await page.fill('#glossary-filter-input', 'margin');
    const after = await categoryLinks.count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator('[data-term-item]:visible').count()).toBe(after);
    // A category with no match hides whole, heading included.
    expect(await page.locator('[data-category-section]:visible').count()).toBeLessThan(await page.locator('[data-category-section]').count());
    // Nothing matches: one message, and no "By category" heading left standing over an empty space.
    await page.fill('#glossary-filter-input', 'zzzq');
    await expect.poll(() => page.locator('[data-glossary-empty]').isVisible()).toBe(true);
    expect(await page.locator('#by-category').isVisible()).toBe(false);
    await page.fill('#glossary-filter-input', '');
    expect(await page.locator('#by-category').isVisible()).toBe(true);
    await closePage(page);
  });

  it('the glossary has an A–Z bar that jumps to each letter', async () => {
    const page = await openPage('glossary/', { viewport: { width: 390, height: 844 } });
    const letters = page.locator('nav.az-bar a');
    expect(await letters.count()).toBeGreaterThan(10);
    const target = await letters.nth(3).getAttribute('href');
    await letters.nth(3).click();
    const heading = page.locator(target!);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(200);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await closePage(page);
  });
});
