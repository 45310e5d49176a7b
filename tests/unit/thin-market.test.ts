import { describe, expect, it } from 'vitest';
import { interactiveDefaults } from '../../src/lib/interactives';
import {
  bidChart,
  buyerBids,
  clearCallAuction,
  marketFigures,
  supplyLadder,
  thinMarket as runMarket,
  thinMarketView as viewMarket,
  type ThinMarketInputs,
} from '../../src/lib/thin-market';
import { isChoice } from '../../src/lib/widget-content';
import { widget } from '../support/widget-content';

const content = widget('thin-market');
const figures = marketFigures(content);
const thinMarketInputs = content.inputs.flatMap((input) => (isChoice(input) ? [] : [input]));
const thinMarket = (inputs: ThinMarketInputs) => runMarket(inputs, figures);
const thinMarketView = (values: Record<string, number>) => viewMarket(values, figures);

const defaults = { primary: 380, sellers: 3, lots: 1, buyers: 25, premium: 180 };

describe('buyerBids', () => {
  it('spreads bids evenly from the top premium down to one step above the primary price', () => {
    // top = 100 × 2 = 200; step = 100 / 4 = 25.
    expect(buyerBids(100, 4, 100)).toEqual([200, 175, 150, 125]);
    // 380 × 1.8 = 684 spread; steps of 684 / 25 = 27.36.
    const bids = buyerBids(380, 25, 180);
    expect(bids[0]).toBeCloseTo(1064, 9);
    expect(bids[2]).toBeCloseTo(1009.28, 9);
    expect(bids[24]).toBeCloseTo(407.36, 9);
  });
  it('puts every bid at the primary price when there is no premium', () => {
    expect(buyerBids(100, 3, 0)).toEqual([100, 100, 100]);
  });
  it('refuses inputs that would give NaN', () => {
    expect(() => buyerBids(0, 3, 10)).toThrow(RangeError);
    expect(() => buyerBids(100, 0, 10)).toThrow(RangeError);
    expect(() => buyerBids(100, 2.5, 10)).toThrow(RangeError);
    expect(() => buyerBids(100, 3, -1)).toThrow(RangeError);
  });
});

describe('clearCallAuction', () => {
  const bids = [200, 175, 150, 125];
  it('clears at the k-th highest bid while lots are scarcer than bids', () => {
    expect(clearCallAuction(bids, 1, 100)).toEqual({ price: 200, trades: 1, glut: false });
    expect(clearCallAuction(bids, 3, 100)).toEqual({ price: 150, trades: 3, glut: false });
    expect(clearCallAuction(bids, 4, 100)).toEqual({ price: 125, trades: 4, glut: false });
  });
  it('falls to the sellers’ floor when lots outnumber the bids', () => {
    expect(clearCallAuction(bids, 5, 100)).toEqual({ price: 100, trades: 4, glut: true });
  });
  it('ignores bids below the floor', () => {
    expect(clearCallAuction([200, 150, 90], 2, 100)).toEqual({ price: 150, trades: 2, glut: false });
    expect(clearCallAuction([200, 150, 90], 3, 100)).toEqual({ price: 100, trades: 2, glut: true });
    expect(() => clearCallAuction([90], 1, 100)).toThrow(RangeError);
    expect(() => clearCallAuction(bids, 0, 100)).toThrow(RangeError);
  });
});

