import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { costPerThousandFor, deriveForecastSystem, quarterlyTokensPerMonth, type ForecastAssumptions, type ForecastYear } from '../../src/lib/forecast-system';
import { datasetSchema } from '../../src/lib/schemas';

// The essay's table (002 ¶95–¶99) and assumptions (¶88, ¶90, ¶91, ¶93, ¶100), typed in by hand.
const table: ForecastYear[] = [
  { year: 2024, revenue: 0.8, grossMargin: 62, ebitdaMargin: -10, freeCashFlow: -0.2 },
  { year: 2025, revenue: 2.4, grossMargin: 64, ebitdaMargin: 5, freeCashFlow: 0.1 },
  { year: 2026, revenue: 4.5, grossMargin: 65, ebitdaMargin: 15, freeCashFlow: 0.7 },
  { year: 2027, revenue: 7.5, grossMargin: 67, ebitdaMargin: 25, freeCashFlow: 1.8 },
  { year: 2030, revenue: 25, grossMargin: 70, ebitdaMargin: 45, freeCashFlow: 11 },
];
const assumptions: ForecastAssumptions = {
  tokensPerMonth: { start: 100e9, startYear: 2024, end: 1e12, endYear: 2025 },
  costPerThousand: { now: 0.4, nowUntilYear: 2025, later: 0.3, laterFromYear: 2027 },
  priceDecline: { low: 15, high: 20 },
  trailing: { revenue: 0.4, growthAbove: 200, grossMarginAbove: 60 },
  multiples: [{ multiple: 30, stated: 450 }, { multiple: 40, stated: 600 }],
};

// Where each column comes from, as content/forecasts/002.yaml gives it.
const columns = { revenue: { paragraph: 96 }, grossMargin: { paragraph: 97 }, ebitdaMargin: { paragraph: 98 }, freeCashFlow: { paragraph: 99 } };
const cited: ForecastAssumptions = {
  ...assumptions,
  priceDecline: { ...assumptions.priceDecline, source: { paragraph: 91 } },
  trailing: { ...assumptions.trailing, source: { paragraph: 88 } },
  multiples: assumptions.multiples.map((entry) => ({ ...entry, source: { paragraph: 100 } })),
};
const system = deriveForecastSystem(table, cited, columns);
const year = (y: number) => system.years.find((row) => row.year === y)!;
const check = (id: string) => system.checks.find((row) => row.id === id)!;

describe('the forecast table in dollars', () => {
  it('derives cost of revenue and EBITDA from revenue and the two margins', () => {
    // 2025: $2.4 billion × (1 − 0.64) = $0.864 billion of cost; × 5% = $0.12 billion of EBITDA.
    expect(year(2025).costOfRevenue).toBeCloseTo(0.864, 10);
    expect(year(2025).grossProfit).toBeCloseTo(1.536, 10);
    expect(year(2025).ebitda).toBeCloseTo(0.12, 10);
    // 2030: $25 billion × 0.30 = $7.5 billion of cost; × 45% = $11.25 billion of EBITDA.
    expect(year(2030).costOfRevenue).toBeCloseTo(7.5, 10);
    expect(year(2030).ebitda).toBeCloseTo(11.25, 10);
    expect(year(2024).ebitda).toBeCloseTo(-0.08, 10);
  });

  it('expresses free cash flow as a share of EBITDA, and leaves it out where EBITDA is negative', () => {
    expect(year(2024).cashConversion).toBeUndefined();
    expect(year(2025).cashConversion).toBeCloseTo(83.333, 2); // 0.1 ÷ 0.12
    expect(year(2026).cashConversion).toBeCloseTo(103.704, 2); // 0.7 ÷ 0.675
    expect(year(2030).cashConversion).toBeCloseTo(97.778, 2); // 11 ÷ 11.25
  });
});

