/**
 * Lays a chart spec out for one drawing width: where the plot sits, where each bar, point, label,
 * gridline, reference line and annotation goes, in "design units" that are CSS pixels when the
 * drawing is shown at its design width. The SVG renderer writes this geometry out as it is; chart.js
 * draws its bars and points into the same plot rectangle and paints every label from the same list,
 * scaled to the canvas. Pure: no DOM, so it runs in the build and in the browser.
 */
import type { ChartSpec, Mark } from './chart-spec';
import type { FigureKind } from './schemas';
import { lineHeight, textWidth, wrapWords } from './chart-text';
import { directLabels, placeDirectLabels } from './chart-labels';

export type Variant = 'narrow' | 'medium' | 'wide';

/**
 * Three drawings a chart, each shown from a container width up to the next (1.6× at most), so
 * 13-unit text is never drawn smaller than 12.5 px: narrow from 288 px (a 320 px phone), medium from
 * 480 px, wide from 720 px. A phone gets a phone layout, never a desktop drawing scaled down.
 */
export const variants: { name: Variant; width: number; from: number }[] = [
  { name: 'narrow', width: 300, from: 0 },
  { name: 'medium', width: 480, from: 480 },
  { name: 'wide', width: 720, from: 720 },
];
/** The paper halo round each label, in design units (charts.css repeats it for the page's SVG). */
export const haloWidth = 5;
/** The shortest bar drawn, so a value close to the base still shows (chart.js: minBarLength). */
export const minimumBar = 3;

export type TextRole = 'tick' | 'category' | 'value' | 'gap' | 'reference' | 'annotation' | 'direct';
export interface ChartText { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; role: TextRole; kind?: FigureKind }
export interface ChartLine { x1: number; y1: number; x2: number; y2: number; role: 'grid' | 'zero' | 'reference' | 'leader' }
export interface BarMark { series: number; category: number; value: number; mark: Mark; kind: FigureKind; x: number; y: number; width: number; height: number; center: number }
export interface PointMark { series: number; category: number; value: number; mark: Mark; kind: FigureKind; x: number; y: number }

export interface ChartGeometry {
  variant: Variant;
  width: number;
  height: number;
  horizontal: boolean;
  plot: { x: number; y: number; width: number; height: number };
  /** Bar thickness across the index axis, in design units. */
  thickness: number;
  /** Where each category sits along the index axis (a line's x; a horizontal row's first bar). */
  categoryCenters: number[];
  texts: ChartText[];
  lines: ChartLine[];
  bars: BarMark[];
  points: PointMark[];
  /** Line series as runs of connected points; a gap in the data breaks the run. */
  paths: { series: number; kind: FigureKind; runs: { x: number; y: number }[][] }[];
}

/** Which way the bars run: across for long category names, narrow drawings and stated-beside-recomputed. */
export function isHorizontal(spec: ChartSpec, variant: Variant): boolean {
  if (spec.type === 'line') return false;
  if (variant === 'narrow') return true;
  if (spec.series.some((series) => series.role === 'recomputed')) return true;
  const longest = Math.max(...spec.categories.map((category) => textWidth(category)));
  const slot = (variants.find((entry) => entry.name === variant)!.width - 80) / spec.categories.length;
  return longest > Math.min(slot * 0.95, 110);
}

