import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ChartSpec } from '../lib/chart-data';
import { formatAxisValue, formatValue } from '../lib/format';

// Only what the site's bar and line charts use, so the chunk stays small.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, LogarithmicScale, Tooltip, Legend);

const palette = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5'];
const markers = ['circle', 'rectRot', 'triangle', 'rect', 'star'] as const;

function cssColour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#666';
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function configFor(spec: ChartSpec): ChartConfiguration {
  const ink = cssColour('--ink');
  const soft = cssColour('--ink-soft');
  const grid = cssColour('--chart-grid');
  const font = { family: getComputedStyle(document.body).getPropertyValue('--font-sans') || 'system-ui', size: 13 };
  return {
    type: spec.type,
    data: {
      labels: spec.categories,
      datasets: spec.series.map((series, index) => {
        const colour = cssColour(palette[index % palette.length]!);
        return {
          label: `${series.label} (${series.kindLabel})`,
          data: series.values,
          backgroundColor: colour,
          borderColor: colour,
          borderWidth: spec.type === 'line' ? 2.5 : 0,
          pointStyle: markers[index % markers.length],
          pointRadius: 5,
          spanGaps: false,
          skipNull: true,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 400 },
      color: ink,
      font,
      plugins: {
        legend: { display: spec.series.length > 1, labels: { color: ink, usePointStyle: true, font } },
        tooltip: {
          callbacks: {
            label: (context) => `${context.dataset.label}: ${formatValue(Number(context.parsed.y), spec.unit)}`,
          },
        },
      },
      scales: {
        x: { ticks: { color: soft, font }, grid: { display: false } },
        y: {
          type: spec.scale,
          beginAtZero: spec.scale === 'linear',
          ticks: { color: soft, font, callback: (value) => formatAxisValue(Number(value), spec.unit) },
          grid: { color: grid },
        },
      },
    },
  };
}

export function renderChart(host: HTMLElement): void {
  const canvas = host.querySelector('canvas');
  const raw = host.dataset.spec;
  if (!canvas || !raw) return;
  const spec = JSON.parse(raw) as ChartSpec;
  let chart = new Chart(canvas, configFor(spec));
  host.dataset.drawn = 'true';
  // Colours come from the theme's custom properties: redraw when the theme changes.
  const redraw = () => {
    chart.destroy();
    chart = new Chart(canvas, configFor(spec));
  };
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
  document.addEventListener('themechange', redraw);
}