describe('the forecast per million tokens', () => {
  it('takes ¶93 cost as $400 per million to 2025, $300 from 2027, a straight line between', () => {
    expect(costPerThousandFor(2024, assumptions.costPerThousand)).toEqual({ value: 0.4, interpolated: false });
    expect(costPerThousandFor(2026, assumptions.costPerThousand).value).toBeCloseTo(0.35, 10);
    expect(costPerThousandFor(2026, assumptions.costPerThousand).interpolated).toBe(true);
    expect(year(2025).costPerMillion).toBeCloseTo(400, 10);
    expect(year(2026).costPerMillion).toBeCloseTo(350, 10);
    expect(year(2030).costPerMillion).toBeCloseTo(300, 10);
  });

  it('finds the price that gives the table margin at that cost: cost ÷ (1 − margin)', () => {
    expect(year(2024).pricePerMillionFromMargin).toBeCloseTo(1052.632, 2); // 400 ÷ 0.38
    expect(year(2025).pricePerMillionFromMargin).toBeCloseTo(1111.111, 2); // 400 ÷ 0.36
    expect(year(2026).pricePerMillionFromMargin).toBeCloseTo(1000, 6); // 350 ÷ 0.35
    expect(year(2027).pricePerMillionFromMargin).toBeCloseTo(909.091, 2); // 300 ÷ 0.33
    expect(year(2030).pricePerMillionFromMargin).toBeCloseTo(1000, 6); // 300 ÷ 0.30
  });

  it('compounds the price change over the gap between columns', () => {
    expect(year(2024).priceChange).toBeUndefined();
    expect(year(2025).priceChange).toBeCloseTo(5.556, 2); // 1111.1 ÷ 1052.6 − 1
    expect(year(2026).priceChange).toBeCloseTo(-10, 6);
    expect(year(2027).priceChange).toBeCloseTo(-9.091, 2);
    expect(year(2030).priceChange).toBeCloseTo(3.228, 2); // 1.1^(1/3) − 1
  });

  it('derives the volume the cost of revenue pays for', () => {
    // 2025: $0.864 billion ÷ $400 per million = 2.16 million million tokens a year = 180 billion a month.
    expect(year(2025).tokensPerMonthFromCost).toBeCloseTo(180e9, -3);
    // 2030: $7.5 billion ÷ $300 per million = 25 million million a year ≈ 2.083 trillion a month.
    expect(year(2030).tokensPerMonthFromCost).toBeCloseTo(25e12 / 12, -3);
  });

  it('spreads ¶90 volume over the seven quarters at one growth factor', () => {
    const quarters = quarterlyTokensPerMonth(assumptions.tokensPerMonth);
    expect(quarters.get(2024)![0]).toBeCloseTo(100e9, -3);
    expect(quarters.get(2025)![3]).toBeCloseTo(1e12, -3);
    // 10^(1/7) = 1.389495; 2024 averages 100 × (1 + q + q² + q³) ÷ 4 ≈ 175.07 billion a month.
    expect(year(2024).statedTokensPerMonth! / 1e9).toBeCloseTo(175.072, 2);
    expect(year(2025).statedTokensPerMonth! / 1e9).toBeCloseTo(652.598, 2);
    expect(year(2026).statedTokensPerMonth).toBeUndefined();
  });

  it('sets revenue against that volume: about $306 per million in 2025, a gross margin of about −30%', () => {
    expect(year(2024).pricePerMillionFromVolume).toBeCloseTo(380.80, 1); // 0.8e9 ÷ 2.1009e6
    expect(year(2025).pricePerMillionFromVolume).toBeCloseTo(306.47, 1); // 2.4e9 ÷ 7.8312e6
    expect(year(2025).grossMarginFromVolume).toBeCloseTo(-30.52, 1); // 1 − 400 ÷ 306.47
  });
});

