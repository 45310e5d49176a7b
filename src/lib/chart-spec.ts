/**
 * One description of a chart, computed once from a dataset, that both renderers draw from: the
 * build's SVG (first paint, no-JavaScript, print and share image) and chart.js in the browser. It
 * fixes everything they could otherwise disagree on: scale, domain, tick values, which marks are
 * solid or hollow, the colour of each kind of figure, value labels, reference lines, the
 * annotation, and the words a tooltip or screen reader says for each point.
 */
import { formatReference } from './calculations';
import { formatAxisValue, formatValue } from './format';
import type { Dataset, FigureKind, SourceReference, Unit, Verdict } from './schemas';
import { convert, sameGroup } from './units';

export type Mark = 'solid' | 'hollow';

export interface SpecSeries {
  label: string;
  /** The series' name at a line's end: its directLabel, or its label before any parenthesis. */
  shortLabel: string;
  kind: FigureKind;
  kindLabel: string;
  /** `recomputed`: the figure worked out again from the source's own inputs, beside the stated one. */
  role: 'figure' | 'recomputed';
  values: (number | null)[];
  marks: (Mark | null)[];
  /** What the value label on a bar says ("$337.5B, $112.5B below stated"). */
  valueLabels: (string | null)[];
  /** What a tooltip and the screen-reader live region say for the point. */
  descriptions: (string | null)[];
  /** A line under the bar: on a recomputed bar, the gap to the stated figure. */
  notes: (string | null)[];
}

export interface ChartSpec {
  type: 'bar' | 'line';
  scale: 'linear' | 'logarithmic';
  unit: Unit;
  categories: string[];
  series: SpecSeries[];
  axis: { min: number; max: number; ticks: number[]; tickLabels: string[] };
  referenceLines: { value: number; label: string }[];
  annotation?: { categoryIndex: number; seriesIndex: number; text: string };
}

/** What a chart needs to know about the ledger: a claim's verdict and its recomputed figure. */
export interface ClaimLookup {
  verdict(claimId: string): Verdict | undefined;
  /** The claim's calculation as site.worked() computes it (the one function that does). */
  worked(claimId: string): { value: number; unit: Unit; stated?: { inResultUnit: number; matches: boolean } } | undefined;
}

const disputed: Verdict[] = ['does-not-add-up', 'self-contradictory', 'contradicted'];

/** Tick values: powers of ten on a log axis; round steps from zero on a linear one. */
export function axisFor(values: number[], scale: 'linear' | 'logarithmic'): { min: number; max: number; ticks: number[] } {
  if (scale === 'logarithmic') {
    const positive = values.filter((value) => value > 0);
    if (positive.length === 0) throw new Error('a logarithmic chart needs at least one value above zero');
    let low = Math.floor(Math.log10(Math.min(...positive)));
    // The axis starts strictly below the smallest value, or its bar would have no height.
    if (Math.pow(10, low) >= Math.min(...positive)) low -= 1;
    const high = Math.ceil(Math.log10(Math.max(...positive)));
    const ticks = Array.from({ length: high - low + 1 }, (_, index) => Number(Math.pow(10, low + index).toPrecision(12)));
    return { min: ticks[0]!, max: ticks.at(-1)!, ticks };
  }
  const highest = Math.max(0, ...values);
  const lowest = Math.min(0, ...values);
  const span = highest - lowest || 1;
  const roughStep = span / 5;
  const magnitude = Math.pow(10, Math.floor(Math.log10(roughStep)));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= roughStep)!;
  // Negative values get whole steps below zero, the same size as above it.
  const min = lowest < 0 ? -Math.ceil(-lowest / step - 1e-9) * step : 0;
  const max = Math.max(step, Math.ceil(highest / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let value = min; value <= max + step * 0.001; value += step) ticks.push(Number(value.toPrecision(12)));
  return { min: ticks[0]!, max: ticks.at(-1)!, ticks };
}

