import { compoundGrowthRate, difference, percentChange, product, ratio, relativeGap, share, sum } from './finance';
import { formatValue } from './format';
import type { Calculation, CalculationInput, SourceReference, Unit } from './schemas';
import { convert, sameGroup, unitFactor, unitGroup } from './units';

export interface WorkedInput {
  label: string;
  text: string;
  source?: SourceReference;
}

export interface WorkedCalculation {
  inputs: WorkedInput[];
  /** The sum written out, such as "$39 billion − $9 billion = $30 billion". */
  expression: string;
  value: number;
  unit: Unit;
  text: string;
  stated?: {
    value: number;
    text: string;
    source: SourceReference;
    /** The stated value converted into the result's unit, so the two can be compared. */
    inResultUnit: number;
    relativeGap: number;
    matches: boolean;
  };
}

const operators = { difference: '−', sum: '+', product: '×', ratio: '÷' } as const;

function inBase(input: CalculationInput): number {
  return input.value * unitFactor(input.unit);
}

/** All inputs share a unit group (all money, all power…), so their scales can be normalised. */
function commensurable(inputs: readonly CalculationInput[]): boolean {
  return inputs.every((input) => sameGroup(input.unit, inputs[0]!.unit));
}

function fromBase(value: number, unit: Unit): number {
  return value / unitFactor(unit);
}

function requireCount(calculation: Calculation, count: number): void {
  if (calculation.inputs.length !== count) {
    throw new Error(`the operation "${calculation.operation}" takes exactly ${count} inputs, not ${calculation.inputs.length}`);
  }
}

function evaluate(calculation: Calculation): { value: number; expression: (result: string) => string } {
  const { inputs, resultUnit } = calculation;
  // A negative operand is bracketed, so "45% − (−10%)" cannot be misread as "45% − -10%".
  const shown = inputs.map((input) => {
    const text = formatValue(input.value, input.unit);
    return text.startsWith('−') ? `(${text})` : text;
  });
  switch (calculation.operation) {
    case 'difference': {
      requireCount(calculation, 2);
      if (!commensurable(inputs)) throw new Error('a difference needs inputs of the same kind of unit');
      if (inputs[0]!.unit === 'percent' && resultUnit !== 'percentage-points') {
        throw new Error(`a difference of two percentages is in percentage points: give \`resultUnit: percentage-points\`, not "${resultUnit}"`);
      }
      const value = fromBase(difference(inBase(inputs[0]!), inBase(inputs[1]!)), resultUnit);
      return { value, expression: (r) => `${shown[0]} − ${shown[1]} = ${r}` };
    }
    case 'sum': {
      if (!commensurable(inputs)) throw new Error('a sum needs inputs of the same kind of unit');
      const value = fromBase(sum(inputs.map(inBase)), resultUnit);
      return { value, expression: (r) => `${shown.join(` ${operators.sum} `)} = ${r}` };
    }
    case 'ratio': {
      requireCount(calculation, 2);
      const [numerator, denominator] = commensurable(inputs) ? inputs.map(inBase) : inputs.map((i) => i.value);
      return { value: ratio(numerator!, denominator!), expression: (r) => `${shown[0]} ÷ ${shown[1]} = ${r}` };
    }
    case 'share': {
      requireCount(calculation, 2);
      const [part, whole] = commensurable(inputs) ? inputs.map(inBase) : inputs.map((i) => i.value);
      return { value: share(part!, whole!), expression: (r) => `${shown[0]} ÷ ${shown[1]} × 100 = ${r}` };
    }
    case 'percent-change': {
      requireCount(calculation, 2);
      if (!commensurable(inputs)) throw new Error('a percent change needs inputs of the same kind of unit');
      const value = percentChange(inBase(inputs[0]!), inBase(inputs[1]!));
      return { value, expression: (r) => `(${shown[1]} − ${shown[0]}) ÷ ${shown[0]} = ${r}` };
    }
    case 'cagr': {
      requireCount(calculation, 2);
      if (!calculation.years) throw new Error('a cagr calculation needs `years`');
      if (!commensurable(inputs)) throw new Error('a growth rate needs inputs of the same kind of unit');
      const value = compoundGrowthRate(inBase(inputs[0]!), inBase(inputs[1]!), calculation.years);
      const quotient = `${shown[1]} ÷ ${shown[0]}`;
      const root = roots[calculation.years];
      return {
        value,
        expression: (r) => `${root ? `${root}(${quotient})` : `(${quotient})^(1/${calculation.years})`} − 1 = ${r} a year`,
      };
    }
    case 'product': {
      // Money and power inputs count in their base unit, so $25 billion × 0.45 gives dollars,
      // which are then expressed in the result's unit.
      const scaled = inputs.map((input) => (unitGroup(input.unit) === unitGroup(resultUnit) ? inBase(input) : input.value));
      const value = fromBase(product(scaled), resultUnit);
      // The same factor again and again reads as a power: (0.8×)⁵, not 0.8× × 0.8× × 0.8× × 0.8× × 0.8×.
      const repeated = shown.length >= 3 && shown.every((text) => text === shown[0]);
      return { value, expression: (r) => `${repeated ? `(${shown[0]})${superscript(shown.length)}` : shown.join(` ${operators.product} `)} = ${r}` };
    }
  }
}

/** Root signs for the compound growth rates a reader meets: a square, cube or fourth root. */
const roots: Record<number, string> = { 2: '√', 3: '∛', 4: '∜' };

function superscript(count: number): string {
  return [...String(count)].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('');
}

/**
 * Recomputes a claim's arithmetic from its inputs and, where the article states a result, says
 * whether the stated figure matches within the claim's tolerance.
 */
export function workCalculation(calculation: Calculation): WorkedCalculation {
  const { value, expression } = evaluate(calculation);
  const text = formatValue(value, calculation.resultUnit);
  const worked: WorkedCalculation = {
    inputs: calculation.inputs.map((input) => ({
      label: input.label,
      text: formatValue(input.value, input.unit),
      ...(input.source ? { source: input.source } : {}),
    })),
    expression: expression(text),
    value,
    unit: calculation.resultUnit,
    text,
  };
  if (calculation.stated) {
    const { stated } = calculation;
    const inResultUnit = sameGroup(stated.unit, calculation.resultUnit)
      ? convert(stated.value, stated.unit, calculation.resultUnit)
      : stated.value;
    const gap = relativeGap(inResultUnit, value);
    worked.stated = {
      value: stated.value,
      text: formatValue(stated.value, stated.unit),
      source: stated.source,
      inResultUnit,
      relativeGap: gap,
      matches: gap <= calculation.tolerance,
    };
  }
  return worked;
}

export function formatReference(reference: SourceReference): string {
  return `${reference.article} ¶${reference.paragraph}`;
}
