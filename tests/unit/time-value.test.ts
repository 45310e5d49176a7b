import { describe, expect, it } from 'vitest';
import { discountFactor, futureValue, impliedFutureMultiple, presentValue } from '../../src/lib/time-value';

// Values worked by hand: 1.1^4 = 1.4641; 337.5 ÷ 1.4641 = 230.517…; 1,000 × 1.4641 ÷ 11.25 = 130.142…
describe('time value', () => {
  it('discounts four years at 10% by 1 ÷ 1.4641', () => {
    expect(discountFactor(10, 4)).toBeCloseTo(1 / 1.4641, 12);
    expect(discountFactor(0, 4)).toBe(1);
    expect(discountFactor(10, 0)).toBe(1);
  });
  it('puts 30× the essay’s 2030 EBITDA ($337.5 billion) into 2026 money', () => {
    expect(presentValue(337.5, 10, 4)).toBeCloseTo(230.517, 3);
    expect(presentValue(450, 10, 4)).toBeCloseTo(307.356, 3);
    expect(presentValue(100, 100, 1)).toBe(50);
    expect(presentValue(337.5, 0, 4)).toBe(337.5);
  });
  it('carries a price forward as the inverse of discounting', () => {
    expect(futureValue(1000, 10, 4)).toBeCloseTo(1464.1, 9);
    expect(presentValue(futureValue(123, 7, 3.5), 7, 3.5)).toBeCloseTo(123, 9);
  });
  it('finds the 2030 multiple a $1 trillion price today implies', () => {
    expect(impliedFutureMultiple(1000, 11.25, 0, 4)).toBeCloseTo(88.889, 3);
    expect(impliedFutureMultiple(1000, 11.25, 10, 4)).toBeCloseTo(130.142, 3);
    expect(impliedFutureMultiple(1000, 25, 10, 4)).toBeCloseTo(58.564, 3);
  });
  it('refuses a rate that makes no sense', () => {
    expect(() => discountFactor(-100, 4)).toThrow(RangeError);
    expect(() => discountFactor(Number.NaN, 4)).toThrow(RangeError);
    expect(() => impliedFutureMultiple(1000, 0, 10, 4)).toThrow();
  });
});
