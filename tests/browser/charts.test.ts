/**
 * Every chart, as a reader sees it, at five widths and in both themes: the build's SVG and the
 * chart.js canvas that takes over from it are measured (no screenshots): every point drawn with
 * visible extent inside the plot, no label clipped or on top of another, a plot at least 200 px tall,
 * log gridlines at powers of ten, text at least 12 px, the key inside the figure, no layout shift
 * when chart.js takes over, and the two renderers holding the same points, scale and ticks.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePage, expectClean, openPage, site, wakeChart } from './setup';

const ids = readdirSync('dist/figures').sort();
const widths = [320, 390, 768, 1024, 1440];
const themes = ['light', 'dark'] as const;

interface Measured {
  problems: string[];
  svg: { values: number[]; scale: string; ticks: number[] };
  canvas: { values: number[]; scale: string; ticks: number[] };
  svgBox: number[];
  canvasBox: number[];
}

/** Reads one figure page's chart: the SVG the build drew, then (after take-over) the chart.js instance. */
async function measure(page: Page): Promise<Measured> {
  await wakeChart(page);
  await page.waitForFunction(() => Boolean((document.querySelector('chart-canvas') as HTMLElement & { chart?: unknown }).chart));
  // Text boxes are measured in the site's own faces, as a reader sees them once the fonts arrive.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => {
    const problems: string[] = [];
    const host = document.querySelector('chart-canvas') as HTMLElement & { chart: any };
    const figure = host.closest('figure')!;
    const svg = [...host.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((element) => getComputedStyle(element).display !== 'none')!;
    const viewBox = svg.viewBox.baseVal;
    const scale = svg.getBoundingClientRect().width / viewBox.width;
    // SVG: text size, text inside the drawing and apart from other text, bars with visible extent.
    if (13 * scale < 12) problems.push(`SVG text ${(13 * scale).toFixed(1)} px`);
    const plot = svg.querySelector<SVGRectElement>('[data-plot]')!.getBBox();
    if (plot.height * scale < 200) problems.push(`SVG plot ${Math.round(plot.height * scale)} px tall`);
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].map((text) => ({ text: text.textContent, box: text.getBBox() }));
    texts.forEach(({ text, box }, index) => {
      if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > viewBox.width + 0.5 || box.y + box.height > viewBox.height + 0.5) problems.push(`SVG text "${text}" clipped`);
      for (const other of texts.slice(index + 1)) {
        const b = other.box;
        // A text box spans the face's whole ascent and descent (about 1.45 em for the site's sans), so the
        // lines of one wrapped label, 1.3 em apart, share a sliver of box but never ink; a quarter of a line
        // of shared height is where glyphs would really collide.
        const overlap = Math.min(box.x + box.width, b.x + b.width) - Math.max(box.x, b.x) > 0.5 && Math.min(box.y + box.height, b.y + b.height) - Math.max(box.y, b.y) > 0.25 * Math.min(box.height, b.height);
        if (overlap) problems.push(`SVG text "${text}" overlaps "${other.text}"`);
      }
    });
    const horizontal = svg.dataset.horizontal === 'true';
    const svgValues: number[] = [];
    for (const mark of svg.querySelectorAll<SVGGraphicsElement>('[data-value]')) {
      const box = mark.getBBox();
      svgValues.push(Number(mark.dataset.value));
      const extent = mark.tagName === 'circle' ? box.height : horizontal ? box.width : box.height;
      if (extent * scale < 2) problems.push(`SVG mark ${mark.dataset.value} is ${(extent * scale).toFixed(1)} px`);
      if (box.x < plot.x - 1.5 || box.x + box.width > plot.x + plot.width + 1.5 || box.y < plot.y - 1.5 || box.y + box.height > plot.y + plot.height + 1.5) problems.push(`SVG mark ${mark.dataset.value} outside the plot`);
    }
    // chart.js: the same marks, inside the chart area, with visible extent.
    const chart = host.chart;
    const area = chart.chartArea;
    if (area.bottom - area.top < 200) problems.push(`canvas plot ${Math.round(area.bottom - area.top)} px tall`);
    const canvasValues: number[] = [];
    chart.data.datasets.forEach((dataset: any, datasetIndex: number) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      meta.data.forEach((element: any, index: number) => {
        const raw = dataset.data[index];
        const value = raw.y === null ? null : horizontal ? raw.x : raw.y;
        if (value === null || value === undefined) return;
        canvasValues.push(value);
        const inside = (x: number, y: number) => x >= area.left - 1.5 && x <= area.right + 1.5 && y >= area.top - 1.5 && y <= area.bottom + 1.5;
        if (!inside(element.x, element.y)) problems.push(`canvas point ${value} outside the plot`);
        if (meta.type === 'bar') {
          const extent = horizontal ? Math.abs(element.x - element.base) : Math.abs(element.y - element.base);
          if (extent < 2) problems.push(`canvas bar ${value} is ${extent.toFixed(1)} px`);
          if (!inside(element.base, element.y) && horizontal) problems.push(`canvas bar ${value} starts outside the plot`);
        }
      });
    });
    // Each canvas mark sits where the SVG drew it (both come from one layout).
    const canvasTop = host.querySelector('canvas')!.getBoundingClientRect();
    chart.data.datasets.forEach((_: unknown, datasetIndex: number) => {
      const marks = [...svg.querySelectorAll<SVGGraphicsElement>(`[data-series="${datasetIndex}"]`)];
      chart.getDatasetMeta(datasetIndex).data.filter((element: any) => !element.skip).forEach((element: any, index: number) => {
        const mark = marks[index];
        if (!mark) return problems.push(`canvas mark ${datasetIndex}:${index} has no SVG mark`);
        const box = mark.getBoundingClientRect();
        const x = element.x + canvasTop.left;
        const y = element.y + canvasTop.top;
        const circle = mark.tagName === 'circle';
        const along = horizontal ? Math.abs(y - (box.top + box.height / 2)) : Math.abs(x - (box.left + box.width / 2));
        const tip = circle ? Math.abs(y - (box.top + box.height / 2)) : horizontal ? Math.min(Math.abs(x - box.right), Math.abs(x - box.left)) : Math.min(Math.abs(y - box.top), Math.abs(y - box.bottom));
        if (along > 1.5 || tip > 2.5) problems.push(`canvas mark ${mark.dataset.value} drawn ${along.toFixed(1)} px across and ${tip.toFixed(1)} px along from the SVG's`);
      });
    });
    const valueScale = chart.scales[horizontal ? 'x' : 'y'];
    if (13 * (host.clientWidth / viewBox.width) < 12) problems.push('canvas text under 12 px');
    // ...nor blown up past the page's own small text on a wide screen (it was 17 px at 1440 px).
    const drawnText = 13 * (host.clientWidth / viewBox.width);
    if (drawnText > 15.5) problems.push(`chart text drawn at ${drawnText.toFixed(1)} px`);
    // Every label has a paper halo, so lines behind it break instead of crossing its letters.
    const label = getComputedStyle(svg.querySelector('text')!);
    if (!label.paintOrder.startsWith('stroke') || parseFloat(label.strokeWidth) < 2) problems.push(`labels without a halo (${label.paintOrder}, ${label.strokeWidth})`);
    // The key of kinds: inside the figure, no swatch or name cut off.
    const figureBox = figure.getBoundingClientRect();
    for (const item of figure.querySelectorAll('.chart-key li')) {
      const box = item.getBoundingClientRect();
      if (box.left < figureBox.left - 0.5 || box.right > figureBox.right + 0.5) problems.push(`key item "${item.textContent}" clipped`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    return {
      problems,
      svg: { values: svgValues.sort((a, b) => a - b), scale: svg.dataset.scale!, ticks: svg.dataset.ticks!.split(' ').map(Number) },
      canvas: { values: canvasValues.sort((a, b) => a - b), scale: valueScale.type, ticks: valueScale.ticks.map((tick: { value: number }) => tick.value) },
      // The SVG stays in the flow (hidden) and the canvas lies exactly over it.
      svgBox: [svg.getBoundingClientRect().top, svg.getBoundingClientRect().height, host.getBoundingClientRect().height],
      canvasBox: [host.querySelector('canvas')!.getBoundingClientRect().top, host.querySelector('canvas')!.getBoundingClientRect().height, svg.getBoundingClientRect().height],
    };
  });
}

