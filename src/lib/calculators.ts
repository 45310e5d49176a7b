/**
 * The calculators: their inputs (with defaults taken from the articles, cited), and what they
 * compute. The same spec renders the form at build time and runs in the browser, and every sum
 * goes through finance.ts, the functions the ledger's checks use.
 */
import {
  devicesPowered,
  ebitdaFromMargin,
  exaflopSecondDaysToFlop,
  multipleNeeded,
  priceForMargin,
  product,
  runRateGrowth,
  tokenEconomics,
  valuationFromMultiple,
} from './finance';
import { formatNumber, formatValue } from './format';
import type { NumberRule } from './input-validation';
import type { SourceReference } from './schemas';

export interface NumberInputSpec extends NumberRule {
  kind: 'number';
  key: string;
  unit: string;
  default: number;
  source: SourceReference;
  hint?: string;
}

export interface ChoiceInputSpec {
  kind: 'choice';
  key: string;
  label: string;
  default: string;
  options: { value: string; label: string; amount: number; source: SourceReference; derived?: string }[];
}

export type InputSpec = NumberInputSpec | ChoiceInputSpec;

export interface Comparison {
  label: string;
  articleSays: string;
  source: SourceReference;
  numbersGive: string;
  agrees: boolean | null;
}

export interface CalculatorOutput {
  results: { key: string; label: string; text: string }[];
  reading: string;
  comparisons: Comparison[];
}

export interface CalculatorSpec {
  name: string;
  title: string;
  intro: string;
  inputs: InputSpec[];
  compute(values: Record<string, number>, choices: Record<string, string>): CalculatorOutput;
}

const within = (a: number, b: number, tolerance = 0.02) => Math.abs(a - b) <= tolerance * Math.abs(b);

const growth: CalculatorSpec = {
  name: 'growth',
  title: 'Test the run-rate jump',
  intro: 'Enter a starting and an ending annualised run rate and the months between them. The calculator gives the multiple, the increase and the steady monthly growth that links them.',
  inputs: [
    { kind: 'number', key: 'start', label: 'Starting run rate', unit: '$ billion', default: 9, min: 0.001, max: 1e6, source: { article: '000', paragraph: 3 }, hint: 'Late 2025, per 000' },
    { kind: 'number', key: 'end', label: 'Ending run rate', unit: '$ billion', default: 39, min: 0.001, max: 1e6, source: { article: '000', paragraph: 3 }, hint: 'March 2026, per 000' },
    { kind: 'number', key: 'months', label: 'Months between', unit: 'months', default: 3, min: 0.1, max: 600, source: { article: '000', paragraph: 6 }, hint: '“A single quarter”, per 000' },
  ],
  compute(values) {
    const start = values.start!;
    const end = values.end!;
    const months = values.months!;
    const result = runRateGrowth(start, end, months);
    const billions = (value: number) => formatValue(value, 'usd-billion');
    return {
      results: [
        { key: 'multiple', label: 'Multiple', text: formatValue(result.multiple, 'multiple') },
        { key: 'increase', label: 'Increase', text: billions(result.increase) },
        { key: 'percent', label: 'Percent change', text: formatValue(result.percentIncrease, 'percent') },
        { key: 'monthly', label: 'Steady monthly growth', text: formatValue(result.monthlyGrowth, 'percent') },
        { key: 'annualised', label: 'That pace over 12 months', text: formatValue(result.annualisedGrowth, 'percent') },
        { key: 'next-year', label: 'Run rate a year later at that pace', text: billions(result.valueAfterAnotherYear) },
      ],
      reading: `Going from ${billions(start)} to ${billions(end)} in ${formatNumber(months)} months is ${formatValue(result.multiple, 'multiple')}, a steady ${formatValue(result.monthlyGrowth, 'percent')} a month. Kept up for another year, that pace would put the run rate at ${billions(result.valueAfterAnotherYear)}.`,
      comparisons: [
        {
          label: 'Increase in the run rate',
          articleSays: '$30 billion in a single quarter',
          source: { article: '000', paragraph: 6 },
          numbersGive: `${billions(result.increase)} in ${formatNumber(months)} months`,
          agrees: within(result.increase, 30) && within(months, 3, 0.001),
        },
      ],
    };
  },
};

/** 2030 EBITDA in the essay's forecast: revenue × EBITDA margin (002 ¶96, ¶98). */
const ebitda2030 = ebitdaFromMargin(25, 45);

