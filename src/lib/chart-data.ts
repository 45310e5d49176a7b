/**
 * Shapes a dataset three ways from one source of truth: the chart the browser draws, the table a
 * reader (or screen reader) reads without JavaScript, and the CSV download. All three list exactly
 * the same points.
 */
import { datesInWords, formatAxisValue, formatValue, unitLabels } from './format';
import type { KindLabels } from './chart-spec';
import type { Dataset } from './schemas';

export { chartSpec, type ChartSpec } from './chart-spec';

export interface TableRow {
  category: string;
  series: string;
  kind: string;
  value: number;
  /** In words, for what a screen reader hears: "$400 million". */
  valueText: string;
  /** As the chart labels it, for the data table beside the chart: "$0.4B", "−$2B", "$1T". */
  cellText: string;
  /** As the data file gives it, for the CSV: "2026-06-01 (derived)". */
  asOf: string;
  /** As a reader reads it, beside the chart and in its table: "1 June 2026 (derived)". */
  asOfText: string;
  source: { article: string; paragraph: number };
  claim?: string;
  note?: string;
}

/** Rows in category order, then series order: the order a reader scans the chart in. */
export function tableRows(dataset: Dataset, kindLabels: KindLabels): TableRow[] {
  const rows: TableRow[] = [];
  for (const category of dataset.categories) {
    for (const series of dataset.series) {
      const point = series.points.find((candidate) => candidate.category === category);
      if (!point) continue;
      rows.push({
        category,
        series: series.label,
        kind: kindLabels[series.kind],
        value: point.value,
        valueText: formatValue(point.value, dataset.unit),
        cellText: formatAxisValue(point.value, dataset.unit),
        asOf: point.asOf,
        asOfText: datesInWords(point.asOf),
        source: point.source,
        ...(point.claim ? { claim: point.claim } : {}),
        ...(point.note ? { note: point.note } : {}),
      });
    }
  }
  return rows;
}

/**
 * The chart's "As of" line: each date once, with what its figures are in brackets, so three
 * points made on one day read "1 June 2026 (author's model; author's forecast)" rather than the
 * date three times. Dates keep the order of the rows.
 */
export function asOfLine(rows: Pick<TableRow, 'asOfText'>[]): string {
  const qualifiers = new Map<string, string[]>();
  for (const { asOfText } of rows) {
    const [, date, qualifier = ''] = /^(.*?)(?: \((.*)\))?$/.exec(asOfText) ?? [asOfText, asOfText];
    const list = qualifiers.get(date) ?? [];
    if (!list.includes(qualifier)) list.push(qualifier);
    qualifiers.set(date, list);
  }
  // A date given plainly for some points and with a qualifier for others stays two entries, so the
  // plain figures are not read as derived.
  return [...qualifiers].flatMap(([date, list]) => {
    const named = list.filter(Boolean);
    return [...(list.includes('') ? [date] : []), ...(named.length ? [`${date} (${named.join('; ')})`] : [])];
  }).join('; ');
}

/** Categories the dataset names but no series fills: shown as "not given by the source". */
export function missingCategories(dataset: Dataset): string[] {
  return dataset.categories.filter((category) => dataset.series.every((series) => !series.points.some((point) => point.category === category)));
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(dataset: Dataset, kindLabels: KindLabels): string {
  const header = ['category', 'series', 'kind', `value (${unitLabels[dataset.unit]})`, 'as_of', 'source', 'paragraph', 'claim'];
  const lines = tableRows(dataset, kindLabels).map((row) =>
    [row.category, row.series, row.kind, row.value, row.asOf, row.source.article, row.source.paragraph, row.claim ?? ''].map(csvField).join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** Unique source paragraphs behind a dataset, for its "Source:" line. */
export function sourceParagraphs(dataset: Dataset): { article: string; paragraphs: number[] }[] {
  const byArticle = new Map<string, Set<number>>();
  for (const series of dataset.series) {
    for (const point of series.points) {
      const set = byArticle.get(point.source.article) ?? new Set<number>();
      set.add(point.source.paragraph);
      byArticle.set(point.source.article, set);
    }
  }
  return [...byArticle.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([article, paragraphs]) => ({ article, paragraphs: [...paragraphs].sort((a, b) => a - b) }));
}
