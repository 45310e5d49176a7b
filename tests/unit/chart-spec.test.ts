/**
 * Every real chart, laid out at every drawing width, checked for what a reader would notice: a
 * point not drawn, a label cut off or on top of another, a plot too short, log ticks off the powers
 * of ten, and stated figures without the recomputed one beside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kindLabels } from '../support/site-words';
import { workCalculation } from '../../src/lib/calculations';
import { besideDistance, textBox as box } from '../../src/lib/chart-labels';
import { layoutChart, variants } from '../../src/lib/chart-layout';
import { chartSpec, type ChartSpec } from '../../src/lib/chart-spec';
import { kindColours } from '../../src/lib/kinds';
import { claimSchema, datasetSchema, figureKinds, type Claim } from '../../src/lib/schemas';
import { inlineSvg } from '../../src/lib/svg-chart';

const claims = new Map<string, Claim>(
  readdirSync('content/claims')
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => (parse(readFileSync(join('content/claims', name), 'utf8')) as unknown[]).map((item) => claimSchema.parse(item)))
    .map((claim) => [claim.id, claim]),
);
const ledger = {
  verdict: (id: string) => claims.get(id)?.verdict,
  worked: (id: string) => {
    const calculation = claims.get(id)?.calculation;
    return calculation ? workCalculation(calculation) : undefined;
  },
};
const datasets = readdirSync('content/datasets')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), data: datasetSchema.parse(parse(readFileSync(join('content/datasets', name), 'utf8'))) }));
const specs = new Map<string, ChartSpec>(datasets.map((dataset) => [dataset.id, chartSpec(dataset.data, kindLabels, ledger)]));

describe.each([...specs.keys()])('chart %s', (id) => {
  const spec = specs.get(id)!;
  it.each(variants.map((variant) => variant.name))('lays out every point, label and tick at the %s width', (variant) => {
    const geometry = layoutChart(spec, variant);
    const { plot } = geometry;
    expect(plot.height).toBeGreaterThanOrEqual(220);
    const drawn = spec.series.flatMap((series) => series.values.filter((value) => value !== null)).length;
    expect(geometry.bars.length + geometry.points.length).toBe(drawn);
    for (const bar of geometry.bars) {
      expect(geometry.horizontal ? bar.width : bar.height, `bar ${bar.value}`).toBeGreaterThanOrEqual(2);
      expect(bar.x).toBeGreaterThanOrEqual(plot.x - 0.01);
      expect(bar.x + bar.width).toBeLessThanOrEqual(plot.x + plot.width + 0.01);
      expect(bar.y).toBeGreaterThanOrEqual(plot.y - 0.01);
      expect(bar.y + bar.height).toBeLessThanOrEqual(plot.y + plot.height + 0.01);
    }
    for (const point of geometry.points) {
      expect(point.y).toBeGreaterThanOrEqual(plot.y);
      expect(point.y).toBeLessThanOrEqual(plot.y + plot.height);
    }
    const boxes = geometry.texts.map((text) => ({ text, ...box(text) }));
    for (const [index, a] of boxes.entries()) {
      expect(a.left, `"${a.text.text}" cut at the left`).toBeGreaterThanOrEqual(0);
      expect(a.right, `"${a.text.text}" cut at the right`).toBeLessThanOrEqual(geometry.width);
      expect(a.top).toBeGreaterThanOrEqual(0);
      expect(a.bottom).toBeLessThanOrEqual(geometry.height);
      for (const b of boxes.slice(index + 1)) {
        const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlaps, `"${a.text.text}" overlaps "${b.text.text}"`).toBe(false);
      }
    }
    // Text above horizontal bars starts clear of the axis line; the baseline's value is named.
    for (const line of geometry.lines.filter((entry) => entry.role === 'zero' && entry.x1 === entry.x2)) {
      for (const text of boxes.filter((entry) => ['category', 'gap', 'annotation'].includes(entry.text.role))) {
        const crosses = text.left - 2 < line.x1 && line.x1 < text.right && text.top < line.y2 && line.y1 < text.bottom;
        expect(crosses, `"${text.text.text}" is crossed by the axis line`).toBe(false);
      }
    }
    if (spec.scale === 'linear' && spec.axis.ticks.includes(0)) expect(geometry.texts.some((text) => text.role === 'tick' && text.text === spec.axis.tickLabels[spec.axis.ticks.indexOf(0)])).toBe(true);
    // Nothing is cut short: a name that does not fit is shortened by its writer, not by "…".
    for (const text of geometry.texts) expect(text.text, `"${text.text}" is cut short`).not.toMatch(/…$/);
    if (spec.type === 'line') {
      // Each line's name sits within the plot's height (never under the axis), and the drawn point
      // nearest to it is one of its own line's, unless one of its own is right beside it: a reader
      // takes a label for the line it is beside.
      const names = geometry.texts.filter((text) => text.role === 'direct');
      spec.series.forEach((series, seriesIndex) => {
        const first = names.find((text) => text.text === series.shortLabel || series.shortLabel.startsWith(text.text));
        expect(first, `a name for "${series.shortLabel}"`).toBeDefined();
        const block = names.filter((text) => text.x === first!.x && text.y >= first!.y && text.y <= first!.y + 3 * 17);
        const top = box(first!).top;
        const bottom = Math.max(...block.map((text) => box(text).bottom));
        expect(top, `"${series.shortLabel}" above the plot`).toBeGreaterThanOrEqual(plot.y - 17);
        expect(bottom, `"${series.shortLabel}" under the axis`).toBeLessThanOrEqual(plot.y + plot.height + 4);
        const left = Math.min(...block.map((text) => box(text).left));
        const right = Math.max(...block.map((text) => box(text).right));
        const distance = (point: { x: number; y: number }) => Math.hypot(Math.max(left - point.x, 0, point.x - right), Math.max(top - point.y, 0, point.y - bottom));
        const nearest = geometry.points.reduce((best, point) => (distance(point) < distance(best) ? point : best));
        const own = Math.min(...geometry.points.filter((point) => point.series === seriesIndex).map(distance));
        if (own > besideDistance) expect(nearest.series, `the point nearest "${series.shortLabel}"`).toBe(seriesIndex);
      });
    }
    // Values on bars (or direct labels at line ends) instead of a detached legend.
    if (spec.type === 'bar') expect(geometry.texts.filter((text) => text.role === 'value')).toHaveLength(geometry.bars.length);
    else expect(geometry.texts.filter((text) => text.role === 'direct').length).toBeGreaterThanOrEqual(spec.series.length);
    if (spec.annotation) expect(geometry.texts.some((text) => text.role === 'annotation')).toBe(true);
    // An annotation over the plot starts or ends beside its leader: the real text is narrower than
    // the estimate, so a block merely placed round the leader can drift far from it.
    const leader = geometry.lines.find((line) => line.role === 'leader');
    if (leader) for (const text of geometry.texts.filter((entry) => entry.role === 'annotation')) expect(Math.abs(text.x - leader.x1), `"${text.text}"`).toBeLessThanOrEqual(12);
  });

  it('leaves the words about a log scale to the figure, which adds one sentence, so the subtitle does not say it twice', () => {
    expect(datasets.find((dataset) => dataset.id === id)!.data.subtitle).not.toMatch(/logarithmic/i);
  });

  it('starts a log axis below its smallest value with ticks at powers of ten only', () => {
    const values = spec.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
    if (spec.scale === 'logarithmic') {
      expect(spec.axis.min).toBeLessThan(Math.min(...values));
      for (const tick of spec.axis.ticks) expect(Math.log10(tick) % 1).toBeCloseTo(0, 9);
    } else {
      expect(spec.axis.min).toBeLessThanOrEqual(Math.min(0, ...values));
    }
    expect(spec.axis.max).toBeGreaterThanOrEqual(Math.max(...values));
  });

  it('draws the phone layout with horizontal bars and no desktop drawing scaled down', () => {
    const svg = inlineSvg(spec, 'narrow');
    expect(svg).toContain('viewBox="0 0 300 ');
    if (spec.type === 'bar') expect(svg).toContain('data-horizontal="true"');
    expect(svg).not.toMatch(/rotate\(/);
  });
});

describe('stated beside recomputed', () => {
  it.each(['002-valuation-scenarios', 'compare-valuation-by-kind'])('%s shows the 30× and 40× EBITDA cases as stated (hollow) and recomputed (solid)', (id) => {
    const spec = specs.get(id)!;
    const recomputed = spec.series.find((series) => series.role === 'recomputed')!;
    const stated = spec.series.find((series) => series.kind === 'valuation-model' && series.role === 'figure')!;
    expect(recomputed.values.filter((value) => value !== null)).toEqual([workCalculation(claims.get('002-ebitda-30x')!.calculation!).value, workCalculation(claims.get('002-ebitda-40x')!.calculation!).value]);
    expect(recomputed.values.filter((value) => value !== null)).toEqual([337.5, 450]);
    expect(stated.marks.filter((mark) => mark === 'hollow')).toHaveLength(2);
    expect(recomputed.valueLabels.filter(Boolean)).toEqual(['$337.5B recomputed', '$450B recomputed']);
    expect(recomputed.notes.filter(Boolean)).toEqual(['Gap: $112.5B below the stated $450B', 'Gap: $150B below the stated $600B']);
    expect(recomputed.descriptions.find(Boolean)).toContain('$112.5 billion below the stated figure');
  });
  it('leaves figures whose claim is consistent as they are', () => {
    for (const id of ['000-run-rate', '000-revenue-by-kind', '002-fcf-forecast']) expect(specs.get(id)!.series.every((series) => series.role === 'figure')).toBe(true);
  });
});

describe('kind colours', () => {
  it('are the same in kinds.css (light and dark) as in the renderer map', () => {
    const css = readFileSync('src/styles/kinds.css', 'utf8');
    const [light, dark] = [css.slice(0, css.indexOf('@media')), css.slice(css.indexOf(":root[data-theme='dark']"))];
    for (const kind of figureKinds) {
      expect(light).toContain(`--kind-${kind}: ${kindColours[kind].light};`);
      expect(dark).toContain(`--kind-${kind}: ${kindColours[kind].dark};`);
    }
  });
});
