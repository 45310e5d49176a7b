/**
 * Source 002's forecast table (¶95–¶99) read as one system rather than row by row. From the stated
 * revenue and margins it derives what each year implies in dollars (cost of revenue, EBITDA), and,
 * with the essay's own unit cost (¶93) and token volumes (¶90), what each year implies per million
 * tokens, the unit the industry quotes. Then it checks the rows against each other and against the
 * assumptions the essay states (¶88, ¶90, ¶91, ¶93, ¶100). Pure: no content loading; its
 * sentences format figures with lib/format, as every other page does.
 */

import { formatRate, formatValue } from './format';

/** One column of the essay's table. Money in US$ billions, margins in percent. */
export interface ForecastYear {
  year: number;
  revenue: number;
  grossMargin: number;
  ebitdaMargin: number;
  freeCashFlow: number;
}

/** Where a stated figure comes from; the checks cite its paragraph, "(¶91)". */
type Cited = { source?: { paragraph: number } };

/** The assumptions the essay states around its table (for 002: ¶90, ¶93, ¶91, ¶88, ¶100, in this order). */
export interface ForecastAssumptions {
  /** Tokens a month in the first quarter of the first year, and in the last quarter of the second. */
  tokensPerMonth: { start: number; startYear: number; end: number; endYear: number } & Cited;
  /** Blended cost per 1,000 tokens now (taken as the first table years) and the lower cost by a later year. */
  costPerThousand: { now: number; nowUntilYear: number; later: number; laterFromYear: number } & Cited;
  /** Yearly fall in average selling price, percent, low and high. */
  priceDecline: { low: number; high: number } & Cited;
  /** Trailing twelve-month revenue (US$ billions), growth floor and gross-margin floor (percent). */
  trailing: { revenue: number; growthAbove: number; grossMarginAbove: number } & Cited;
  /** The EBITDA multiples applied to the last year, and the values the essay states for them. */
  multiples: ({ multiple: number; stated: number } & Cited)[];
}

/** The paragraphs the table's columns come from (content/forecasts/<id>.yaml, `table.columns`). */
export type ForecastColumns = Partial<Record<'revenue' | 'grossMargin' | 'ebitdaMargin' | 'freeCashFlow', { paragraph: number }>>;

/** " (¶91)" after a stated figure, or nothing where the content gives no paragraph. */
const cite = (cited: Cited | undefined) => (cited?.source ? ` (¶${cited.source.paragraph})` : '');

/** The paragraphs a check rests on, in order, each once: those the content gives. */
const paragraphsOf = (...cited: Cited[]) => [...new Set(cited.flatMap((item) => (item.source ? [item.source.paragraph] : [])))].sort((a, b) => a - b);

export interface DerivedYear extends ForecastYear {
  costOfRevenue: number;
  grossProfit: number;
  ebitda: number;
  /** Free cash flow as a percent of EBITDA; undefined where EBITDA is zero or negative. */
  cashConversion: number | undefined;
  /** The essay's cost per million tokens for the year; `costInterpolated` when the essay gives none. */
  costPerMillion: number;
  costInterpolated: boolean;
  /** The price per million tokens at which the essay's cost gives the table's gross margin. */
  pricePerMillionFromMargin: number;
  /** Yearly change of that price since the previous column, compounded over any gap, percent. */
  priceChange: number | undefined;
  /** Tokens a month the table's cost of revenue pays for at the essay's unit cost. */
  tokensPerMonthFromCost: number;
  /** The essay's own volume, averaged over the year, where ¶90 covers it. */
  statedTokensPerMonth: number | undefined;
  /** Revenue divided by the essay's volume, and the gross margin that price gives at the essay's cost. */
  pricePerMillionFromVolume: number | undefined;
  grossMarginFromVolume: number | undefined;
}

export interface SystemCheck {
  id: string;
  /** What is compared, in words. */
  label: string;
  stated: string;
  implied: string;
  holds: boolean;
  paragraphs: number[];
}

export interface ForecastSystem {
  years: DerivedYear[];
  checks: SystemCheck[];
}

const billion = 1e9;
const million = 1e6;

/**
 * Monthly volume for each quarter from the start quarter (first quarter of `startYear`) to the end
 * quarter (fourth quarter of `endYear`), growing by the same factor each quarter: the smoothest path
 * between the essay's two points, since it gives none in between.
 */
