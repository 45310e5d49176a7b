/**
 * The calculators' arithmetic. Their questions, labels, defaults and the paragraphs those come
 * from are content (content/calculators/<name>.yaml, checked by widget-content.ts); each spec
 * here says which inputs and figures it reads and turns them into one headline answer, a
 * sentence that reads it, a few secondary figures and, where a calculator tests a claim, what
 * the article says beside what the numbers give. Every sum goes through finance.ts or
 * time-value.ts, the functions the ledger's checks use, and every figure through format.ts.
 */
import {
  devicesPowered,
  exaflopSecondDaysToFlop,
  multipleNeeded,
  priceForMargin,
  product,
  runRateGrowth,
  tokenEconomics,
  valuationFromMultiple,
} from './finance';
import { formatNumber, formatValue } from './format';
import { impliedFutureMultiple, presentValue } from './time-value';
import { isChoice, type WidgetContent, type WidgetNeeds } from './widget-content';
import type { SourceReference } from './schemas';

export interface WidgetResult {
  key: string;
  label: string;
  text: string;
}

/** "The article says / the numbers give", for one stated figure. */
export interface Versus {
  key: string;
  label: string;
  articleSays: string;
  source: SourceReference;
  numbersGive: string;
  /** null where the comparison has no single right answer. */
  agrees: boolean | null;
}

export interface CalculatorOutput {
  headline: string;
  reading: string;
  results: WidgetResult[];
  comparisons: Versus[];
}

type Values = Record<string, number>;
type Choices = Record<string, string>;

export interface CalculatorSpec {
  name: string;
  needs: WidgetNeeds;
  compute(content: WidgetContent, values: Values, choices: Choices): CalculatorOutput;
}

const within = (a: number, b: number, tolerance = 0.02) => Math.abs(a - b) <= tolerance * Math.abs(b);
const billions = (value: number) => formatValue(value, 'usd-billion');

function versus(content: WidgetContent, key: string, numbersGive: string, agrees: boolean | null): Versus {
  const figure = content.figures[key];
  if (!figure) throw new Error(`the calculator's content has no figure "${key}"`);
  return { key, label: figure.label, articleSays: figure.articleSays, source: figure.source, numbersGive, agrees };
}

const growth: CalculatorSpec = {
  name: 'growth',
  needs: { numbers: ['start', 'end', 'months'], figures: ['increase'] },
  compute(content, values) {
    const { start, end, months } = values as { start: number; end: number; months: number };
    const result = runRateGrowth(start, end, months);
    const period = `${formatNumber(months)} ${months === 1 ? 'month' : 'months'}`;
    const direction = result.increase >= 0 ? 'a rise' : 'a fall';
    return {
      headline: `${formatValue(result.multiple, 'multiple')} in ${period}`,
      reading: `From ${billions(start)} to ${billions(end)} a year is ${direction} of ${billions(Math.abs(result.increase))} in annual pace, as if growing ${formatValue(result.monthlyGrowth, 'percent')} every month.`,
      results: [
        { key: 'increase', label: 'Change in the annual pace', text: billions(result.increase) },
        { key: 'percent', label: 'Percent change', text: formatValue(result.percentIncrease, 'percent') },
        { key: 'monthly', label: 'Steady growth a month that links them', text: formatValue(result.monthlyGrowth, 'percent') },
      ],
      comparisons: [
        versus(content, 'increase', `${billions(result.increase)} in ${period}`, within(result.increase, content.figures.increase!.value) && within(months, 3, 0.001)),
      ],
    };
  },
};

function chosenOption(content: WidgetContent, key: string, chosen: string | undefined) {
  const input = content.inputs.find((candidate) => candidate.key === key);
  if (!input || !isChoice(input)) throw new Error(`the calculator's content has no choice "${key}"`);
  // A choice from an edited link that names no option falls back to the default.
  return input.options.find((option) => option.value === chosen) ?? input.options.find((option) => option.value === input.default)!;
}

