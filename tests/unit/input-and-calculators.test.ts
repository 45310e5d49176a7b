import { describe, expect, it } from 'vitest';
import { workCalculation } from '../../src/lib/calculations';
import { calculators, defaultValues } from '../../src/lib/calculators';
import { widget } from '../support/widget-content';
import { parseNumberInput } from '../../src/lib/input-validation';

const rule = { label: 'Starting run rate', min: 0.001, max: 1e6 };

describe('parseNumberInput', () => {
  it('accepts numbers written the way people write them', () => {
    expect(parseNumberInput(' 39 ', rule)).toEqual({ ok: true, value: 39 });
    expect(parseNumberInput('1,000', rule)).toEqual({ ok: true, value: 1000 });
    expect(parseNumberInput('$0.4', rule)).toEqual({ ok: true, value: 0.4 });
    expect(parseNumberInput('1e3', rule)).toEqual({ ok: true, value: 1000 });
  });
  it('explains what is wrong with bad input', () => {
    expect(parseNumberInput('', rule)).toEqual({ ok: false, message: 'Enter a number for starting run rate.' });
    expect(parseNumberInput('abc', rule)).toMatchObject({ ok: false, message: expect.stringContaining('is not a number') });
    expect(parseNumberInput('-5', rule)).toMatchObject({ ok: false, message: 'Starting run rate cannot be negative.' });
    expect(parseNumberInput('0', rule)).toMatchObject({ ok: false, message: expect.stringContaining('cannot be zero') });
    expect(parseNumberInput('1e400', rule)).toMatchObject({ ok: false, message: expect.stringContaining('too large') });
    expect(parseNumberInput('5e9', rule)).toMatchObject({ ok: false, message: expect.stringContaining('outside what') });
  });
});

describe('calculators', () => {
  const run = (name: string, values: Record<string, number> = {}, choices: Record<string, string> = {}) => {
    const content = widget(name);
    const defaults = defaultValues(content);
    return calculators[name]!.compute(content, { ...defaults.values, ...values }, { ...defaults.choices, ...choices });
  };
  const result = (output: ReturnType<typeof run>, key: string) => output.results.find((candidate) => candidate.key === key)?.text;

  it('every calculator computes finite results from the article defaults', () => {
    for (const name of Object.keys(calculators)) {
      const output = run(name);
      for (const text of [output.headline, output.reading, ...output.results.map((r) => r.text), ...output.comparisons.map((c) => c.numbersGive)]) {
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
  it('growth: 9 → 39 in 3 months agrees with the stated $30 billion, and projects nothing', () => {
    const output = run('growth');
    expect(output.headline).toBe('4.33× in 3 months');
    expect(result(output, 'increase')).toBe('$30 billion');
    expect(output.comparisons[0]?.agrees).toBe(true);
    expect(run('growth', { months: 5 }).comparisons[0]?.agrees).toBe(false);
    // No figure extrapolates the quarter's pace: no trillions, no "a year later".
    const texts = [output.headline, output.reading, ...output.results.map((r) => `${r.label} ${r.text}`)].join(' ');
    expect(texts).not.toMatch(/trillion|a year later|over 12 months/i);
  });
  it('valuation: 30× 2030 EBITDA is $337.5 billion in 2030, $230.5 billion in 2026 money at 10%', () => {
    const output = run('valuation-multiple');
    expect(output.headline).toBe('$230.5 billion');
    expect(result(output, 'future')).toBe('$337.5 billion');
    expect(result(output, 'undiscounted')).toBe('88.9×');
    expect(result(output, 'needed')).toBe('130×');
    expect(output.comparisons[0]?.agrees).toBe(false);
    // At 0% the calculator gives the articles' own undiscounted sums.
    expect(run('valuation-multiple', { rate: 0 }).headline).toBe('$337.5 billion');
    // A figure for the valuation year itself is not discounted.
    expect(run('valuation-multiple', {}, { metric: 'run-rate' }).headline).toBe('$1.17 trillion');
    // An edited link naming no option falls back to the default figure.
    expect(run('valuation-multiple', {}, { metric: 'nonsense' }).headline).toBe('$230.5 billion');
  });
  it('token economics: serving cost alone is $4.8 billion a year', () => {
    const output = run('token-economics');
    expect(output.headline).toBe('$4.8 billion');
    expect(result(output, 'annual-revenue')).toBe('$13.33 billion');
  });
  it('compute and power: the GPU count is the note’s figure, formatted by the same function', () => {
    const output = run('compute-power');
    const note = workCalculation({
      operation: 'ratio',
      inputs: [
        { label: 'Solar plant capacity', value: 50, unit: 'megawatts' },
        { label: 'H100 power draw at full load', value: 700, unit: 'watts' },
      ],
      resultUnit: 'count',
      tolerance: 0.01,
    });
    expect(output.headline).toBe(note.text);
    expect(output.headline).toBe('71,429');
  });
  it('compute and power: the 20% saving is an upper bound for light phases, never a full-load figure', () => {
    const output = run('compute-power');
    expect(result(output, 'gpus-light')).toBe('89,286');
    expect(output.results.find((r) => r.key === 'gpus-light')?.label).toMatch(/upper bound.*light training phases only/i);
    expect(output.reading).toMatch(/best case for light training phases only/);
  });
});
