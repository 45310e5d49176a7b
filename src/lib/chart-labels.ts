/**
 * Direct labels for line charts: each line's name and last value printed beside the line, as OWID
 * grapher and the FT label their lines, so no reader has to match colours against a legend. A line
 * that runs to the last category is named in the right margin, in a column nudged apart so no two
 * names touch and kept within the plot's height. A line that stops earlier is named beside its own
 * last point, inside the plot, at the first of several positions that crosses no line, point or
 * other label: put in the margin, its name would sit level with another line's end and read as
 * that line's.
 */
import type { ChartSpec } from './chart-spec';
import type { ChartText, PointMark, Variant } from './chart-layout';
import { fontSize, lineHeight, textWidth, wrapWords } from './chart-text';

export interface Box { left: number; right: number; top: number; bottom: number }
type Plot = { x: number; y: number; width: number; height: number };
type Runs = { series: number; runs: { x: number; y: number }[][] }[];

/** How wide a line's name may run before it wraps, in design units: two short lines on a phone. */
const nameWidths: Record<Variant, number> = { narrow: 80, medium: 110, wide: 110 };
const maxNameLines = 2;
/** A name this close to one of its own line's points reads as that line's, whatever else is near. */
export const besideDistance = 12;

/** The box a label's glyphs cover, from its baseline: cap height above, descenders below. */
export function textBox(text: Pick<ChartText, 'x' | 'y' | 'text' | 'anchor'>): Box {
  const width = textWidth(text.text);
  const left = text.anchor === 'start' ? text.x : text.anchor === 'middle' ? text.x - width / 2 : text.x - width;
  return { left, right: left + width, top: text.y - fontSize * 0.8, bottom: text.y + fontSize * 0.25 };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the segment from a to b passes through the box (sampled finely enough for 13-unit text). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
  for (let step = 0; step <= steps; step++) {
    const x = a.x + ((b.x - a.x) * step) / steps;
    const y = a.y + ((b.y - a.y) * step) / steps;
    if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
  }
  return false;
}

export interface DirectLabel { series: number; last: number; lines: string[]; inPlot: boolean }

/** Each line's label: its name wrapped to the variant's width, then its last value. */
export function directLabels(spec: ChartSpec, variant: Variant): DirectLabel[] {
  return spec.series.map((series, index) => {
    const last = series.values.reduce<number>((found, value, position) => (value !== null ? position : found), -1);
    return { series: index, last, lines: [...wrapWords(series.shortLabel, nameWidths[variant], maxNameLines), series.valueLabels[last] ?? ''], inPlot: last < spec.categories.length - 1 };
  });
}

/**
 * Why a line's name cannot be printed whole at its end on a phone, or undefined if it can. The
 * build asks this of every line chart's series, so a name is never cut to "Price that…".
 */
export function directLabelProblem(name: string): string | undefined {
  const lines = wrapWords(name, nameWidths.narrow, maxNameLines);
  if (!lines.some((line) => line.endsWith('…'))) return undefined;
  const characters = Math.floor(nameWidths.narrow / textWidth('x'));
  return `"${name}" is too long to print at the end of its line on a phone (${maxNameLines} lines of at most ${characters} characters); give the series a shorter directLabel.`;
}

interface Placement {
  labels: DirectLabel[];
  plot: Plot;
  values: ChartSpec['series'];
  points: PointMark[];
  paths: Runs;
  /** Labels already on the chart (ticks, annotation, reference lines), which a name must not cover. */
  taken: ChartText[];
}