describe('every chart at every width, in both themes', () => {
  for (const theme of themes) {
    for (const width of widths) {
      it(`draws every chart correctly at ${width} px, ${theme}`, async () => {
        const problems: string[] = [];
        const page = await openPage(`/figures/${ids[0]}/`, { viewport: { width, height: 800 }, colorScheme: theme });
        for (const [index, id] of ids.entries()) {
          if (index > 0) await page.goto(new URL(`../${id}/`, page.url()).toString());
          const measured = await measure(page);
          problems.push(...measured.problems.map((problem) => `${id}: ${problem}`));
          // The two renderers hold the same points, scale type and tick values.
          expect(measured.canvas.values, id).toEqual(measured.svg.values);
          expect(measured.canvas.scale, id).toBe(measured.svg.scale);
          expect(measured.canvas.ticks, id).toEqual(measured.svg.ticks);
          if (measured.svg.scale === 'logarithmic') for (const tick of measured.canvas.ticks) expect(Math.abs(Math.log10(tick) - Math.round(Math.log10(tick))), `${id} tick ${tick}`).toBeLessThan(1e-9);
          // chart.js takes over in the SVG's own box: nothing moves.
          const [svgTop, svgHeight, hostHeight] = measured.svgBox;
          const [canvasTop, canvasHeight] = measured.canvasBox;
          expect(Math.abs(hostHeight! - svgHeight!), `${id}: the chart box is not the drawing's height`).toBeLessThan(1);
          expect(Math.abs(canvasTop! - svgTop!) + Math.abs(canvasHeight! - svgHeight!), `${id}: canvas not over the drawing`).toBeLessThan(1);
        }
        await expectClean(page);
        await page.context().close();
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('reading a chart by keyboard, hover and tap', () => {
  it('takes focus, moves point to point with the arrow keys, reads each point aloud, and leaves on Escape', async () => {
    const page = await openPage('/figures/002-valuation-scenarios/', { viewport: { width: 390, height: 800 } });
    // A keyboard reader's focus alone brings chart.js in.
    await page.focus('chart-canvas');
    await page.waitForSelector('chart-canvas[data-drawn="true"]');
    const readout = page.locator('[data-chart-readout]');
    const tooltip = () => page.evaluate(() => {
      const chart = (document.querySelector('chart-canvas') as HTMLElement & { chart: any }).chart;
      return chart.tooltip.opacity > 0 ? chart.tooltip.body.map((part: { lines: string[] }) => part.lines.join(' ')).join(' ') : '';
    });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.textContent()).toContain('30× 2030 EBITDA (author), Author’s EBITDA-multiple scenarios (as stated): $450 billion as the source states it. Kind of figure: Author’s valuation model. Source: 002 ¶100.');
    expect(await tooltip()).toBe(await readout.textContent());
    await page.keyboard.press('ArrowRight');
    expect(await readout.textContent()).toContain('recomputed from the source’s own figures: $337.5 billion, $112.5 billion below the stated figure');
    expect(await tooltip()).toBe(await readout.textContent());
    await page.keyboard.press('ArrowLeft');
    expect(await readout.textContent()).toContain('$450 billion as the source states it');
    await page.keyboard.press('Escape');
    expect(await readout.textContent()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('CHART-CANVAS');
    await expectClean(page);
    await page.context().close();
  });

  it('says the same in a tooltip on hover and on tap as the live region does', async () => {
    for (const hasTouch of [false, true]) {
      const page = await openPage('/figures/000-revenue-by-kind/', { viewport: { width: 390, height: 800 }, hasTouch });
      await wakeChart(page);
      const spot = await page.evaluate(() => {
        const host = document.querySelector('chart-canvas') as HTMLElement & { chart: any };
        const bar = host.chart.getDatasetMeta(1).data[0];
        const box = host.querySelector('canvas')!.getBoundingClientRect();
        return { x: box.left + (bar.x + bar.base) / 2, y: box.top + bar.y };
      });
      if (hasTouch) await page.touchscreen.tap(spot.x, spot.y);
      else await page.mouse.move(spot.x, spot.y);
      await expect
        .poll(() => page.evaluate(() => (document.querySelector('chart-canvas') as HTMLElement & { chart: any }).chart.tooltip.body?.[0]?.lines.join(' ')))
        .toBe('Trailing twelve months (as the essay attributes to the S-1), Trailing twelve-month revenue the essay credits to the S-1: $400 million. Kind of figure: Trailing twelve-month revenue. Source: 002 ¶88.');
      await page.context().close();
    }
  });
});

describe('embedding a chart', () => {
  it('offers the iframe code on the figure page and serves the embed page under a sub-path', async () => {
    const page = await openPage('/explainers/figures/000-run-rate/', { base: site.subPath, viewport: { width: 1024, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const code = await page.locator('#embed-code').inputValue();
    expect(code).toMatch(/^<iframe src="https?:\/\/[^"]+\/explainers\/embed\/000-run-rate\/" title="[^"]+"/);
    await page.locator('[data-embed-copy]').click();
    await expect.poll(() => page.locator('[data-embed-status]').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.goto(new URL('/explainers/embed/000-run-rate/', site.subPath).toString());
    await wakeChart(page);
    expect(await page.locator('figure.chart-figure .chart-title').textContent()).toContain('run rate');
    expect(await page.locator('.chart-meta').textContent()).toMatch(/Source: .*¶3/s);
    const back = await page.locator('.embed-credit a').getAttribute('href');
    expect(back).toBe('/explainers/figures/000-run-rate/');
    await expectClean(page);
    await page.context().close();
  });
});

describe('data tables under the charts', () => {
  it('line up the decimal points of every number column, on a phone and a desktop', async () => {
    // Every chart's table, and the order-book interactive's price ladder (two columns: a column on phones too).
    const pages = [...ids.map((id) => `figures/${id}/`), 'articles/secondary-markets-explained/'];
    for (const width of [390, 1440]) {
      const misaligned: string[] = [];
      for (const path of pages) {
        const page = await openPage(path, { viewport: { width, height: 900 } });
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        // Where each figure's whole part ends: one x for the column, whatever its decimals or suffix.
        // (On a phone, tables of four columns or more become one short block a row, with no column to align.)
        const tables = await page.locator('table.data-table').evaluateAll((tables) =>
          tables.map((table) =>
            [...table.querySelectorAll('td.number')].filter((cell) => getComputedStyle(cell).display === 'table-cell').map((cell) => [cell.textContent ?? '', Math.round(cell.querySelector('.number-whole')?.getBoundingClientRect().right ?? Number.NaN)] as const),
          ),
        );
        // A rest that starts with a space ("$380 billion") keeps it: the figure reads as written.
        const texts = await page.locator('table.data-table td.number').evaluateAll((cells) => cells.map((cell) => [cell.textContent ?? '', (cell as HTMLElement).innerText] as const));
        // (A cell a phone has not laid out yet, content-visibility: auto, shows no text at all: skipped.)
        for (const [text, shown] of texts) if (shown.trim() !== '' && text.trim() !== shown.trim()) misaligned.push(`${path}: "${text.trim()}" shows as "${shown.trim()}"`);
        for (const ends of tables) {
          const rights = ends.map(([, right]) => right);
          if (ends.length > 1 && !(Math.max(...rights) - Math.min(...rights) <= 1)) misaligned.push(`${path}: ${ends.map(([text, right]) => `${text.trim()}@${right}`).join(', ')}`);
        }
        await closePage(page);
      }
      expect(misaligned, `at ${width} px`).toEqual([]);
    }
  });
});
