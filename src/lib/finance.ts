/**
 * The arithmetic of the site. Every derived figure (in prose, notes, charts and calculators) is
 * computed by one of these functions, so no two places can disagree about a number.
 * All functions are total over finite inputs: callers validate inputs (see input-validation.ts)
 * and these throw on anything that would produce NaN or Infinity.
 */

function requireFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number`);
}

function requireNonZero(name: string, value: number): void {
  requireFinite(name, value);
  if (value === 0) throw new RangeError(`${name} must not be zero`);
}

export function difference(later: number, earlier: number): number {
  requireFinite('later', later);
  requireFinite('earlier', earlier);
  return later - earlier;
}

/** How many times larger `numerator` is than `denominator`. */
export function ratio(numerator: number, denominator: number): number {
  requireFinite('numerator', numerator);
  requireNonZero('denominator', denominator);
  return numerator / denominator;
}

export function percentChange(from: number, to: number): number {
  requireNonZero('from', from);
  requireFinite('to', to);
  return ((to - from) / Math.abs(from)) * 100;
}

/** `part` as a percentage of `whole`. */
export function share(part: number, whole: number): number {
  return ratio(part, whole) * 100;
}

/**
 * Constant growth rate per period that turns `from` into `to` over `periods` periods, in percent.
 * Used both for compound annual growth (periods in years) and monthly growth.
 */
export function compoundGrowthRate(from: number, to: number, periods: number): number {
  requireFinite('to', to);
  if (!(from > 0) || !(to > 0)) throw new RangeError('compound growth needs two positive values');
  if (!(periods > 0)) throw new RangeError('periods must be positive');
  return (Math.pow(to / from, 1 / periods) - 1) * 100;
}

/** A rate per period (percent) restated over `periods` periods, compounded. */
export function compoundOver(ratePercent: number, periods: number): number {
  requireFinite('rate', ratePercent);
  requireFinite('periods', periods);
  return (Math.pow(1 + ratePercent / 100, periods) - 1) * 100;
}

export function product(values: readonly number[]): number {
  values.forEach((value, index) => requireFinite(`factor ${index + 1}`, value));
  return values.reduce((total, value) => total * value, 1);
}

export function sum(values: readonly number[]): number {
  values.forEach((value, index) => requireFinite(`term ${index + 1}`, value));
  return values.reduce((total, value) => total + value, 0);
}

/** Relative gap between a stated and a recomputed value, as a fraction of the recomputed one. */
export function relativeGap(stated: number, recomputed: number): number {
  requireFinite('stated', stated);
  requireFinite('recomputed', recomputed);
  if (recomputed === 0) return stated === 0 ? 0 : Number.POSITIVE_INFINITY;
  return Math.abs(stated - recomputed) / Math.abs(recomputed);
}

// ——— Growth of a run rate (source 000) ———

export interface GrowthResult {
  multiple: number;
  increase: number;
  percentIncrease: number;
  /** Constant monthly growth that links the two values, in percent. */
  monthlyGrowth: number;
  /** That monthly growth kept up for twelve months, in percent. */
  annualisedGrowth: number;
  /** Where the figure would be after another twelve months at the same monthly growth. */
  valueAfterAnotherYear: number;
}

export function runRateGrowth(start: number, end: number, months: number): GrowthResult {
  const monthlyGrowth = compoundGrowthRate(start, end, months);
  return {
    multiple: ratio(end, start),
    increase: difference(end, start),
    percentIncrease: percentChange(start, end),
    monthlyGrowth,
    annualisedGrowth: compoundOver(monthlyGrowth, 12),
    valueAfterAnotherYear: end * Math.pow(1 + monthlyGrowth / 100, 12),
  };
}

// ——— Valuation multiples (source 002) ———

export function valuationFromMultiple(metric: number, multiple: number): number {
  return product([metric, multiple]);
}

export function multipleNeeded(valuation: number, metric: number): number {
  return ratio(valuation, metric);
}

/** EBITDA from revenue and an EBITDA margin given in percent. */
export function ebitdaFromMargin(revenue: number, marginPercent: number): number {
  return product([revenue, marginPercent / 100]);
}

// ——— Token unit economics (source 002) ———

export interface TokenEconomics {
  monthlyCost: number;
  annualCost: number;
  monthlyRevenue: number;
  annualRevenue: number;
  grossMarginPercent: number;
}

/** Cost and revenue of serving `tokensPerMonth`, with cost and price per 1,000 tokens in dollars. */
export function tokenEconomics(tokensPerMonth: number, costPerThousand: number, pricePerThousand: number): TokenEconomics {
  const thousands = ratio(tokensPerMonth, 1000);
  const monthlyCost = product([thousands, costPerThousand]);
  const monthlyRevenue = product([thousands, pricePerThousand]);
  return {
    monthlyCost,
    annualCost: monthlyCost * 12,
    monthlyRevenue,
    annualRevenue: monthlyRevenue * 12,
    grossMarginPercent: share(monthlyRevenue - monthlyCost, monthlyRevenue),
  };
}

/** The price per 1,000 tokens at which a given cost leaves a given gross margin. */
export function priceForMargin(costPerThousand: number, grossMarginPercent: number): number {
  if (!(grossMarginPercent < 100)) throw new RangeError('a gross margin must be below 100%');
  return ratio(costPerThousand, 1 - grossMarginPercent / 100);
}

// ——— Compute and power (source 002) ———

export const secondsPerDay = 86_400;
export const flopPerExaflop = 1e18;

/** exaFLOP/s-days (a rate held for days) to a plain count of floating-point operations. */
export function exaflopSecondDaysToFlop(exaflopSecondDays: number): number {
  return product([exaflopSecondDays, flopPerExaflop, secondsPerDay]);
}

/** Days a cluster sustaining `flopPerSecond` would need to do `flop` operations. */
export function daysToCompute(flop: number, flopPerSecond: number): number {
  return ratio(ratio(flop, flopPerSecond), secondsPerDay);
}

export function totalPowerWatts(wattsPerDevice: number, devices: number): number {
  return product([wattsPerDevice, devices]);
}

export function devicesPowered(availableWatts: number, wattsPerDevice: number): number {
  return ratio(availableWatts, wattsPerDevice);
}

/** Energy in megawatt-hours used by a constant draw over a number of hours. */
export function energyMegawattHours(watts: number, hours: number): number {
  return product([watts, hours]) / 1e6;
}