export function quarterlyTokensPerMonth(path: ForecastAssumptions['tokensPerMonth']): Map<number, number[]> {
  const quarters = (path.endYear - path.startYear) * 4 + 3;
  const factor = (path.end / path.start) ** (1 / quarters);
  const byYear = new Map<number, number[]>();
  for (let index = 0; index <= quarters; index++) {
    const year = path.startYear + Math.floor(index / 4);
    byYear.set(year, [...(byYear.get(year) ?? []), path.start * factor ** index]);
  }
  return byYear;
}

/** ¶93's cost for a year: the "now" figure up to `nowUntilYear`, the later one from `laterFromYear`, a straight line between. */
export function costPerThousandFor(year: number, cost: ForecastAssumptions['costPerThousand']): { value: number; interpolated: boolean } {
  if (year <= cost.nowUntilYear) return { value: cost.now, interpolated: false };
  if (year >= cost.laterFromYear) return { value: cost.later, interpolated: false };
  const share = (year - cost.nowUntilYear) / (cost.laterFromYear - cost.nowUntilYear);
  return { value: cost.now + (cost.later - cost.now) * share, interpolated: true };
}

export function deriveForecastSystem(table: ForecastYear[], assumptions: ForecastAssumptions, columns: ForecastColumns = {}): ForecastSystem {
  if (table.length === 0) throw new Error('the forecast table has no years');
  const sorted = [...table].sort((a, b) => a.year - b.year);
  const volumes = quarterlyTokensPerMonth(assumptions.tokensPerMonth);
  const years: DerivedYear[] = [];
  for (const row of sorted) {
    const costShare = 1 - row.grossMargin / 100;
    const costOfRevenue = row.revenue * costShare;
    const ebitda = row.revenue * (row.ebitdaMargin / 100);
    const cost = costPerThousandFor(row.year, assumptions.costPerThousand);
    const costPerMillion = cost.value * 1000;
    const pricePerMillionFromMargin = costPerMillion / costShare;
    const previous = years.at(-1);
    const priceChange = previous
      ? ((pricePerMillionFromMargin / previous.pricePerMillionFromMargin) ** (1 / (row.year - previous.year)) - 1) * 100
      : undefined;
    const quarters = volumes.get(row.year);
    const statedTokensPerMonth = quarters && quarters.length === 4 ? quarters.reduce((sum, value) => sum + value, 0) / 4 : undefined;
    const pricePerMillionFromVolume = statedTokensPerMonth ? (row.revenue * billion) / ((statedTokensPerMonth * 12) / million) : undefined;
    years.push({
      ...row,
      costOfRevenue,
      grossProfit: row.revenue - costOfRevenue,
      ebitda,
      cashConversion: ebitda > 0 ? (row.freeCashFlow / ebitda) * 100 : undefined,
      costPerMillion,
      costInterpolated: cost.interpolated,
      pricePerMillionFromMargin,
      priceChange,
      tokensPerMonthFromCost: ((costOfRevenue * billion) / costPerMillion) * million / 12,
      statedTokensPerMonth,
      pricePerMillionFromVolume,
      grossMarginFromVolume: pricePerMillionFromVolume ? (1 - costPerMillion / pricePerMillionFromVolume) * 100 : undefined,
    });
  }
  return { years, checks: systemChecks(years, assumptions, columns) };
}

/** Figures in the checks' sentences, formatted as everywhere else on the site. */
const percent = (value: number) => formatValue(value, 'percent');
const billions = (value: number) => formatValue(value, 'usd-billion');