const valuationMultiple: CalculatorSpec = {
  name: 'valuation-multiple',
  needs: { numbers: ['multiple', 'rate', 'year', 'target'], choices: ['metric'], figures: ['stated-30x', 'stated-40x', 'revenue-route'] },
  compute(content, values, choices) {
    const { multiple, rate, year, target } = values as { multiple: number; rate: number; year: number; target: number };
    const option = chosenOption(content, 'metric', choices.metric);
    const ebitda = chosenOption(content, 'metric', 'ebitda-2030');
    const revenue2030 = chosenOption(content, 'metric', 'revenue-2030');
    const figureYear = option.year ?? year;
    // A figure dated before the valuation date is not discounted: it is already in the past.
    const years = Math.max(figureYear - year, 0);
    const inFigureYear = valuationFromMultiple(option.amount, multiple);
    const today = presentValue(inFigureYear, rate, years);
    const impliedMultiple = impliedFutureMultiple(target, option.amount, rate, years);
    const at = (value: number, yearsAhead: number) => presentValue(value, rate, yearsAhead);
    const ebitdaYears = Math.max((ebitda.year ?? year) - year, 0);
    const yearsText = years === 0 ? 'no discounting needed' : `${formatNumber(years)} ${years === 1 ? 'year' : 'years'} at ${formatNumber(rate)}% a year`;
    const todayWords = `${year} money`;
    return {
      headline: billions(today),
      reading:
        `${formatValue(multiple, 'multiple')} ${option.label.replace(/ \(forecast\)$/, '')} of ${billions(option.amount)} gives ${billions(inFigureYear)} in ${figureYear}` +
        (years === 0 ? '.' : `; discounted ${yearsText}, that is ${billions(today)} in ${todayWords}, ${formatValue((today / target) * 100, 'percent')} of the ${billions(target)} price tested.`),
      results: [
        { key: 'future', label: `Value in ${figureYear}, before discounting`, text: billions(inFigureYear) },
        { key: 'needed', label: `${figureYear} multiple a ${billions(target)} price in ${year} implies`, text: formatValue(impliedMultiple, 'multiple') },
        { key: 'undiscounted', label: 'The same multiple, with no discounting', text: formatValue(multipleNeeded(target, option.amount), 'multiple') },
      ],
      comparisons: [
        versus(content, 'stated-30x', `${billions(valuationFromMultiple(ebitda.amount, 30))} in 2030; ${billions(at(valuationFromMultiple(ebitda.amount, 30), ebitdaYears))} in ${todayWords}`, within(valuationFromMultiple(ebitda.amount, 30), content.figures['stated-30x']!.value)),
        versus(content, 'stated-40x', `${billions(valuationFromMultiple(ebitda.amount, 40))} in 2030; ${billions(at(valuationFromMultiple(ebitda.amount, 40), ebitdaYears))} in ${todayWords}`, within(valuationFromMultiple(ebitda.amount, 40), content.figures['stated-40x']!.value)),
        versus(
          content,
          'revenue-route',
          `${billions(valuationFromMultiple(revenue2030.amount, 30))} to ${billions(valuationFromMultiple(revenue2030.amount, 40))} in 2030; ${billions(at(valuationFromMultiple(revenue2030.amount, 30), ebitdaYears))} to ${billions(at(valuationFromMultiple(revenue2030.amount, 40), ebitdaYears))} in ${todayWords}`,
          null,
        ),
      ],
    };
  },
};

const tokens: CalculatorSpec = {
  name: 'token-economics',
  needs: { numbers: ['tokens', 'cost', 'margin'], figures: ['revenue-2025'] },
  compute(content, values) {
    const { tokens: volume, cost, margin } = values as { tokens: number; cost: number; margin: number };
    const price = priceForMargin(cost, margin);
    const economics = tokenEconomics(volume, cost, price);
    const usd = (value: number) => formatValue(value, 'usd');
    const tableRevenue = content.figures['revenue-2025']!.value * 1e9;
    const against = economics.annualCost / tableRevenue;
    return {
      headline: usd(economics.annualCost),
      reading:
        `Serving ${formatValue(volume, 'tokens-per-month')} at ${formatValue(cost, 'usd-per-thousand-tokens')} costs ${usd(economics.annualCost)} a year, ` +
        `${formatValue(against, 'multiple')} the essay’s 2025 revenue; a ${formatNumber(margin)}% gross margin would need ${usd(economics.annualRevenue)} of revenue.`,
      results: [
        { key: 'annual-revenue', label: 'Revenue a year that margin needs', text: usd(economics.annualRevenue) },
        { key: 'price', label: 'Price for that margin', text: formatValue(price, 'usd-per-thousand-tokens') },
        { key: 'monthly-cost', label: 'Cost a month', text: usd(economics.monthlyCost) },
      ],
      comparisons: [versus(content, 'revenue-2025', `${usd(economics.annualRevenue)} of revenue a year`, within(economics.annualRevenue, tableRevenue, 0.1))],
    };
  },
};

const computePower: CalculatorSpec = {
  name: 'compute-power',
  needs: { numbers: ['plant', 'watts', 'saving', 'compute'] },
  compute(_content, values) {
    const { plant, watts, saving, compute } = values as { plant: number; watts: number; saving: number; compute: number };
    const plantWatts = product([plant, 1e6]);
    const lightPhaseWatts = product([watts, 1 - saving / 100]);
    // One function and one format for the count, so this agrees with the note on the 50 MW plant.
    const gpus = formatValue(devicesPowered(plantWatts, watts), 'count');
    const lightPhaseGpus = formatValue(devicesPowered(plantWatts, lightPhaseWatts), 'count');
    return {
      headline: gpus,
      reading:
        `${formatNumber(plant)} MW divided by ${formatNumber(watts)} W is about ${gpus} GPUs at full load, before cooling. ` +
        (saving > 0
          ? `The ${formatNumber(saving)}% saving is a best case for light training phases only: then, at most, about ${lightPhaseGpus}.`
          : 'With no saving, light phases change nothing.'),
      results: [
        { key: 'gpus-light', label: `Upper bound in light training phases only (${formatNumber(saving)}% saving)`, text: lightPhaseGpus },
        { key: 'saved', label: 'Most a GPU saves in those phases', text: formatValue(watts - lightPhaseWatts, 'watts') },
        { key: 'flop', label: `${formatNumber(compute)} exaFLOP/s-days as a count of operations`, text: formatValue(exaflopSecondDaysToFlop(compute), 'flop') },
      ],
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

/** The inputs as the content file sets them. */
export function defaultValues(content: WidgetContent): { values: Values; choices: Choices } {
  const values: Values = {};
  const choices: Choices = {};
  for (const input of content.inputs) {
    if (isChoice(input)) choices[input.key] = input.default;
    else values[input.key] = input.default;
  }
  return { values, choices };
}
