import { describe, expect, it } from 'vitest';
import { formatReference, workCalculation } from '../../src/lib/calculations';
import { calculationSchema, type Calculation } from '../../src/lib/schemas';

const at = (paragraph: number, article = '002') => ({ article, paragraph });
const calc = (input: unknown): Calculation => calculationSchema.parse(input);

describe('workCalculation', () => {
  it('confirms a stated difference that matches (000 ¶6)', () => {
    const worked = workCalculation(calc({
      operation: 'difference',
      inputs: [
        { label: 'March 2026', value: 39, unit: 'usd-billion', source: at(3, '000') },
        { label: 'Late 2025', value: 9, unit: 'usd-billion', source: at(3, '000') },
      ],
      resultUnit: 'usd-billion',
      stated: { value: 30, unit: 'usd-billion', source: at(6, '000') },
    }));
    expect(worked.value).toBe(30);
    expect(worked.expression).toBe('$39 billion − $9 billion = $30 billion');
    expect(worked.stated?.matches).toBe(true);
  });

  it('brackets a negative operand and prints a true minus (002 ¶98)', () => {
    const worked = workCalculation(calc({
      operation: 'difference',
      inputs: [
        { label: '2030 EBITDA margin', value: 45, unit: 'percent', source: at(98) },
        { label: '2024 EBITDA margin', value: -10, unit: 'percent', source: at(98) },
      ],
      resultUnit: 'percentage-points',
    }));
    expect(worked.expression).toBe('45% − (−10%) = 55 percentage points');
    expect(worked.inputs[1]!.text).toBe('−10%');
  });

  it('gives the gap between two percentages in percentage points, and refuses it in percent (002 ¶97)', () => {
    const margins = [
      { label: '2030 gross margin', value: 70, unit: 'percent', source: at(97) },
      { label: '2024 gross margin', value: 62, unit: 'percent', source: at(97) },
    ];
    expect(workCalculation(calc({ operation: 'difference', inputs: margins, resultUnit: 'percentage-points' })).expression)
      .toBe('70% − 62% = 8 percentage points');
    expect(() => workCalculation(calc({ operation: 'difference', inputs: margins, resultUnit: 'percent' })))
      .toThrow('a difference of two percentages is in percentage points: give `resultUnit: percentage-points`, not "percent"');
    const onePoint = [{ ...margins[0], value: 63 }, margins[1]];
    expect(workCalculation(calc({ operation: 'difference', inputs: onePoint, resultUnit: 'percentage-points' })).text).toBe('1 percentage point');
  });

  it('catches the 30× EBITDA valuation that does not add up (002 ¶100)', () => {
    const worked = workCalculation(calc({
      operation: 'product',
      inputs: [
        { label: 'Multiple', value: 30, unit: 'multiple', source: at(100) },
        { label: '2030 revenue', value: 25, unit: 'usd-billion', source: at(96) },
        { label: '2030 EBITDA margin', value: 0.45, unit: 'multiple', source: at(98) },
      ],
      resultUnit: 'usd-billion',
      stated: { value: 450, unit: 'usd-billion', source: at(100) },
    }));
    expect(worked.value).toBeCloseTo(337.5, 10);
    expect(worked.stated?.matches).toBe(false);
    expect(worked.stated?.relativeGap).toBeCloseTo(0.3333, 4);
  });

  it('normalises scales before comparing: $1 trillion ÷ $380 billion', () => {
    const worked = workCalculation(calc({
      operation: 'ratio',
      inputs: [
        { label: 'Now', value: 1, unit: 'usd-trillion', source: at(1, '000') },
        { label: 'Before', value: 380, unit: 'usd-billion', source: at(1, '000') },
      ],
      resultUnit: 'multiple',
    }));
    expect(worked.value).toBeCloseTo(2.6316, 4);
    expect(worked.text).toBe('2.63×');
  });

  it('converts a stated value into the result unit before comparing', () => {
    const worked = workCalculation(calc({
      operation: 'product',
      inputs: [
        { label: 'Tokens', value: 1e9, unit: 'count', source: at(90) },
        { label: 'Cost per thousand', value: 0.4, unit: 'usd-per-thousand-tokens', source: at(93) },
      ],
      resultUnit: 'usd-million',
      stated: { value: 0.4, unit: 'usd-billion', source: at(93) },
    }));
    expect(worked.value).toBeCloseTo(4e8 / 1e6, 6);
    expect(worked.stated?.inResultUnit).toBe(400);
    expect(worked.stated?.matches).toBe(true);
  });

  it('computes compound annual growth with its years', () => {
    const worked = workCalculation(calc({
      operation: 'cagr',
      years: 3,
      inputs: [
        { label: '2027', value: 7.5, unit: 'usd-billion', source: at(96) },
        { label: '2030', value: 25, unit: 'usd-billion', source: at(96) },
      ],
      resultUnit: 'percent',
    }));
    expect(worked.value).toBeCloseTo(49.38, 2);
    // Written as a reader reads it, a cube root, not as code.
    expect(worked.expression).toBe('∛($25 billion ÷ $7.5 billion) − 1 = 49.4% a year');
    const fiveYears = workCalculation(calc({ operation: 'cagr', years: 5, inputs: [{ label: 'a', value: 1, unit: 'usd-billion', source: at(96) }, { label: 'b', value: 2, unit: 'usd-billion', source: at(96) }], resultUnit: 'percent' }));
    expect(fiveYears.expression).toMatch(/^\(\$2 billion ÷ \$1 billion\)\^\(1\/5\) − 1 = /);
  });

  it('writes a product of one factor repeated as a power', () => {
    const factor = { label: 'a year', value: 0.8, unit: 'multiple' as const, source: at(96) };
    const worked = workCalculation(calc({ operation: 'product', inputs: [factor, factor, factor, factor, factor], resultUnit: 'multiple' }));
    expect(worked.expression).toBe('(0.8×)⁵ = 0.328×');
  });

  it('computes percent change, share and sum', () => {
    const pct = workCalculation(calc({ operation: 'percent-change', inputs: [
      { label: 'a', value: 380, unit: 'usd-billion', source: at(1, '000') },
      { label: 'b', value: 1000, unit: 'usd-billion', source: at(1, '000') }], resultUnit: 'percent' }));
    expect(pct.value).toBeCloseTo(163.16, 2);
    const part = workCalculation(calc({ operation: 'share', inputs: [
      { label: 'a', value: 25, unit: 'usd-billion', source: at(96) },
      { label: 'b', value: 1, unit: 'usd-trillion', source: at(64) }], resultUnit: 'percent' }));
    expect(part.value).toBeCloseTo(2.5, 10);
    const total = workCalculation(calc({ operation: 'sum', inputs: [
      { label: 'a', value: 200, unit: 'usd-million', source: at(92) },
      { label: 'b', value: 0.8, unit: 'usd-billion', source: at(96) }], resultUnit: 'usd-billion' }));
    expect(total.value).toBeCloseTo(1, 10);
  });

  it('refuses operations with the wrong number or kind of inputs', () => {
    expect(() => workCalculation(calc({ operation: 'ratio', inputs: [{ label: 'a', value: 1, unit: 'count', source: at(1) }], resultUnit: 'multiple' }))).toThrow(/exactly 2/);
    expect(() => workCalculation(calc({ operation: 'difference', inputs: [
      { label: 'a', value: 1, unit: 'usd', source: at(1) },
      { label: 'b', value: 1, unit: 'watts', source: at(1) }], resultUnit: 'usd' }))).toThrow(/same kind/);
    expect(() => workCalculation(calc({ operation: 'cagr', inputs: [
      { label: 'a', value: 1, unit: 'usd', source: at(1) },
      { label: 'b', value: 2, unit: 'usd', source: at(1) }], resultUnit: 'percent' }))).toThrow(/years/);
  });

  it('formats references as "002 ¶96"', () => {
    expect(formatReference(at(96))).toBe('002 ¶96');
  });
});

describe('calculation schema', () => {
  it('requires exactly one of source or basis on an input', () => {
    const base = { operation: 'product', resultUnit: 'flop' };
    expect(() => calc({ ...base, inputs: [{ label: 'x', value: 1, unit: 'count' }] })).toThrow(/exactly one/);
    expect(() => calc({ ...base, inputs: [{ label: 'x', value: 1, unit: 'count', basis: 'definition', source: at(1) }] })).toThrow(/exactly one/);
    expect(calc({ ...base, inputs: [{ label: 'x', value: 86400, unit: 'seconds', basis: 'definition' }] }).tolerance).toBe(0.01);
  });
});
