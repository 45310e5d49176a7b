import { describe, expect, it } from 'vitest';
import { brief, datesInWords, decimalParts, firstSentence, formatAxisValue, formatLargeCount, formatNumber, formatValue, longDate, restBoxClass, restWidth } from '../../src/lib/format';

describe('formatNumber', () => {
  it('keeps few decimals and adds separators', () => {
    expect(formatNumber(4.33333)).toBe('4.33');
    expect(formatNumber(163.158)).toBe('163.2');
    expect(formatNumber(2631.6)).toBe('2,632');
    expect(formatNumber(0.864)).toBe('0.864');
    expect(formatNumber(0.000123)).toBe('0.000123');
  });
  it('switches to scientific notation for huge counts', () => {
    expect(formatNumber(3.456e25)).toBe('3.46 × 10²⁵');
  });
  it('writes negatives with a true minus sign, as the axes do', () => {
    expect(formatNumber(-10)).toBe('−10');
    expect(formatNumber(-2631.6)).toBe('−2,632');
    expect(formatValue(-10, 'percent')).toBe('−10%');
  });
  it('never prints NaN or Infinity', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatValue', () => {
  it('writes money in words at the right scale', () => {
    expect(formatValue(39, 'usd-billion')).toBe('$39 billion');
    expect(formatValue(1050, 'usd-billion')).toBe('$1.05 trillion');
    expect(formatValue(0.4, 'usd-billion')).toBe('$400 million');
    expect(formatValue(-0.2, 'usd-billion')).toBe('−$200 million');
    expect(formatValue(4e8, 'usd')).toBe('$400 million');
  });
  it('writes the other units', () => {
    expect(formatValue(4.3333, 'multiple')).toBe('4.33×');
    expect(formatValue(62.97, 'percent')).toBe('63%');
    // Three significant figures for rates and multiples, whole numbers past 999 kept whole.
    expect(formatValue(88.888, 'multiple')).toBe('88.9×');
    expect(formatValue(130.08, 'multiple')).toBe('130×');
    expect(formatValue(1111.1, 'multiple')).toBe('1,111×');
    expect(formatValue(-23.05, 'percent')).toBe('−23.1%');
    expect(formatValue(1e12, 'tokens-per-month')).toBe('1 trillion tokens a month');
    expect(formatValue(0.4, 'usd-per-thousand-tokens')).toBe('$0.40 per 1,000 tokens');
    // Prices keep their cents; a third decimal and whole dollars stay as they are.
    expect(formatValue(0.375, 'usd-per-thousand-tokens')).toBe('$0.375 per 1,000 tokens');
    expect(formatValue(1.5, 'usd')).toBe('$1.50');
    expect(formatValue(12, 'usd')).toBe('$12');
    // On an axis or in a table cell a token price keeps its dollar sign and is never shortened to "K".
    expect(formatAxisValue(0.4, 'usd-per-thousand-tokens')).toBe('$0.4');
    expect(formatAxisValue(1111.1, 'usd-per-million-tokens')).toBe('$1,111');
    expect(formatValue(50e6, 'watts')).toBe('50 MW');
    expect(formatValue(700, 'watts')).toBe('700 W');
  });

  it('makes "point" singular or plural by the number it prints, not the number it was given', () => {
    expect(formatValue(0.9999, 'percentage-points')).toBe('1 percentage point');
    expect(formatValue(-1, 'percentage-points')).toBe('−1 percentage point');
    expect(formatValue(1.004, 'percentage-points')).toBe('1 percentage point');
    expect(formatValue(1.5, 'percentage-points')).toBe('1.5 percentage points');
    expect(formatValue(11, 'percentage-points')).toBe('11 percentage points');
  });
  it('shortens axis labels', () => {
    expect(formatAxisValue(40, 'usd-billion')).toBe('$40B');
    expect(formatAxisValue(45, 'percent')).toBe('45%');
  });
  it('writes money one way on every axis and bar: −$2B, $0.4B, $1T', () => {
    expect(formatAxisValue(-2, 'usd-billion')).toBe('−$2B');
    expect(formatAxisValue(-0.2, 'usd-billion')).toBe('−$0.2B');
    expect(formatAxisValue(0.4, 'usd-billion')).toBe('$0.4B');
    expect(formatAxisValue(0.1, 'usd-billion')).toBe('$0.1B');
    expect(formatAxisValue(1000, 'usd-billion')).toBe('$1T');
    expect(formatAxisValue(1050, 'usd-billion')).toBe('$1.05T');
    expect(formatAxisValue(337.5, 'usd-billion')).toBe('$337.5B');
    expect(formatAxisValue(400, 'usd-million')).toBe('$0.4B');
    expect(formatAxisValue(1, 'usd-trillion')).toBe('$1T');
    expect(formatAxisValue(0, 'usd-billion')).toBe('$0');
    expect(formatAxisValue(-10, 'percent')).toBe('−10%');
    expect(formatAxisValue(2500, 'multiple')).toBe('2,500×');
    expect(formatLargeCount(1e11)).toBe('100 billion');
  });
});

describe('firstSentence', () => {
  it('stops at the first sentence end, not inside a number', () => {
    expect(firstSentence('A ratio of 2.5 times. The rest follows.')).toBe('A ratio of 2.5 times.');
    expect(firstSentence('No end here')).toBe('No end here');
    expect(firstSentence('One (000 ¶3). “Two” is next.')).toBe('One (000 ¶3).');
  });
});

describe('decimalParts and restWidth (decimal alignment in tables)', () => {
  it('splits a figure where its decimal point is or would be', () => {
    expect(decimalParts('$1.05T')).toEqual({ whole: '$1', rest: '.05T' });
    expect(decimalParts('$380B')).toEqual({ whole: '$380', rest: 'B' });
    expect(decimalParts('$1,000')).toEqual({ whole: '$1,000', rest: '' });
    expect(decimalParts('25.6×')).toEqual({ whole: '25', rest: '.6×' });
    expect(decimalParts('−$0.2B')).toEqual({ whole: '−$0', rest: '.2B' });
    expect(decimalParts('$1.01 trillion')).toEqual({ whole: '$1', rest: '.01 trillion' });
    expect(decimalParts('—')).toEqual({ whole: '—', rest: '' });
  });

  it('gives the box that holds the widest rest of a column, never less than its characters need', () => {
    expect(restWidth([])).toBe(0);
    expect(restWidth(['', 'B', '.4B'])).toBe(2.8);
    expect(restWidth(['.05T', '%'])).toBeGreaterThanOrEqual(3.8);
  });
});

describe('restBoxClass', () => {
  it('names the rest box in whole ch, capped at the widest the stylesheet defines', () => {
    expect(restBoxClass(['', 'B', '.4B'])).toBe('rests-3');
    expect(restBoxClass([''])).toBe('rests-0');
    expect(restBoxClass(['.01 trillion and a great deal more'])).toBe('rests-16');
  });
});

describe('brief', () => {
  it('names a claim by its first sentence, cut at a word with an ellipsis', () => {
    expect(brief('The article carries no date. Its latest figure is for March 2026.')).toBe('The article carries no date.');
    expect(brief('One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen.')).toBe('One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen…');
  });
});

describe('longDate', () => {
  it('writes a date as a reader does, the same from text or a Date', () => {
    expect(longDate('2026-11-22')).toBe('22 November 2026');
    expect(longDate(new Date('2026-06-01T00:00:00Z'))).toBe('1 June 2026');
  });
});

describe('datesInWords', () => {
  it('writes every ISO date in a text as a reader does, and leaves the rest alone', () => {
    expect(datesInWords('2026-06-01 (derived)')).toBe('1 June 2026 (derived)');
    expect(datesInWords('forecast made 2026-06-01 for full-year 2026')).toBe('forecast made 1 June 2026 for full-year 2026');
    expect(datesInWords('from 2025-12-31 to 2026-03-01')).toBe('from 31 December 2025 to 1 March 2026');
    expect(datesInWords('spring 2026 (article undated)')).toBe('spring 2026 (article undated)');
  });
  it('writes a month-only date, as references give it, as a month and year; a year stays a year', () => {
    expect(datesInWords('2023-11')).toBe('November 2023');
    expect(datesInWords('2024')).toBe('2024');
    expect(datesInWords('2025-12-31 and 2026-03')).toBe('31 December 2025 and March 2026');
  });
});
