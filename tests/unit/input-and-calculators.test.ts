import { describe, expect, it } from 'vitest';
import { calculators, defaultValues } from '../../src/lib/calculators';
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
  it('every calculator computes finite results from the article defaults', () => {
    for (const spec of Object.values(calculators)) {
      const defaults = defaultValues(spec);
      const output = spec.compute(defaults.values, defaults.choices);
      for (const result of output.results) expect(result.text).not.toMatch(/NaN|Infinity|undefined/);
      expect(output.reading).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
  it('every default cites a paragraph of a source', () => {
    for (const spec of Object.values(calculators)) {
      for (const input of spec.inputs) {
        const references = input.kind === 'number' ? [input.source] : input.options.map((option) => option.source);
        for (const reference of references) expect(reference.paragraph).toBeGreaterThan(0);
      }
    }
  });
  it('growth: 9 → 39 in 3 months agrees with the stated $30 billion', () => {
    const spec = calculators.growth!;
    const output = spec.compute({ start: 9, end: 39, months: 3 }, {});
    expect(output.results.find((result) => result.key === 'increase')?.text).toBe('$30 billion');
    expect(output.results.find((result) => result.key === 'multiple')?.text).toBe('4.33×');
    expect(output.comparisons[0]?.agrees).toBe(true);
    expect(spec.compute({ start: 9, end: 39, months: 5 }, {}).comparisons[0]?.agrees).toBe(false);
  });
  it('valuation multiple: 30× 2030 EBITDA is $337.5 billion, not $450 billion', () => {
    const spec = calculators['valuation-multiple']!;
    const output = spec.compute({ multiple: 30, target: 1000 }, { metric: 'ebitda-2030' });
    expect(output.results.find((result) => result.key === 'implied')?.text).toBe('$337.5 billion');
    expect(output.results.find((result) => result.key === 'needed')?.text).toBe('88.89×');
    expect(output.comparisons[0]?.agrees).toBe(false);
  });
  it('token economics: serving cost alone is $4.8 billion a year', () => {
    const spec = calculators['token-economics']!;
    const output = spec.compute({ tokens: 1e12, cost: 0.4, margin: 64 }, {});
    expect(output.results.find((result) => result.key === 'annual-cost')?.text).toBe('$4.8 billion');
    expect(output.results.find((result) => result.key === 'annual-revenue')?.text).toBe('$13.33 billion');
  });
  it('compute and power: 50 MW runs 71,428 GPUs at 700 W', () => {
    const spec = calculators['compute-power']!;
    const output = spec.compute({ compute: 400, watts: 700, saving: 20, plant: 50 }, {});
    expect(output.results.find((result) => result.key === 'gpus')?.text).toBe('71,428');
    expect(output.results.find((result) => result.key === 'gpus-saving')?.text).toBe('89,285');
    expect(output.results.find((result) => result.key === 'flop')?.text).toBe('3.46 × 10²⁵ FLOP');
  });
});