/** The figures a multiple can be applied to; the first is the default. */
const valuationMetrics: ChoiceInputSpec['options'] = [
  { value: 'ebitda-2030', label: '2030 EBITDA, forecast (25 × 45%)', amount: ebitda2030, source: { article: '002', paragraph: 98 }, derived: 'Revenue of $25 billion (002 ¶96) × EBITDA margin of 45% (002 ¶98)' },
  { value: 'revenue-2030', label: '2030 revenue, forecast', amount: 25, source: { article: '002', paragraph: 96 } },
  { value: 'revenue-2027', label: '2027 revenue, forecast', amount: 7.5, source: { article: '002', paragraph: 96 } },
  { value: 'revenue-2026', label: '2026 revenue, forecast', amount: 4.5, source: { article: '002', paragraph: 96 } },
  { value: 'ttm', label: 'Trailing 12-month revenue in the S-1, as reported', amount: 0.4, source: { article: '002', paragraph: 88 } },
  { value: 'run-rate', label: 'Run rate, March 2026', amount: 39, source: { article: '000', paragraph: 3 } },
];

const valuationMultiple: CalculatorSpec = {
  name: 'valuation-multiple',
  title: 'What a multiple implies',
  intro: 'Pick a figure from the articles and a multiple. The calculator gives the valuation the multiple implies, and the multiple needed to reach a target valuation.',
  inputs: [
    {
      kind: 'choice',
      key: 'metric',
      label: 'Apply the multiple to',
      default: 'ebitda-2030',
      options: valuationMetrics,
    },
    { kind: 'number', key: 'multiple', label: 'Multiple', unit: '×', default: 30, min: 0.01, max: 100000, source: { article: '002', paragraph: 100 }, hint: 'The “conservative” multiple in 002' },
    { kind: 'number', key: 'target', label: 'Target valuation', unit: '$ billion', default: 1000, min: 0.001, max: 1e6, source: { article: '002', paragraph: 9 }, hint: 'About $1 trillion' },
  ],
  compute(values, choices) {
    // A choice from an edited link that names no figure falls back to the default.
    const option = valuationMetrics.find((candidate) => candidate.value === choices.metric) ?? valuationMetrics[0]!;
    const metric = option.amount;
    const implied = valuationFromMultiple(metric, values.multiple!);
    const needed = multipleNeeded(values.target!, metric);
    const billions = (value: number) => formatValue(value, 'usd-billion');
    return {
      results: [
        { key: 'metric', label: 'Figure used', text: billions(metric) },
        { key: 'implied', label: 'Implied valuation', text: billions(implied) },
        { key: 'needed', label: 'Multiple needed for the target', text: formatValue(needed, 'multiple') },
      ],
      reading: `${formatValue(values.multiple!, 'multiple')} ${option.label.toLowerCase()} of ${billions(metric)} gives ${billions(implied)}. Reaching ${billions(values.target!)} would take ${formatValue(needed, 'multiple')}.`,
      comparisons: [
        { label: '30× 2030 EBITDA', articleSays: 'about $450 billion', source: { article: '002', paragraph: 100 }, numbersGive: billions(valuationFromMultiple(ebitda2030, 30)), agrees: within(valuationFromMultiple(ebitda2030, 30), 450) },
        { label: '40× 2030 EBITDA', articleSays: 'close to $600 billion', source: { article: '002', paragraph: 100 }, numbersGive: billions(valuationFromMultiple(ebitda2030, 40)), agrees: within(valuationFromMultiple(ebitda2030, 40), 600) },
        { label: '30× to 40× 2030 revenue', articleSays: 'a route to about $1 trillion', source: { article: '002', paragraph: 65 }, numbersGive: `${billions(valuationFromMultiple(25, 30))} to ${billions(valuationFromMultiple(25, 40))}`, agrees: null },
      ],
    };
  },
};

