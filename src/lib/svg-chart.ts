/**
 * A static SVG drawing of a chart, from the same spec the browser draws with chart.js. It serves
 * readers without JavaScript (inside <noscript>), print, and the share images of figures.
 */
import type { ChartSpec } from './chart-data';
import { formatAxisValue } from './format';
import { wrapText } from './share-card';
import { escapeXml } from './xml';

const palette = ['#8a3b12', '#1d4f91', '#2f7d5b', '#7b4fa0', '#9b6a00'];

export interface SvgChartOptions {
  width?: number;
  height?: number;
  title?: string;
}

/** Tick values for an axis from 0 (or the log floor) to a round number above the maximum. */
export function niceTicks(maximum: number, scale: 'linear' | 'logarithmic', minimum = 0): number[] {
  if (scale === 'logarithmic') {
    const low = Math.floor(Math.log10(Math.max(minimum, Number.MIN_VALUE)));
    const high = Math.ceil(Math.log10(maximum));
    return Array.from({ length: high - low + 1 }, (_, index) => Math.pow(10, low + index));
  }
  if (maximum <= 0) return [0, 1];
  const roughStep = maximum / 5;
  const magnitude = Math.pow(10, Math.floor(Math.log10(roughStep)));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= roughStep)!;
  const ticks: number[] = [];
  for (let value = 0; value <= maximum + step * 0.999; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

export function svgChart(spec: ChartSpec, options: SvgChartOptions = {}): string {
  const width = options.width ?? 720;
  const height = options.height ?? 360;
  const titleLines = options.title ? wrapText(options.title, Math.floor(width / 12.5), 2) : [];
  const top = 20 + titleLines.length * 28;
  const left = 70;
  const right = 20;
  const bottom = 60;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const values = spec.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const negatives = values.some((value) => value < 0);
  const positive = values.filter((value) => value > 0);
  const ticks = spec.scale === 'logarithmic' ? niceTicks(Math.max(...positive), 'logarithmic', Math.min(...positive)) : niceTicks(Math.max(...values.map(Math.abs), 0), 'linear');
  const low = spec.scale === 'logarithmic' ? ticks[0]! : negatives ? -ticks.at(-1)! : 0;
  const high = ticks.at(-1)!;
  const y = (value: number) => {
    const share = spec.scale === 'logarithmic' ? (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)) : (value - low) / (high - low);
    return top + plotHeight - share * plotHeight;
  };
  const band = plotWidth / spec.categories.length;
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#fdfcf8"/>`);
  titleLines.forEach((line, index) => parts.push(`<text x="20" y="${32 + index * 28}" font-family="DejaVu Sans, Arial, sans-serif" font-size="20" font-weight="bold" fill="#1f1d1a">${escapeXml(line)}</text>`));
  const allTicks = negatives && spec.scale === 'linear' ? [...ticks.slice(1).map((tick) => -tick).reverse(), ...ticks] : ticks;
  for (const tick of allTicks) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#e3dfd3"/>`);
    parts.push(`<text x="${left - 8}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end" font-family="DejaVu Sans, Arial, sans-serif" font-size="12" fill="#57524a">${escapeXml(formatAxisValue(tick, spec.unit))}</text>`);
  }
  spec.categories.forEach((category, index) => {
    parts.push(`<text x="${(left + band * (index + 0.5)).toFixed(1)}" y="${height - bottom + 20}" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="12" fill="#57524a">${escapeXml(category.length > 22 ? `${category.slice(0, 21)}…` : category)}</text>`);
  });
  const baseline = y(spec.scale === 'logarithmic' ? low : 0);
  spec.series.forEach((series, seriesIndex) => {
    const colour = palette[seriesIndex % palette.length]!;
    if (spec.type === 'bar') {
      const barWidth = (band * 0.7) / spec.series.length;
      series.values.forEach((value, index) => {
        if (value === null) return;
        const x = left + band * index + band * 0.15 + barWidth * seriesIndex;
        const top = Math.min(y(value), baseline);
        parts.push(`<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.abs(baseline - y(value)).toFixed(1)}" fill="${colour}"/>`);
      });
    } else {
      // Gaps stay gaps: a line is drawn only between neighbouring categories that both have values.
      series.values.forEach((value, index) => {
        if (value === null) return;
        const x = left + band * (index + 0.5);
        const next = series.values[index + 1];
        if (next !== null && next !== undefined) parts.push(`<line x1="${x.toFixed(1)}" y1="${y(value).toFixed(1)}" x2="${(x + band).toFixed(1)}" y2="${y(next).toFixed(1)}" stroke="${colour}" stroke-width="2.5"/>`);
        parts.push(`<circle cx="${x.toFixed(1)}" cy="${y(value).toFixed(1)}" r="4.5" fill="${colour}"/>`);
      });
    }
    parts.push(`<rect x="${left + seriesIndex * 190}" y="${height - 22}" width="10" height="10" fill="${colour}"/>`);
    parts.push(`<text x="${left + seriesIndex * 190 + 14}" y="${height - 13}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11" fill="#1f1d1a">${escapeXml(series.kindLabel)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">${parts.join('')}</svg>`;
}