function systemChecks(years: DerivedYear[], assumptions: ForecastAssumptions, columns: ForecastColumns): SystemCheck[] {
  const checks: SystemCheck[] = [];
  const column = (name: keyof ForecastColumns): Cited => ({ source: columns[name] });
  const { low, high } = assumptions.priceDecline;
  for (const year of years) {
    if (year.priceChange === undefined) continue;
    checks.push({
      id: `price-${year.year}`,
      label: `Price per million tokens, ${year.year}: change a year`,
      stated: `a fall of ${low}% to ${high}% a year${cite(assumptions.priceDecline)}`,
      implied: `${year.priceChange >= 0 ? 'a rise' : 'a fall'} of ${percent(Math.abs(year.priceChange))} a year`,
      holds: year.priceChange <= -low && year.priceChange >= -high,
      paragraphs: paragraphsOf(assumptions.priceDecline, assumptions.costPerThousand, column('grossMargin')),
    });
  }
  for (const year of years) {
    if (year.grossMarginFromVolume === undefined || year.statedTokensPerMonth === undefined) continue;
    checks.push({
      id: `volume-${year.year}`,
      label: `Gross margin, ${year.year}, at the essay’s own volume and unit cost`,
      stated: `${percent(year.grossMargin)}${cite(column('grossMargin'))}`,
      implied: percent(year.grossMarginFromVolume),
      holds: Math.abs(year.grossMarginFromVolume - year.grossMargin) <= 2,
      paragraphs: paragraphsOf(assumptions.tokensPerMonth, assumptions.costPerThousand, column('revenue'), column('grossMargin')),
    });
  }
  for (const year of years) {
    if (year.cashConversion === undefined || year.cashConversion <= 100) continue;
    checks.push({
      id: `cash-${year.year}`,
      label: `Free cash flow against EBITDA, ${year.year}`,
      stated: `free cash flow of ${billions(year.freeCashFlow)}${cite(column('freeCashFlow'))}`,
      implied: `${percent(year.cashConversion)} of EBITDA (${billions(year.ebitda)}); above 100% needs customers paying well in advance, or capital spending and tax below zero`,
      holds: false,
      paragraphs: paragraphsOf(column('ebitdaMargin'), column('freeCashFlow')),
    });
  }
  const { trailing } = assumptions;
  const floorYear = years.find((year) => year.year === assumptions.tokensPerMonth.endYear) ?? years[0]!;
  checks.push({
    id: 'trailing-revenue',
    label: `Trailing twelve-month revenue in mid-${floorYear.year + 1} against the table’s ${floorYear.year}`,
    stated: `about ${billions(trailing.revenue)}${cite(trailing)}`,
    implied: `the table’s ${floorYear.year} revenue is ${billions(floorYear.revenue)}, ${formatRate(floorYear.revenue / trailing.revenue)} times as much`,
    holds: trailing.revenue >= floorYear.revenue / 2,
    paragraphs: paragraphsOf(trailing, column('revenue')),
  });
  for (const [index, year] of years.entries()) {
    const previous = years[index - 1];
    if (!previous) continue;
    const growth = ((year.revenue / previous.revenue) ** (1 / (year.year - previous.year)) - 1) * 100;
    if (year.year > assumptions.tokensPerMonth.endYear + 1) break;
    checks.push({
      id: `growth-${year.year}`,
      label: `Revenue growth into ${year.year}`,
      stated: `above ${trailing.growthAbove}% a year${cite(trailing)}`,
      implied: `${percent(growth)} a year`,
      holds: growth >= trailing.growthAbove - 0.05,
      paragraphs: paragraphsOf(trailing, column('revenue')),
    });
  }
  const grossFloor = years.every((year) => year.grossMargin > trailing.grossMarginAbove);
  checks.push({
    id: 'gross-margin-floor',
    label: 'Gross margin in every year of the table',
    stated: `above ${trailing.grossMarginAbove}%${cite(trailing)}`,
    implied: `${percent(Math.min(...years.map((year) => year.grossMargin)))} to ${percent(Math.max(...years.map((year) => year.grossMargin)))}`,
    holds: grossFloor,
    paragraphs: paragraphsOf(trailing, column('grossMargin')),
  });
  const last = years.at(-1)!;
  for (const entry of assumptions.multiples) {
    const { multiple, stated } = entry;
    const value = multiple * last.ebitda;
    checks.push({
      id: `multiple-${multiple}`,
      label: `${multiple} times ${last.year} EBITDA`,
      stated: `about ${billions(stated)}${cite(entry)}`,
      implied: `${billions(value)} (${multiple} × ${billions(last.ebitda)})`,
      holds: Math.abs(value - stated) / stated <= 0.05,
      paragraphs: paragraphsOf(column('revenue'), column('ebitdaMargin'), entry),
    });
  }
  return checks;
}