const tokens: CalculatorSpec = {
  name: 'token-economics',
  title: 'Serve a trillion tokens',
  intro: 'The essay gives a token volume and a cost per 1,000 tokens. Combine them with a gross margin to see the cost, the price it implies and the revenue that would follow.',
  inputs: [
    { kind: 'number', key: 'tokens', label: 'Tokens a month', unit: 'tokens', default: 1e12, min: 1, max: 1e18, source: { article: '002', paragraph: 90 }, hint: 'Q4 2025 in the author’s model' },
    { kind: 'number', key: 'cost', label: 'Cost per 1,000 tokens', unit: '$', default: 0.4, min: 0.000001, max: 1000, source: { article: '002', paragraph: 93 } },
    { kind: 'number', key: 'margin', label: 'Gross margin', unit: '%', default: 64, min: 0, max: 99.9, allowZero: true, source: { article: '002', paragraph: 97 }, hint: '2025 in the author’s table' },
  ],
  compute(values) {
    const price = priceForMargin(values.cost!, values.margin!);
    const economics = tokenEconomics(values.tokens!, values.cost!, price);
    const usd = (value: number) => formatValue(value, 'usd');
    const tableRevenue2025 = 2.4e9;
    return {
      results: [
        { key: 'monthly-cost', label: 'Cost a month', text: usd(economics.monthlyCost) },
        { key: 'annual-cost', label: 'Cost a year', text: usd(economics.annualCost) },
        { key: 'price', label: 'Price per 1,000 tokens for that margin', text: formatValue(price, 'usd-per-thousand-tokens') },
        { key: 'annual-revenue', label: 'Revenue a year', text: usd(economics.annualRevenue) },
      ],
      reading: `Serving ${formatValue(values.tokens!, 'tokens-per-month')} at ${formatValue(values.cost!, 'usd-per-thousand-tokens')} costs ${usd(economics.annualCost)} a year; a ${formatNumber(values.margin!)}% gross margin needs revenue of ${usd(economics.annualRevenue)} a year.`,
      comparisons: [
        { label: 'Yearly serving cost against 2025 revenue', articleSays: '2025 revenue of $2.4 billion', source: { article: '002', paragraph: 96 }, numbersGive: `cost alone of ${usd(economics.annualCost)}`, agrees: economics.annualCost < tableRevenue2025 },
        { label: 'Revenue these inputs imply', articleSays: '$2.4 billion in 2025', source: { article: '002', paragraph: 96 }, numbersGive: usd(economics.annualRevenue), agrees: within(economics.annualRevenue, tableRevenue2025, 0.1) },
      ],
    };
  },
};

const computePower: CalculatorSpec = {
  name: 'compute-power',
  title: 'Compute and power, in units you can picture',
  intro: 'Convert the essay’s compute estimate into a plain count of operations, and its power figures into how many chips a power plant could run.',
  inputs: [
    { kind: 'number', key: 'compute', label: 'Training compute', unit: 'exaFLOP/s-days', default: 400, min: 0.000001, max: 1e9, source: { article: '002', paragraph: 62 }, hint: 'Lower end of the author’s 400–500' },
    { kind: 'number', key: 'watts', label: 'Power per GPU', unit: 'W', default: 700, min: 1, max: 1e6, source: { article: '002', paragraph: 76 } },
    { kind: 'number', key: 'saving', label: 'Power saving', unit: '%', default: 20, min: 0, max: 99, allowZero: true, source: { article: '002', paragraph: 76 } },
    { kind: 'number', key: 'plant', label: 'Power plant', unit: 'MW', default: 50, min: 0.001, max: 1e6, source: { article: '002', paragraph: 109 }, hint: 'The solar plants the author built' },
  ],
  compute(values) {
    const flop = exaflopSecondDaysToFlop(values.compute!);
    const wattsAfterSaving = product([values.watts!, 1 - values.saving! / 100]);
    const plantWatts = product([values.plant!, 1e6]);
    const gpus = devicesPowered(plantWatts, values.watts!);
    const gpusAfterSaving = devicesPowered(plantWatts, wattsAfterSaving);
    const dailyKilowattHours = product([values.watts!, 24]) / 1000;
    return {
      results: [
        { key: 'flop', label: 'Operations in total', text: formatValue(flop, 'flop') },
        { key: 'saved', label: 'Watts saved per GPU', text: formatValue(values.watts! - wattsAfterSaving, 'watts') },
        { key: 'gpus', label: 'GPUs the plant runs at full draw', text: formatValue(Math.floor(gpus), 'count') },
        { key: 'gpus-saving', label: 'GPUs with the saving', text: formatValue(Math.floor(gpusAfterSaving), 'count') },
        { key: 'daily', label: 'Energy per GPU per day', text: `${formatNumber(dailyKilowattHours)} kWh` },
      ],
      reading: `${formatNumber(values.compute!)} exaFLOP/s-days is ${formatValue(flop, 'flop')}. A ${formatNumber(values.plant!)} MW plant could feed about ${formatValue(Math.floor(gpus), 'count')} GPUs drawing ${formatNumber(values.watts!)} W each, or ${formatValue(Math.floor(gpusAfterSaving), 'count')} with a ${formatNumber(values.saving!)}% saving.`,
      comparisons: [],
    };
  },
};

export const calculators: Record<string, CalculatorSpec> = {
  growth,
  'valuation-multiple': valuationMultiple,
  'token-economics': tokens,
  'compute-power': computePower,
};

export function defaultValues(spec: CalculatorSpec): { values: Record<string, number>; choices: Record<string, string> } {
  const values: Record<string, number> = {};
  const choices: Record<string, string> = {};
  for (const input of spec.inputs) {
    if (input.kind === 'number') values[input.key] = input.default;
    else choices[input.key] = input.default;
  }
  return { values, choices };
}