export function placeDirectLabels({ labels, plot, values, points, paths, taken }: Placement): ChartText[] {
  const texts: ChartText[] = [];
  const blockHeight = (lines: number) => (lines - 1) * lineHeight + fontSize * 1.05;
  const kindOf = (series: number) => values[series]!.kind;
  const lastPoint = (label: DirectLabel) => points.find((mark) => mark.series === label.series && mark.category === label.last)!;

  // The margin column: sorted by where each line ends, pushed down to clear the name above, then
  // pulled back up from the plot's bottom so the lowest name never drops under the axis.
  const margin = labels
    .filter((label) => !label.inPlot)
    .map((label) => ({ ...label, top: lastPoint(label).y - blockHeight(label.lines.length) / 2 }))
    .sort((a, b) => a.top - b.top);
  margin.forEach((label, index) => {
    const previous = margin[index - 1];
    if (previous) label.top = Math.max(label.top, previous.top + blockHeight(previous.lines.length) + 4);
  });
  const floor = plot.y + plot.height + 4;
  for (let index = margin.length - 1; index >= 0; index--) {
    const label = margin[index]!;
    const limit = index === margin.length - 1 ? floor : margin[index + 1]!.top - 4;
    label.top = Math.max(plot.y - lineHeight, Math.min(label.top, limit - blockHeight(label.lines.length)));
  }
  for (const label of margin) {
    label.lines.forEach((text, line) => texts.push({ x: plot.x + plot.width + 10, y: label.top + fontSize * 0.8 + line * lineHeight, text, anchor: 'start', role: 'direct', kind: kindOf(label.series) }));
  }

  // Names inside the plot: the first position round the line's last point that is clear.
  const occupied = () => [...taken, ...texts].map((text) => textBox(text));
  for (const label of labels.filter((entry) => entry.inPlot)) {
    const point = lastPoint(label);
    const width = Math.max(...label.lines.map(textWidth));
    const height = blockHeight(label.lines.length);
    const centredLeft = Math.min(Math.max(point.x - width / 2, plot.x + 2), plot.x + plot.width - width - 2);
    const candidates = [
      { left: point.x + 8, top: point.y - height / 2 },
      { left: point.x + 6, top: point.y + 6 },
      { left: point.x + 6, top: point.y - 6 - height },
      { left: centredLeft, top: point.y + 10 },
      { left: centredLeft, top: point.y - 10 - height },
      { left: point.x - 8 - width, top: point.y - height / 2 },
      { left: point.x - 6 - width, top: point.y + 6 },
      { left: point.x - 6 - width, top: point.y - 6 - height },
    ].map((corner) => ({ left: corner.left, right: corner.left + width, top: corner.top, bottom: corner.top + height }));
    const boxes = occupied();
    const cost = (box: Box) => {
      if (box.left < plot.x || box.right > plot.x + plot.width || box.top < plot.y - 4 || box.bottom > plot.y + plot.height + 2) return Infinity;
      const padded = { left: box.left - 2, right: box.right + 2, top: box.top - 2, bottom: box.bottom + 2 };
      let hits = boxes.filter((other) => overlaps(padded, other)).length;
      hits += points.filter((mark) => overlaps(padded, { left: mark.x - 5, right: mark.x + 5, top: mark.y - 5, bottom: mark.y + 5 })).length;
      for (const path of paths) for (const run of path.runs) for (let index = 1; index < run.length; index++) if (crosses(run[index - 1]!, run[index]!, padded)) hits++;
      // A name that is not right beside its own line, and nearer another line's point, reads as that line's.
      const distance = (mark: { x: number; y: number }) => Math.hypot(Math.max(box.left - mark.x, 0, mark.x - box.right), Math.max(box.top - mark.y, 0, mark.y - box.bottom));
      const own = Math.min(...points.filter((mark) => mark.series === label.series).map(distance));
      if (own > besideDistance && points.some((mark) => mark.series !== label.series && distance(mark) < own)) hits++;
      return hits;
    };
    // The first of the clearest positions; where none fits the plot, the first, right of the point.
    const best = candidates.map((box) => ({ box, cost: cost(box) })).reduce((chosen, next) => (next.cost < chosen.cost ? next : chosen));
    const box = Number.isFinite(best.cost) ? best.box : candidates[0]!;
    label.lines.forEach((text, line) => texts.push({ x: box.left, y: box.top + fontSize * 0.8 + line * lineHeight, text, anchor: 'start', role: 'direct', kind: kindOf(label.series) }));
  }
  return texts;
}
