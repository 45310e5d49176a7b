/**
 * The chart as SVG, written straight from its layout (src/lib/chart-layout.ts): inline in the page
 * it is the first paint, the no-JavaScript and the print form; standalone it is the downloadable
 * image and, inside a share card, the figure's share image. A standalone file carries its colours
 * as attributes (the light theme); in the page, classes alone colour it (src/styles/charts.css, per
 * theme).
 */
import { haloWidth, layoutChart, type ChartGeometry, type Variant } from './chart-layout';
import type { ChartSpec } from './chart-spec';
import { kindColours } from './kinds';
import { wrapText } from './share-card';
import { escapeXml } from './xml';

const ink = { text: '#1f1d1a', soft: '#57524a', grid: '#e3dfd3', paper: '#fdfcf8' };
const fontFamily = 'DejaVu Sans, Arial, sans-serif';
const number = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The body of a drawing (no <svg> wrapper), in the geometry's design units. `painted`: colours as
 * attributes, for a standalone file; in the page, charts.css colours every mark by its classes (and
 * per theme), so the attributes would only be bytes in the long-reads' HTML.
 */
function drawing(geometry: ChartGeometry, painted = true): string {
  const parts: string[] = [];
  const paint = (name: 'fill' | 'stroke', colour: string) => (painted ? ` ${name}="${colour}"` : '');
  const { plot } = geometry;
  parts.push(`<rect class="chart-plot" data-plot="" x="${number(plot.x)}" y="${number(plot.y)}" width="${number(plot.width)}" height="${number(plot.height)}" fill="none"/>`);
  for (const line of geometry.lines) {
    const stroke = line.role === 'grid' ? ink.grid : line.role === 'zero' ? ink.soft : ink.text;
    const dash = line.role === 'reference' ? ' stroke-dasharray="5 4"' : '';
    parts.push(`<line class="l-${line.role}" x1="${number(line.x1)}" y1="${number(line.y1)}" x2="${number(line.x2)}" y2="${number(line.y2)}"${paint('stroke', stroke)} stroke-width="${line.role === 'grid' ? 1 : 1.5}"${dash}/>`);
  }
  for (const path of geometry.paths) {
    const colour = kindColours[path.kind].light;
    for (const run of path.runs) {
      if (run.length < 2) continue;
      parts.push(`<polyline class="kind-${path.kind} series-line" points="${run.map((point) => `${number(point.x)},${number(point.y)}`).join(' ')}"${paint('fill', 'none')}${paint('stroke', colour)} stroke-width="2.5"/>`);
    }
  }
  for (const bar of geometry.bars) {
    const colour = kindColours[bar.kind].light;
    const hollow = bar.mark === 'hollow';
    // A hollow bar is drawn inside its outline, so its extent is exactly the value's.
    const inset = hollow ? 1 : 0;
    parts.push(
      `<rect class="kind-${bar.kind} mark-${bar.mark}" data-series="${bar.series}" data-category="${bar.category}" data-value="${bar.value}" x="${number(bar.x + inset)}" y="${number(bar.y + inset)}" width="${number(Math.max(bar.width - 2 * inset, 0.5))}" height="${number(Math.max(bar.height - 2 * inset, 0.5))}"${paint('fill', hollow ? 'none' : colour)}${hollow ? `${paint('stroke', colour)} stroke-width="2"` : ''}/>`,
    );
  }
  for (const point of geometry.points) {
    const colour = kindColours[point.kind].light;
    const hollow = point.mark === 'hollow';
    parts.push(`<circle class="kind-${point.kind} mark-${point.mark}" data-series="${point.series}" data-category="${point.category}" data-value="${point.value}" cx="${number(point.x)}" cy="${number(point.y)}" r="4.5"${paint('fill', hollow ? ink.paper : colour)}${paint('stroke', colour)} stroke-width="2"/>`);
  }
  for (const text of geometry.texts) {
    const colour = text.role === 'tick' || text.role === 'category' ? ink.soft : ink.text;
    const weight = text.role === 'annotation' || text.role === 'direct' ? ' font-weight="bold"' : '';
    parts.push(`<text class="t-${text.role}" x="${number(text.x)}" y="${number(text.y)}" text-anchor="${text.anchor}" font-size="13"${weight}${paint('fill', colour)}>${escapeXml(text.text)}</text>`);
  }
  return painted ? `<g font-family="${fontFamily}">${parts.join('')}</g>` : `<g>${parts.join('')}</g>`;
}

function attributes(spec: ChartSpec, geometry: ChartGeometry): string {
  return `data-variant="${geometry.variant}" data-scale="${spec.scale}" data-horizontal="${geometry.horizontal}" data-ticks="${spec.axis.ticks.join(' ')}"`;
}

/** An inline drawing for the page, sized by its container (width 100%, height from the viewBox). */
export function inlineSvg(spec: ChartSpec, variant: Variant): string {
  const geometry = layoutChart(spec, variant);
  return `<svg class="chart-svg chart-svg-${variant}" ${attributes(spec, geometry)} viewBox="0 0 ${geometry.width} ${geometry.height}" aria-hidden="true" focusable="false">${drawing(geometry, false)}</svg>`;
}

export interface SvgChartOptions {
  width?: number;
  height?: number;
  title?: string;
  variant?: Variant;
}

/** A standalone SVG file: the wide drawing, on paper, optionally under a title (the share card). */
export function svgChart(spec: ChartSpec, options: SvgChartOptions = {}): string {
  const geometry = layoutChart(spec, options.variant ?? 'wide');
  const width = options.width ?? geometry.width + 24;
  const titleLines = options.title ? wrapText(options.title, Math.floor(width / 17), 2) : [];
  const titleHeight = titleLines.length ? 24 + titleLines.length * 38 : 12;
  const height = options.height ?? geometry.height + titleHeight + 12;
  const title = titleLines
    .map((line, index) => `<text x="24" y="${52 + index * 38}" font-family="${fontFamily}" font-size="30" font-weight="bold" fill="${ink.text}">${escapeXml(line)}</text>`)
    .join('');
  const inner = `<svg x="12" y="${titleHeight}" width="${width - 24}" height="${height - titleHeight - 12}" viewBox="0 0 ${geometry.width} ${geometry.height}" preserveAspectRatio="xMidYMid meet">${drawing(geometry)}</svg>`;
  // The page's labels have a paper halo (charts.css); a standalone file carries the same rule once.
  const halo = `<style>text{paint-order:stroke;stroke:${ink.paper};stroke-width:${haloWidth}px;stroke-linejoin:round}</style>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" ${attributes(spec, geometry)} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">${halo}<rect width="${width}" height="${height}" fill="${ink.paper}"/>${title}${inner}</svg>`;
}