/** Position of a value along the value axis, as a share of its length from the axis minimum. */
export function axisShare(spec: ChartSpec, value: number): number {
  const { min, max } = spec.axis;
  if (spec.scale === 'logarithmic') return (Math.log10(Math.max(value, min)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
  return (value - min) / (max - min);
}

function baseValue(spec: ChartSpec): number {
  return spec.scale === 'logarithmic' ? spec.axis.min : Math.min(Math.max(0, spec.axis.min), spec.axis.max);
}

/**
 * Tick labels to print: every tick while they fit the space between them, else every second, and so
 * on, counting from zero (or the axis's start), so the baseline is always named.
 */
function labelledTicks(spec: ChartSpec, spacing: number): boolean[] {
  const widest = Math.max(...spec.axis.tickLabels.map(textWidth)) + 8;
  const every = Math.max(1, Math.ceil(widest / Math.max(spacing, 1)));
  return spec.axis.ticks.map((_, index) => (index - countFrom(spec)) % every === 0);
}

/** The tick that labelling counts from: zero where the axis has it, else the axis's start. */
function countFrom(spec: ChartSpec): number {
  return Math.max(0, spec.axis.ticks.indexOf(0));
}

export function layoutChart(spec: ChartSpec, variant: Variant): ChartGeometry {
  const width = variants.find((entry) => entry.name === variant)!.width;
  return isHorizontal(spec, variant) ? horizontalLayout(spec, variant, width) : verticalLayout(spec, variant, width);
}

function horizontalLayout(spec: ChartSpec, variant: Variant, width: number): ChartGeometry {
  const texts: ChartText[] = [];
  const lines: ChartLine[] = [];
  const bars: BarMark[] = [];
  const thickness = 18;
  const barGap = 4;
  const referenceStrip = spec.referenceLines.length > 0 ? lineHeight + 6 : 0;
  const available = width - 12;
  // The plot is as wide as it can be while every value label still fits right of its bar.
  let plotWidth = available;
  spec.series.forEach((series) =>
    series.values.forEach((value, index) => {
      if (value === null) return;
      const share = Math.max(axisShare(spec, value), 0.0001);
      const room = available - 6 - textWidth(series.valueLabels[index] ?? '');
      plotWidth = Math.min(plotWidth, room / share);
    }),
  );
  plotWidth = Math.max(plotWidth, available * 0.45);
  // A negative bar's label sits left of its end: shift the plot right until the label fits.
  let shift = 0;
  spec.series.forEach((series) =>
    series.values.forEach((value, index) => {
      if (value === null || value >= 0) return;
      shift = Math.max(shift, textWidth(series.valueLabels[index] ?? '') + 5 - axisShare(spec, value) * plotWidth);
    }),
  );
  plotWidth -= shift;
  const left = 6 + shift;
  const x = (value: number) => left + axisShare(spec, value) * plotWidth;
  const top = 8 + referenceStrip;
  let cursor = top + 4;
  const rows = spec.categories.map((category, categoryIndex) => {
    const start = cursor;
    const labelLines = wrapWords(category, available, 2);
    const present = spec.series.flatMap((series, seriesIndex) => (series.values[categoryIndex] !== null ? [seriesIndex] : []));
    const gapNotes = present.flatMap((seriesIndex) => spec.series[seriesIndex]!.notes[categoryIndex] ?? []);
    const annotation = spec.annotation?.categoryIndex === categoryIndex ? wrapWords(spec.annotation.text, available, 3) : [];
    const notes = [...gapNotes.flatMap((note) => wrapWords(note, available, 2)).map((text) => ({ text, role: 'gap' as const })), ...annotation.map((text) => ({ text, role: 'annotation' as const }))];
    cursor += labelLines.length * lineHeight + 2;
    const barsStart = cursor;
    cursor += Math.max(1, present.length) * (thickness + barGap) - barGap;
    const notesStart = cursor + 4;
    cursor += notes.length * lineHeight + (notes.length ? 6 : 0) + 14;
    return { start, labelLines, present, barsStart, notes, notesStart, end: cursor };
  });
  // A plot at least 220 units tall: short charts spread their rows.
  const minimum = 220;
  const natural = cursor - top;
  const extra = natural < minimum ? (minimum - natural) / rows.length : 0;
  rows.forEach((row, index) => {
    const shift = extra * index + extra / 2;
    row.start += shift;
    row.barsStart += shift;
    row.notesStart += shift;
  });
  const plotHeight = Math.max(natural, minimum);
  const plot = { x: left, y: top, width: plotWidth, height: plotHeight };
  const labelled = labelledTicks(spec, plotWidth / Math.max(1, spec.axis.ticks.length - 1));
  spec.axis.ticks.forEach((tick, index) => {
    const position = x(tick);
    // The zero line runs beside the bars only, so it never strikes through the names above them.
    if (tick === 0 && spec.scale === 'linear') {
      for (const row of rows) lines.push({ x1: position, y1: row.barsStart - 3, x2: position, y2: row.barsStart + Math.max(1, row.present.length) * (thickness + barGap) - barGap + 3, role: 'zero' });
    } else lines.push({ x1: position, y1: top, x2: position, y2: top + plotHeight, role: 'grid' });
    if (!labelled[index]) return;
    const anchor = index === 0 ? 'start' : position + textWidth(spec.axis.tickLabels[index]!) / 2 > width - 2 ? 'end' : 'middle';
    texts.push({ x: position, y: top + plotHeight + 16, text: spec.axis.tickLabels[index]!, anchor, role: 'tick' });
  });
  const base = x(baseValue(spec));
  for (const [categoryIndex, row] of rows.entries()) {
    row.labelLines.forEach((text, line) => texts.push({ x: 6, y: row.start + 12 + line * lineHeight, text, anchor: 'start', role: 'category' }));
    row.present.forEach((seriesIndex, slot) => {
      const series = spec.series[seriesIndex]!;
      const value = series.values[categoryIndex]!;
      const y = row.barsStart + slot * (thickness + barGap);
      const end = value < 0 ? Math.min(x(value), base - minimumBar) : Math.max(x(value), base + minimumBar);
      bars.push({ series: seriesIndex, category: categoryIndex, value, mark: series.marks[categoryIndex]!, kind: series.kind, x: Math.min(base, end), y, width: Math.abs(end - base), height: thickness, center: y + thickness / 2 });
      const label = series.valueLabels[categoryIndex];
      if (label) texts.push({ x: value < 0 ? end - 5 : end + 5, y: y + thickness / 2 + 4.5, text: label, anchor: value < 0 ? 'end' : 'start', role: 'value', kind: series.kind });
    });
    row.notes.forEach((note, line) => texts.push({ x: 6, y: row.notesStart + 12 + line * lineHeight, text: note.text, anchor: 'start', role: note.role }));
  }
  for (const reference of spec.referenceLines) {
    const position = x(reference.value);
    lines.push({ x1: position, y1: top - 4, x2: position, y2: top + plotHeight, role: 'reference' });
    const half = textWidth(reference.label) / 2;
    const anchor = position + half > width - 4 ? 'end' : position - half < 4 ? 'start' : 'middle';
    texts.push({ x: anchor === 'end' ? Math.min(position + 12, width - 4) : position, y: top - 8, text: reference.label, anchor, role: 'reference' });
  }
  const categoryCenters = rows.map((row) => row.barsStart + thickness / 2);
  return { variant, width, height: Math.ceil(top + plotHeight + 26), horizontal: true, plot, thickness, categoryCenters, texts, lines, bars, points: [], paths: [] };
}

function verticalLayout(spec: ChartSpec, variant: Variant, width: number): ChartGeometry {
  const texts: ChartText[] = [];
  const lines: ChartLine[] = [];
  const bars: BarMark[] = [];
  const points: PointMark[] = [];
  const paths: ChartGeometry['paths'] = [];
  const isLine = spec.type === 'line';
  // On a line chart whose target has another line's point above it, a leader from the top would
  // pass through that point: the annotation then sits in the plot, left of its point.
  const annotated = spec.annotation;
  const besidePoint = Boolean(
    isLine && annotated && spec.series.some((series, index) => index !== annotated.seriesIndex && (series.values[annotated.categoryIndex] ?? -Infinity) > (spec.series[annotated.seriesIndex]!.values[annotated.categoryIndex] ?? Infinity)),
  );
  const annotationLines = spec.annotation && !besidePoint ? wrapWords(spec.annotation.text, Math.min(width - 20, 340), 3) : [];
  const top = 10 + (annotationLines.length ? annotationLines.length * lineHeight + 18 : 0) + (isLine ? 0 : lineHeight);
  const left = Math.ceil(Math.max(...spec.axis.tickLabels.map(textWidth)) + 12);
  // Direct labels: each line's name, then its last value; the margin holds those of lines that
  // reach the last category.
  const named = isLine ? directLabels(spec, variant) : [];
  const inMargin = named.filter((label) => !label.inPlot);
  const right = inMargin.length ? Math.ceil(Math.max(...inMargin.flatMap((label) => label.lines.map(textWidth))) + 14) : 10;
  const plotWidth = width - left - right;
  const band = plotWidth / spec.categories.length;
  const categoryLines = spec.categories.map((category) => wrapWords(category, band - 4, 2));
  const plotHeight = 240;
  const plot = { x: left, y: top, width: plotWidth, height: plotHeight };
  const y = (value: number) => top + plotHeight - axisShare(spec, value) * plotHeight;
  const every = Math.ceil((lineHeight + 2) / (plotHeight / Math.max(1, spec.axis.ticks.length - 1)));
  spec.axis.ticks.forEach((tick, index) => {
    lines.push({ x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), role: tick === 0 && spec.scale === 'linear' ? 'zero' : 'grid' });
    if ((index - countFrom(spec)) % every === 0) texts.push({ x: left - 6, y: y(tick) + 4.5, text: spec.axis.tickLabels[index]!, anchor: 'end', role: 'tick' });
  });
  const categoryBottom = top + plotHeight + 8;
  // Where names do not fit their band, every second (third…) is printed, counting back from the last.
  const widestCategory = Math.max(...categoryLines.flatMap((labelLines) => labelLines.map(textWidth)));
  const everyCategory = Math.max(1, Math.ceil((widestCategory + 6) / band));
  categoryLines.forEach((labelLines, index) => {
    if ((spec.categories.length - 1 - index) % everyCategory !== 0) return;
    labelLines.forEach((text, line) => texts.push({ x: left + band * (index + 0.5), y: categoryBottom + 12 + line * lineHeight, text, anchor: 'middle', role: 'category' }));
  });
  const maxPresent = Math.max(1, ...spec.categories.map((_, index) => spec.series.filter((series) => series.values[index] !== null).length));
  const thickness = Math.min((band * 0.7) / maxPresent, 56);
  const base = y(baseValue(spec));
  spec.categories.forEach((_, categoryIndex) => {
    const present = spec.series.flatMap((series, seriesIndex) => (series.values[categoryIndex] !== null ? [seriesIndex] : []));
    present.forEach((seriesIndex, slot) => {
      const series = spec.series[seriesIndex]!;
      const value = series.values[categoryIndex]!;
      const center = isLine ? left + band * (categoryIndex + 0.5) : left + band * (categoryIndex + 0.5) + (slot - (present.length - 1) / 2) * thickness;
      if (isLine) {
        points.push({ series: seriesIndex, category: categoryIndex, value, mark: series.marks[categoryIndex]!, kind: series.kind, x: center, y: y(value) });
        return;
      }
      const end = value < 0 ? Math.max(y(value), base + minimumBar) : Math.min(y(value), base - minimumBar);
      bars.push({ series: seriesIndex, category: categoryIndex, value, mark: series.marks[categoryIndex]!, kind: series.kind, x: center - thickness / 2, y: Math.min(base, end), width: thickness, height: Math.abs(base - end), center });
      const label = series.valueLabels[categoryIndex];
      if (label) texts.push({ x: center, y: value < 0 ? end + 15 : end - 6, text: label, anchor: 'middle', role: 'value', kind: series.kind });
    });
  });
  if (isLine) {
    spec.series.forEach((series, seriesIndex) => {
      const runs: { x: number; y: number }[][] = [];
      let run: { x: number; y: number }[] = [];
      series.values.forEach((value, index) => {
        if (value === null) {
          if (run.length) runs.push(run);
          run = [];
        } else run.push({ x: left + band * (index + 0.5), y: y(value) });
      });
      if (run.length) runs.push(run);
      paths.push({ series: seriesIndex, kind: series.kind, runs });
    });
  }
  for (const reference of spec.referenceLines) {
    lines.push({ x1: left, y1: y(reference.value), x2: left + plotWidth, y2: y(reference.value), role: 'reference' });
    texts.push({ x: left + plotWidth, y: y(reference.value) - 5, text: reference.label, anchor: 'end', role: 'reference' });
  }
  if (spec.annotation) {
    const matches = (mark: { series: number; category: number }) => mark.series === spec.annotation!.seriesIndex && mark.category === spec.annotation!.categoryIndex;
    const bar = bars.find(matches);
    const point = points.find(matches);
    const target = bar ? { x: bar.center, top: bar.value < 0 ? bar.y : bar.y - lineHeight - 2 } : point ? { x: point.x, top: point.y - 8 } : undefined;
    if (target && besidePoint && point) {
      const room = Math.min(200, point.x - plot.x - 14);
      const besideLines = wrapWords(spec.annotation.text, room, 4);
      const first = point.y + 4.5 - ((besideLines.length - 1) * lineHeight) / 2;
      besideLines.forEach((text, line) => texts.push({ x: point.x - 10, y: first + line * lineHeight, text, anchor: 'end', role: 'annotation' }));
    } else if (target) {
      const targetX = target.x;
      const targetTop = target.top;
      // The text starts just left of its leader; where that would run off the right edge it ends just
      // right of the leader instead, so its real (narrower than estimated) width stays beside the line.
      const textWidest = Math.max(...annotationLines.map(textWidth));
      const fitsRight = Math.max(targetX - 12, 4) + textWidest <= width - 4;
      const anchorX = fitsRight ? Math.max(targetX - 12, 4) : Math.min(targetX + 12, width - 4);
      annotationLines.forEach((text, line) => texts.push({ x: anchorX, y: 8 + 12 + line * lineHeight, text, anchor: fitsRight ? 'start' : 'end', role: 'annotation' }));
      const leaderTop = 8 + annotationLines.length * lineHeight + 4;
      if (targetTop - leaderTop > 4) lines.push({ x1: targetX, y1: leaderTop, x2: targetX, y2: targetTop, role: 'leader' });
    }
  }
  if (isLine) texts.push(...placeDirectLabels({ labels: named, plot, values: spec.series, points, paths, taken: texts }));
  const height = Math.ceil(categoryBottom + Math.max(...categoryLines.map((labelLines) => labelLines.length)) * lineHeight + 6);
  const categoryCenters = spec.categories.map((_, index) => left + band * (index + 0.5));
  return { variant, width, height, horizontal: false, plot, thickness, categoryCenters, texts, lines, bars, points, paths };
}