/** The name printed at a line's end: its directLabel, else "Gross margin (author's forecast)" → "Gross margin". */
export function seriesName(series: Dataset['series'][number]): string {
  return series.directLabel ?? (series.label.replace(/\s*\(.*$/, '').trim() || series.label);
}

function describe(kindLabels: KindLabels, dataset: Dataset, category: string, seriesLabel: string, kind: FigureKind, value: number, source: SourceReference, extra = ''): string {
  return `${category}, ${seriesLabel}: ${formatValue(value, dataset.unit)}${extra}. Kind of figure: ${kindLabels[kind]}. Source: ${formatReference(source)}.`;
}

/** What each kind of figure is called, from content/site.yaml (`figureKinds`). */
export type KindLabels = Record<FigureKind, string>;

export function chartSpec(dataset: Dataset, kindLabels: KindLabels, ledger?: ClaimLookup): ChartSpec {
  const { categories, unit } = dataset;
  const series: SpecSeries[] = [];
  for (const entry of dataset.series) {
    const pointAt = (category: string) => entry.points.find((point) => point.category === category);
    const figure: SpecSeries = {
      label: entry.label,
      shortLabel: seriesName(entry),
      kind: entry.kind,
      kindLabel: kindLabels[entry.kind],
      role: 'figure',
      // A category without a point stays null: the chart shows a gap, never an invented value.
      values: categories.map((category) => pointAt(category)?.value ?? null),
      marks: categories.map((category) => (pointAt(category) ? 'solid' : null)),
      valueLabels: categories.map((category) => {
        const point = pointAt(category);
        return point ? formatAxisValue(point.value, unit) : null;
      }),
      descriptions: categories.map((category) => {
        const point = pointAt(category);
        return point ? describe(kindLabels, dataset, category, entry.label, entry.kind, point.value, point.source) : null;
      }),
      notes: categories.map(() => null),
    };
    const recomputed: SpecSeries = {
      ...figure,
      label: 'Recomputed from the source’s own figures',
      shortLabel: 'Recomputed',
      role: 'recomputed',
      values: categories.map(() => null),
      marks: categories.map(() => null),
      valueLabels: categories.map(() => null),
      descriptions: categories.map(() => null),
      notes: categories.map(() => null),
    };
    categories.forEach((category, index) => {
      const point = pointAt(category);
      const claimId = point?.claim;
      if (!point || !claimId || !ledger) return;
      const verdict = ledger.verdict(claimId);
      const worked = ledger.worked(claimId);
      if (!verdict || !disputed.includes(verdict) || !worked?.stated || worked.stated.matches || !sameGroup(worked.unit, unit)) return;
      // Only where the charted figure is the one the claim says was stated.
      const stated = convert(worked.stated.inResultUnit, worked.unit, unit);
      if (Math.abs(stated - point.value) > Math.abs(point.value) * 0.005) return;
      const value = convert(worked.value, worked.unit, unit);
      const gap = value - point.value;
      figure.marks[index] = 'hollow';
      figure.valueLabels[index] = `${formatAxisValue(point.value, unit)} as stated`;
      figure.descriptions[index] = describe(kindLabels, dataset, category, entry.label, entry.kind, point.value, point.source, ' as the source states it');
      recomputed.values[index] = value;
      recomputed.marks[index] = 'solid';
      recomputed.valueLabels[index] = `${formatAxisValue(value, unit)} recomputed`;
      recomputed.notes[index] = `Gap: ${formatAxisValue(Math.abs(gap), unit)} ${gap < 0 ? 'below' : 'above'} the stated ${formatAxisValue(point.value, unit)}`;
      recomputed.descriptions[index] = describe(kindLabels, dataset, category, 'recomputed from the source’s own figures', entry.kind, value, point.source, `, ${formatValue(Math.abs(gap), unit)} ${gap < 0 ? 'below' : 'above'} the stated figure (claim ${claimId})`);
    });
    series.push(figure);
    if (recomputed.values.some((value) => value !== null)) series.push(recomputed);
  }
  const values = series.flatMap((entry) => entry.values.filter((value): value is number => value !== null));
  const referenceLines = dataset.referenceLines;
  const axis = axisFor([...values, ...referenceLines.map((line) => line.value)], dataset.scale);
  let annotation: ChartSpec['annotation'];
  if (dataset.annotation) {
    const categoryIndex = categories.indexOf(dataset.annotation.category);
    const target = dataset.series[dataset.annotation.series];
    if (categoryIndex < 0) throw new Error(`annotation.category "${dataset.annotation.category}" is not one of the dataset's categories`);
    if (!target?.points.some((point) => point.category === dataset.annotation!.category)) throw new Error(`annotation: series ${dataset.annotation.series} has no point at "${dataset.annotation.category}"`);
    const seriesIndex = series.findIndex((entry) => entry.role === 'figure' && entry.label === target.label);
    annotation = { categoryIndex, seriesIndex, text: dataset.annotation.text };
  }
  return {
    type: dataset.chart,
    scale: dataset.scale,
    unit,
    categories,
    series,
    axis: { ...axis, tickLabels: axis.ticks.map((tick) => formatAxisValue(tick, unit)) },
    referenceLines,
    ...(annotation ? { annotation } : {}),
  };
}
