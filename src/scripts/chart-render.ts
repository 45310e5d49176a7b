/**
 * chart.js taking over from the build's SVG: the same spec, laid out by the same function for the
 * drawing width the page shows, so bars, points, ticks and labels land where the SVG put them. chart.js
 * draws the marks and gives hover and tap tooltips; one small plugin paints the gridlines and labels
 * from the layout; the keyboard moves point to point and a live region reads each one.
 */
import { BarController, BarElement, Chart, LineController, LineElement, LinearScale, LogarithmicScale, PointElement, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import { haloWidth, layoutChart, minimumBar, type ChartGeometry, type Variant } from '../lib/chart-layout';
import { fontSize } from '../lib/chart-text';
import type { ChartSpec } from '../lib/chart-spec';
import { loadJson } from './widget-data';

// Only what the site's charts use: no category scale, legend or title (the layout draws those).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Tooltip);

type ChartHost = HTMLElement & { chart?: Chart };
interface Target { datasetIndex: number; index: number; text: string }

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#666';
}

/** The drawing the page shows now (a container query picks it), so the canvas matches it. */
function shownVariant(host: HTMLElement): Variant {
  const shown = [...host.querySelectorAll<SVGElement>('svg.chart-svg')].find((svg) => getComputedStyle(svg).display !== 'none');
  return (shown?.dataset.variant as Variant | undefined) ?? 'narrow';
}

function painter(geometry: ChartGeometry, scale: number): Plugin {
  const colours = { grid: token('--chart-grid'), zero: token('--ink-soft'), reference: token('--ink'), leader: token('--ink'), ink: token('--ink'), soft: token('--ink-soft'), paper: token('--paper') };
  const family = getComputedStyle(document.body).getPropertyValue('--font-sans') || 'system-ui, sans-serif';
  return {
    id: 'layout',
    beforeDatasetsDraw(chart) {
      const context = chart.ctx;
      for (const line of geometry.lines) {
        context.save();
        context.strokeStyle = colours[line.role];
        context.lineWidth = line.role === 'grid' ? 1 : 1.5;
        context.setLineDash(line.role === 'reference' ? [5 * scale, 4 * scale] : []);
        context.beginPath();
        context.moveTo(line.x1 * scale, line.y1 * scale);
        context.lineTo(line.x2 * scale, line.y2 * scale);
        context.stroke();
        context.restore();
      }
    },
    afterDatasetsDraw(chart) {
      const context = chart.ctx;
      for (const text of geometry.texts) {
        const bold = text.role === 'annotation' || text.role === 'direct';
        context.save();
        context.font = `${bold ? 'bold ' : ''}${fontSize * scale}px ${family}`;
        context.fillStyle = text.role === 'tick' || text.role === 'category' || text.role === 'gap' ? colours.soft : colours.ink;
        context.textAlign = text.anchor === 'middle' ? 'center' : text.anchor === 'end' ? 'right' : 'left';
        context.textBaseline = 'alphabetic';
        // A paper halo first, as the SVG has (charts.css): lines behind a label break around it.
        context.strokeStyle = colours.paper;
        context.lineWidth = haloWidth * scale;
        context.lineJoin = 'round';
        context.strokeText(text.text, text.x * scale, text.y * scale);
        context.fillText(text.text, text.x * scale, text.y * scale);
        context.restore();
      }
    },
  };
}