describe('the checks of the system', () => {
  it('finds no year in which the implied price falls 15% to 20%', () => {
    const priceChecks = system.checks.filter((row) => row.id.startsWith('price-'));
    expect(priceChecks.map((row) => row.holds)).toEqual([false, false, false, false]);
    expect(check('price-2025').implied).toBe('a rise of 5.56% a year');
    expect(check('price-2026').implied).toBe('a fall of 10% a year');
  });

  it('flags the margins, the trailing revenue, the growth and the multiples that do not fit', () => {
    expect(check('volume-2025')).toMatchObject({ holds: false, stated: '64% (¶97)', implied: '−30.5%' });
    expect(check('cash-2026').holds).toBe(false);
    expect(check('trailing-revenue').holds).toBe(false);
    expect(check('growth-2025').holds).toBe(true);
    expect(check('growth-2026')).toMatchObject({ holds: false, implied: '87.5% a year' });
    expect(check('gross-margin-floor').holds).toBe(true);
    expect(check('multiple-30')).toMatchObject({ holds: false, implied: '$337.5 billion (30 × $11.25 billion)' });
    expect(check('multiple-40').holds).toBe(false);
  });

  it('passes a table that does fit its assumptions', () => {
    const fitting = deriveForecastSystem(
      [{ year: 2024, revenue: 1, grossMargin: 60, ebitdaMargin: 10, freeCashFlow: 0.05 }, { year: 2025, revenue: 3, grossMargin: 68, ebitdaMargin: 20, freeCashFlow: 0.5 }],
      { ...assumptions, multiples: [{ multiple: 10, stated: 6 }], trailing: { revenue: 2, growthAbove: 200, grossMarginAbove: 55 } },
    );
    // Price 400 ÷ 0.4 = 1,000, then 400 ÷ 0.32 = 1,250: a rise, so the ¶91 check still fails; the others hold.
    expect(fitting.checks.filter((row) => !row.holds).map((row) => row.id)).toEqual(['price-2025', 'volume-2024', 'volume-2025']);
  });

  it('cites the paragraphs the content gives, and none it does not', () => {
    expect(check('price-2025')).toMatchObject({ stated: 'a fall of 15% to 20% a year (¶91)', paragraphs: [91, 97] });
    expect(check('multiple-30')).toMatchObject({ stated: 'about $450 billion (¶100)', paragraphs: [96, 98, 100] });
    expect(check('trailing-revenue').paragraphs).toEqual([88, 96]);
    const uncited = deriveForecastSystem(table, assumptions).checks.find((row) => row.id === 'price-2025')!;
    expect(uncited).toMatchObject({ stated: 'a fall of 15% to 20% a year', paragraphs: [] });
  });

  it('refuses an empty table', () => {
    expect(() => deriveForecastSystem([], assumptions)).toThrow(/no years/);
  });
});

describe('the forecast-system dataset', () => {
  const dataset = datasetSchema.parse(parse(readFileSync('content/datasets/002-forecast-system.yaml', 'utf8')));
  it('holds the values the module derives, rounded to the cent', () => {
    const series = (label: string) => dataset.series.find((entry) => entry.label.startsWith(label))!.points;
    for (const point of series('Price that gives the table')) expect(point.value).toBeCloseTo(year(Number(point.category)).pricePerMillionFromMargin, 1);
    for (const point of series('Revenue divided by')) expect(point.value).toBeCloseTo(year(Number(point.category)).pricePerMillionFromVolume!, 1);
    for (const point of series('Cost per million')) expect(point.value).toBeCloseTo(year(Number(point.category)).costPerMillion, 1);
    expect(dataset.unit).toBe('usd-per-million-tokens');
  });
});

describe('content/forecasts/002.yaml', () => {
  it('holds the essay table and assumptions as typed in above', async () => {
    const { forecastSchema } = await import('../../src/lib/schemas');
    const content = forecastSchema.parse(parse(readFileSync('content/forecasts/002.yaml', 'utf8')));
    expect(content.table.years).toEqual(table);
    const { source: _t, ...tokens } = content.assumptions.tokensPerMonth;
    expect(tokens).toEqual(assumptions.tokensPerMonth);
    const { source: _c, ...cost } = content.assumptions.costPerThousand;
    expect(cost).toEqual(assumptions.costPerThousand);
    expect(content.assumptions.multiples.map(({ multiple, stated }) => ({ multiple, stated }))).toEqual(assumptions.multiples);
  });
});
