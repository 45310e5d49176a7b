/**
 * Time value of money: a figure dated in the future is worth less today, by a discount rate the
 * reader chooses. The articles compare a 2026 price with multiples of 2030 forecasts without
 * discounting; these functions put both in the same year's money. Rates are assumptions a reader
 * sets, not facts from any source.
 */
import { ratio } from './finance';

function requireRate(annualRatePercent: number): void {
  if (!Number.isFinite(annualRatePercent) || annualRatePercent <= -100) throw new RangeError('the discount rate must be above −100%');
}

/** What one unit of money `years` from now is worth today: 1 ÷ (1 + r)^years. */
export function discountFactor(annualRatePercent: number, years: number): number {
  requireRate(annualRatePercent);
  if (!Number.isFinite(years)) throw new RangeError('the number of years must be finite');
  return 1 / (1 + annualRatePercent / 100) ** years;
}

/** A value received `years` from now, in today's money. */
export function presentValue(futureValue: number, annualRatePercent: number, years: number): number {
  return futureValue * discountFactor(annualRatePercent, years);
}

/** A value today, carried forward `years` at the same rate (the inverse of presentValue). */
export function futureValue(valueToday: number, annualRatePercent: number, years: number): number {
  return ratio(valueToday, discountFactor(annualRatePercent, years));
}

/**
 * The multiple of a future figure (2030 EBITDA, say) that a price paid today amounts to, once
 * the price is carried forward to that year: price today × (1 + r)^years ÷ future figure. At a
 * rate of zero it is the plain ratio of the two.
 */
export function impliedFutureMultiple(priceToday: number, futureFigure: number, annualRatePercent: number, years: number): number {
  return ratio(futureValue(priceToday, annualRatePercent, years), futureFigure);
}