function build(host: ChartHost, spec: ChartSpec, canvas: HTMLCanvasElement): { chart: Chart; targets: Target[] } {
  const geometry = layoutChart(spec, shownVariant(host));
  const scale = host.clientWidth / geometry.width;
  const { plot, horizontal } = geometry;
  const kind = (name: string) => token(`--kind-${name}`);
  const targets: Target[] = [];
  const datasets = spec.series.map((series, seriesIndex) => {
    const colour = kind(series.kind);
    if (spec.type === 'line') {
      geometry.points.filter((point) => point.series === seriesIndex).forEach((point) => targets.push({ datasetIndex: seriesIndex, index: point.category, text: series.descriptions[point.category] ?? '' }));
      return {
        type: 'line' as const,
        label: series.label,
        data: series.values.map((value, index) => ({ x: geometry.categoryCenters[index]!, y: value })),
        borderColor: colour,
        backgroundColor: series.marks.map((mark) => (mark === 'hollow' ? token('--paper') : colour)),
        borderWidth: 2.5 * scale,
        pointRadius: 4.5 * scale,
        pointBorderWidth: 2 * scale,
        pointHoverRadius: 6 * scale,
        spanGaps: false,
      };
    }
    const bars = geometry.bars.filter((bar) => bar.series === seriesIndex);
    bars.forEach((bar, index) => targets.push({ datasetIndex: seriesIndex, index, text: series.descriptions[bar.category] ?? '' }));
    return {
      type: 'bar' as const,
      label: series.label,
      data: bars.map((bar) => (horizontal ? { x: bar.value, y: bar.center } : { x: bar.center, y: bar.value })),
      backgroundColor: bars.map((bar) => (bar.mark === 'hollow' ? 'transparent' : colour)),
      borderColor: colour,
      borderWidth: bars.map((bar) => (bar.mark === 'hollow' ? 2 * scale : 0)),
      barThickness: geometry.thickness * scale,
      // Each bar sits at its own place on the index axis; chart.js must not shift it into a group.
      grouped: false,
      minBarLength: minimumBar * scale,
    };
  });
  // Keyboard order: category by category, as a reader scans the chart.
  targets.sort((a, b) => {
    const category = (target: Target) => (spec.type === 'line' ? target.index : geometry.bars.filter((bar) => bar.series === target.datasetIndex)[target.index]!.category);
    return category(a) - category(b) || a.datasetIndex - b.datasetIndex;
  });
  const valueAxis = {
    type: spec.scale,
    min: spec.axis.min,
    max: spec.axis.max,
    display: false,
    ticks: { autoSkip: false },
    // The spec's ticks, not chart.js's own: gridlines every power of ten on a log axis.
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
      axis.ticks = spec.axis.ticks.map((value) => ({ value }));
    },
  };
  // offset: false, or chart.js pads a bar chart's index axis by half a band at each end.
  const indexAxis = horizontal
    ? { type: 'linear' as const, min: plot.y, max: plot.y + plot.height, reverse: true, offset: false, display: false }
    : { type: 'linear' as const, min: plot.x, max: plot.x + plot.width, offset: false, display: false };
  const descriptions = new Map(targets.map((target) => [`${target.datasetIndex}:${target.index}`, target.text]));
  const config = {
    type: spec.type,
    data: { datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: {
        padding: { left: plot.x * scale, top: plot.y * scale, right: (geometry.width - plot.x - plot.width) * scale, bottom: (geometry.height - plot.y - plot.height) * scale },
      },
      interaction: { mode: 'nearest', intersect: spec.type === 'bar' },
      scales: horizontal ? { x: valueAxis, y: indexAxis } : { x: indexAxis, y: valueAxis },
      plugins: {
        tooltip: {
          bodyFont: { size: 13 },
          callbacks: {
            title: () => '',
            // The same words the live region reads for the point.
            label: (context: { datasetIndex: number; dataIndex: number }) => descriptions.get(`${context.datasetIndex}:${context.dataIndex}`) ?? '',
          },
        },
      },
    },
    plugins: [painter(geometry, scale)],
  } as unknown as ChartConfiguration;
  return { chart: new Chart(canvas, config), targets };
}

/** Draws the chart from its spec (fetched from data-src: the JSON the build laid the SVG out from). */
export async function renderChart(host: ChartHost): Promise<void> {
  const canvas = host.querySelector('canvas');
  if (!canvas || !host.dataset.src) return;
  const spec = await loadJson<ChartSpec>(host.dataset.src);
  const readout = host.parentElement?.querySelector<HTMLElement>('[data-chart-readout]');
  host.dataset.drawn = 'true';
  let current = build(host, spec, canvas);
  let active = -1;
  host.chart = current.chart;
  let width = host.clientWidth;
  const redraw = () => {
    current.chart.destroy();
    current = build(host, spec, canvas);
    host.chart = current.chart;
    active = -1;
  };
  // The layout's scale follows the width: a new width is a new drawing.
  new ResizeObserver(() => {
    if (host.clientWidth === width) return;
    width = host.clientWidth;
    redraw();
  }).observe(host);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
  document.addEventListener('themechange', redraw);

  const show = (next: number) => {
    const { chart, targets } = current;
    if (targets.length === 0) return;
    active = (next + targets.length) % targets.length;
    const target = targets[active]!;
    const element = chart.getDatasetMeta(target.datasetIndex).data[target.index];
    chart.setActiveElements([{ datasetIndex: target.datasetIndex, index: target.index }]);
    chart.tooltip?.setActiveElements([{ datasetIndex: target.datasetIndex, index: target.index }], { x: element?.x ?? 0, y: element?.y ?? 0 });
    chart.update();
    if (readout) readout.textContent = target.text;
  };
  host.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) show(active < 0 ? (moves[event.key]! > 0 ? 0 : -1) : active + moves[event.key]!);
    else if (event.key === 'Home') show(0);
    else if (event.key === 'End') show(-1);
    else if (event.key === 'Escape') {
      current.chart.setActiveElements([]);
      current.chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      current.chart.update();
      active = -1;
      if (readout) readout.textContent = '';
      host.blur();
    } else return;
    event.preventDefault();
  });
}