describe('thinMarket with the page defaults', () => {
  it('three lots among 25 buyers clear at the third-highest bid', () => {
    const result = thinMarket(defaults);
    expect(result.supply).toBe(3);
    expect(result.trades).toBe(3);
    expect(result.price).toBeCloseTo(1009.28, 9); // 380 + 684 × 23/25
    expect(result.multipleOfPrimary).toBeCloseTo(2.656, 9); // 1009.28 / 380
    expect(result.premiumPercent).toBeCloseTo(165.6, 9);
    expect(result.vsHeadline).toBeCloseTo(0.928, 9); // (1009.28 − 1000) / 1000
    expect(result.vsOffer).toBeCloseTo(-3.878095238, 6); // (1009.28 − 1050) / 1050
  });
  it('more sellers bring the price down; a lot for every buyer nearly reaches the last round', () => {
    expect(thinMarket({ ...defaults, sellers: 10 }).price).toBeCloseTo(817.76, 9); // 380 + 684 × 16/25
    expect(thinMarket({ ...defaults, sellers: 5, lots: 5 }).price).toBeCloseTo(407.36, 9);
    expect(thinMarket({ ...defaults, sellers: 30 })).toMatchObject({ price: 380, trades: 25, glut: true });
  });
  it('lists clearing prices for a ladder of lot counts', () => {
    const ladder = supplyLadder(defaults);
    expect(ladder.map((row) => row.lots)).toEqual([1, 2, 3, 5, 10, 20, 25, 26]);
    const expected = [1064, 1036.64, 1009.28, 954.56, 817.76, 544.16, 407.36, 380];
    ladder.forEach((row, index) => expect(row.price).toBeCloseTo(expected[index]!, 9));
    expect(ladder.filter((row) => row.current).map((row) => row.lots)).toEqual([3]);
  });
  it('draws the chart from a zero baseline, highest bid first, filled bids marked', () => {
    const chart = bidChart(thinMarket(defaults), 380, 1000);
    // Scale top = 1064 × 1.05 = 1117.2; y(v) = 200 − v / 1117.2 × 194.
    expect(chart.bars).toHaveLength(25);
    expect(chart.bars[0]).toEqual({ x: 0, y: 15.2, width: 19.2, height: 184.8, filled: true });
    expect(chart.bars[2]!.x).toBe(48);
    expect(chart.bars.map((bar) => bar.filled).filter(Boolean)).toHaveLength(3);
    expect(chart.lines).toEqual([
      { kind: 'primary', y: 134 },
      { kind: 'headline', y: 26.4 },
      { kind: 'clearing', y: 24.7 },
    ]);
  });
});

describe('thin-market view', () => {
  it('cites the article figures it compares against', () => {
    expect(figures.headline).toMatchObject({ value: 1000, source: { article: '000', paragraph: 1 } });
    expect(figures.offer).toMatchObject({ value: 1050, source: { article: '000', paragraph: 8 } });
    const primary = thinMarketInputs.find((input) => input.key === 'primary')!;
    expect(primary).toMatchObject({ default: 380, source: { article: '000', paragraph: 1 } });
    expect(thinMarketInputs.filter((input) => input.source).map((input) => input.key)).toEqual(['primary']);
  });
  it('reads the default auction in words', () => {
    const view = thinMarketView(interactiveDefaults(thinMarketInputs));
    expect(view.results.map((result) => result.text)).toEqual(['3', '3 of 25 buyers filled', '$1.01 trillion', '2.66× (166% above)']);
    expect(view.reading).toBe('Only 3 lots change hands, and the lowest of the 3 winning bids sets the price for all: $1.01 trillion, 2.66× the last primary round. With a lot for every buyer it would be $407.4 billion.');
    expect(view.comparisons.map((comparison) => comparison.numbersGive)).toEqual(['$1.01 trillion, 0.928% above', '$1.01 trillion, 3.88% below']);
  });
  it('explains a glut and a single trade', () => {
    expect(thinMarketView({ ...defaults, sellers: 30 }).reading).toBe('There are more lots (30) than buyers (25): every buyer is filled, and sellers competing for them bring the price down to the last round’s $380 billion.');
    expect(thinMarketView({ ...defaults, sellers: 1 }).reading).toMatch(/^Only 1 lot changes hands, so the single highest bid sets the price: \$1.06 trillion, 2.8× the last primary round\./);
    expect(thinMarketView({ ...defaults, sellers: 25 }).reading).not.toMatch(/With a lot for every buyer/);
  });
  it('never shows NaN or Infinity at the edges of the input range', () => {
    for (const primary of [1, 380, 100000]) {
      for (const [sellers, lots, buyers] of [[1, 1, 1], [1000, 100, 200], [3, 1, 200], [1, 1, 200]] as const) {
        for (const premium of [0, 180, 2000]) {
          const view = thinMarketView({ primary, sellers, lots, buyers, premium });
          const texts = [...view.results.map((r) => r.text), view.reading, view.chartLabel, ...view.comparisons.map((c) => c.numbersGive), ...view.ladder.map((r) => r.text)];
          for (const text of texts) expect(text).not.toMatch(/NaN|Infinity|undefined/);
          for (const bar of view.chart.bars) expect(Object.values(bar).every((value) => typeof value === 'boolean' || Number.isFinite(value))).toBe(true);
        }
      }
    }
  });
});
