import { describe, expect, it } from 'vitest';
import {
  compoundGrowthRate,
  daysToCompute,
  devicesPowered,
  difference,
  ebitdaFromMargin,
  energyMegawattHours,
  exaflopSecondDaysToFlop,
  multipleNeeded,
  percentChange,
  priceForMargin,
  ratio,
  relativeGap,
  runRateGrowth,
  share,
  tokenEconomics,
  totalPowerWatts,
  valuationFromMultiple,
} from '../../src/lib/finance';

describe('basic arithmetic', () => {
  it('computes the run-rate increase 000 states: 39 − 9 = 30', () => {
    expect(difference(39, 9)).toBe(30);
  });
  it('computes multiples and refuses to divide by zero', () => {
    expect(ratio(39, 9)).toBeCloseTo(4.3333, 4);
    expect(() => ratio(1, 0)).toThrow(/zero/);
    expect(() => ratio(Number.NaN, 2)).toThrow(/finite/);
  });
  it('computes percent change from $380B to $1,000B as 163.16%', () => {
    expect(percentChange(380, 1000)).toBeCloseTo(163.158, 3);
    expect(percentChange(-10, 5)).toBeCloseTo(150, 6);
  });
  it('computes a share as a percentage: $25B of $1,000B is 2.5%', () => {
    expect(share(25, 1000)).toBeCloseTo(2.5, 10);
  });
  it('computes compound growth: 7.5 to 25 over 3 years is 49.38% a year', () => {
    // (25 / 7.5)^(1/3) = 1.4938
    expect(compoundGrowthRate(7.5, 25, 3)).toBeCloseTo(49.38, 2);
    expect(() => compoundGrowthRate(0, 25, 3)).toThrow();
    expect(() => compoundGrowthRate(1, 2, 0)).toThrow();
  });
  it('measures the gap between a stated and a recomputed value', () => {
    expect(relativeGap(450, 337.5)).toBeCloseTo(0.3333, 4);
    expect(relativeGap(0, 0)).toBe(0);
  });
});

describe('run-rate growth (000 ¶3, ¶6)', () => {
  const result = runRateGrowth(9, 39, 3);
  it('gives the multiple, increase and percent increase', () => {
    expect(result.multiple).toBeCloseTo(4.3333, 4);
    expect(result.increase).toBe(30);
    expect(result.percentIncrease).toBeCloseTo(333.33, 2);
  });
  it('gives the steady monthly growth that links them: (39/9)^(1/3) − 1 = 63.03%', () => {
    expect(result.monthlyGrowth).toBeCloseTo(63.03, 2);
    // Twelve months at that pace is four quarters of 4.33×: (39/9)^4 ≈ 352.6×.
    expect(result.annualisedGrowth).toBeCloseTo((Math.pow(39 / 9, 4) - 1) * 100, 6);
    expect(result.valueAfterAnotherYear).toBeCloseTo(39 * Math.pow(39 / 9, 4), 6);
  });
});

describe('valuation multiples (002 ¶96–¶100)', () => {
  it('derives 2030 EBITDA as 25 × 45% = 11.25', () => {
    expect(ebitdaFromMargin(25, 45)).toBeCloseTo(11.25, 10);
  });
  it('shows 30× that EBITDA is $337.5B, not the stated $450B; 40× is $450B', () => {
    expect(valuationFromMultiple(11.25, 30)).toBeCloseTo(337.5, 10);
    expect(valuationFromMultiple(11.25, 40)).toBeCloseTo(450, 10);
  });
  it('finds the multiple needed to reach $1 trillion on $25B of revenue: 40×', () => {
    expect(multipleNeeded(1000, 25)).toBe(40);
  });
});

describe('token economics (002 ¶90, ¶93, ¶97)', () => {
  it('costs $400M a month to serve 1 trillion tokens at $0.40 per 1,000', () => {
    const economics = tokenEconomics(1e12, 0.4, 0.4 / 0.36);
    expect(economics.monthlyCost).toBeCloseTo(4e8, 0);
    expect(economics.annualCost).toBeCloseTo(4.8e9, 0);
    expect(economics.grossMarginPercent).toBeCloseTo(64, 6);
  });
  it('prices $0.40 of cost at a 64% margin at $1.111 per 1,000 tokens', () => {
    expect(priceForMargin(0.4, 64)).toBeCloseTo(1.1111, 4);
    expect(() => priceForMargin(0.4, 100)).toThrow(/below 100/);
  });
});

describe('compute and power (002 ¶62, ¶76, ¶109)', () => {
  it('converts 400 exaFLOP/s-days to 3.456 × 10^25 FLOP', () => {
    expect(exaflopSecondDaysToFlop(400)).toBeCloseTo(3.456e25, -20);
  });
  it('finds the days one exaFLOP/s takes for that work: 400', () => {
    expect(daysToCompute(exaflopSecondDaysToFlop(400), 1e18)).toBeCloseTo(400, 8);
  });
  it('counts 71,428.6 GPUs at 700 W in a 50 MW plant', () => {
    expect(devicesPowered(50e6, 700)).toBeCloseTo(71428.57, 2);
    expect(totalPowerWatts(700, 1000)).toBe(700000);
    expect(energyMegawattHours(700, 24)).toBeCloseTo(0.0168, 6);
  });
});
