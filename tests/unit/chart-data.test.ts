import { describe, expect, it } from 'vitest';
import { kindLabels } from '../support/site-words';
import { asOfLine, chartSpec, missingCategories, sourceParagraphs, tableRows, toCsv } from '../../src/lib/chart-data';
import { datasetSchema } from '../../src/lib/schemas';

const dataset = datasetSchema.parse({
  title: 'Revenue forecast by year', subtitle: 'US$ billions', article: '002', chart: 'bar', unit: 'usd-billion',
  categories: ['2027', '2028', '2029', '2030'],
  series: [{ label: 'Revenue, "forecast"', kind: 'forecast', points: [
    { category: '2030', value: 25, asOf: '2026-06-01', source: { article: '002', paragraph: 96 }, claim: '002-x' },
    { category: '2027', value: 7.5, asOf: '2026-06-01', source: { article: '002', paragraph: 96 } },
  ] }],
});

describe('chart data', () => {
  it('leaves the years the article skips as gaps, never as values', () => {
    expect(chartSpec(dataset, kindLabels).series[0]!.values).toEqual([7.5, null, null, 25]);
    expect(missingCategories(dataset)).toEqual(['2028', '2029']);
  });
  it('lists table rows in axis order with kind and source', () => {
    const rows = tableRows(dataset, kindLabels);
    expect(rows.map((row) => [row.category, row.valueText, row.kind])).toEqual([
      ['2027', '$7.5 billion', 'Forecast'],
      ['2030', '$25 billion', 'Forecast'],
    ]);
    // The table beside a chart writes each figure exactly as the chart's label does.
    expect(rows.map((row) => row.cellText)).toEqual(['$7.5B', '$25B']);
    // Its "as of" reads as a reader writes a date; the CSV below keeps the data file's ISO date.
    expect(rows.map((row) => row.asOfText)).toEqual(['1 June 2026', '1 June 2026']);
  });
  it('writes a CSV of exactly the plotted points, quoting where needed', () => {
    expect(toCsv(dataset, kindLabels)).toBe([
      'category,series,kind,value (US$ billions),as_of,source,paragraph,claim',
      '2027,"Revenue, ""forecast""",Forecast,7.5,2026-06-01,002,96,',
      '2030,"Revenue, ""forecast""",Forecast,25,2026-06-01,002,96,002-x',
      '',
    ].join('\n'));
  });
  it('names each date once in the "As of" line, with what its figures are', () => {
    const texts = ["1 June 2026 (author's model)", "1 June 2026 (author's forecast)", "1 June 2026 (author's model)", 'March 2026', 'late 2025'];
    expect(asOfLine(texts.map((asOfText) => ({ asOfText })))).toBe("1 June 2026 (author's model; author's forecast); March 2026; late 2025");
    expect(asOfLine([{ asOfText: '1 June 2026' }, { asOfText: '1 June 2026 (derived)' }])).toBe('1 June 2026; 1 June 2026 (derived)');
  });
  it('collects the source paragraphs once each', () => {
    expect(sourceParagraphs(dataset)).toEqual([{ article: '002', paragraphs: [96] }]);
  });
});
