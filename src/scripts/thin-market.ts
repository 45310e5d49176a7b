/**
 * The thin-market interactive: reruns the call auction as the reader changes buyers, sellers and
 * prices, and redraws the order-book chart from attributes (no inline styles under the CSP).
 */
import { decimalParts, restBoxClass } from '../lib/format';
import { marketFigures, thinMarketView, type BidChart } from '../lib/thin-market';
import { marketDiagramWords } from '../lib/market-diagram';
import { define, fixInputMessage, InteractiveElement } from './interactive-element';

const svgNamespace = 'http://www.w3.org/2000/svg';

class ThinMarket extends InteractiveElement {
  protected render(values: Record<string, number> | null): void {
    this.toggleAttribute('data-stale', values === null);
    if (!values) {
      this.querySelectorAll('[data-comparison]').forEach((cell) => (cell.textContent = '—'));
      return this.showResults(null, fixInputMessage);
    }
    const view = thinMarketView(values, marketFigures(this.content));
    this.showResults(view.results, view.reading);
    view.comparisons.forEach((comparison) => {
      const cell = this.querySelector(`[data-comparison="${comparison.key}"]`);
      if (cell) cell.textContent = comparison.numbersGive;
    });
    const ladder = this.querySelector('table.market-ladder');
    if (ladder) ladder.className = `data-table market-ladder ${restBoxClass(view.ladder.map((row) => decimalParts(row.text).rest))}`;
    this.querySelector('[data-ladder]')?.replaceChildren(
      ...view.ladder.map((row) => {
        const tr = document.createElement('tr');
        if (row.current) tr.className = 'is-current';
        const lots = document.createElement('th');
        lots.scope = 'row';
        lots.className = 'number';
        lots.textContent = row.lots.toLocaleString('en-US') + (row.current ? ' (these inputs)' : '');
        const price = document.createElement('td');
        price.className = 'number';
        const { whole, rest } = decimalParts(row.text);
        const wholePart = document.createElement('span');
        wholePart.className = 'number-whole';
        wholePart.textContent = whole;
        const restPart = document.createElement('span');
        restPart.className = 'number-rest';
        restPart.textContent = rest;
        price.append(wholePart, restPart);
        tr.append(lots, price);
        return tr;
      }),
    );
    this.drawChart(view.chart, view.chartLabel);
    // Only the diagram's words that carry the model's numbers change; its shapes stay as built.
    const words = marketDiagramWords({ primary: values.primary!, price: view.result.price, trades: view.result.trades });
    for (const slot of ['primary', 'price', 'lots'] as const) {
      const node = this.querySelector(`[data-diagram] [data-slot="${slot}"]`);
      if (node) node.textContent = words[slot];
    }
    this.querySelector('[data-diagram] [data-diagram-svg]')?.setAttribute('aria-label', words.label);
  }

  private drawChart(chart: BidChart, label: string): void {
    const bars = this.querySelector('[data-bars]');
    bars?.replaceChildren(
      ...chart.bars.map((bar) => {
        const rect = document.createElementNS(svgNamespace, 'rect');
        for (const key of ['x', 'y', 'width', 'height'] as const) rect.setAttribute(key, String(bar[key]));
        rect.setAttribute('class', bar.filled ? 'bar is-filled' : 'bar');
        return rect;
      }),
    );
    this.querySelector('[data-ticks]')?.replaceChildren(
      ...chart.ticks.map((tick) => {
        const text = document.createElementNS(svgNamespace, 'text');
        text.setAttribute('x', '-10');
        text.setAttribute('y', String(tick.y + 7));
        text.setAttribute('text-anchor', 'end');
        text.setAttribute('class', 'market-tick');
        text.textContent = tick.text;
        return text;
      }),
    );
    for (const line of chart.lines) {
      const node = this.querySelector(`[data-line="${line.kind}"]`);
      node?.setAttribute('y1', String(line.y));
      node?.setAttribute('y2', String(line.y));
    }
    this.querySelector('[data-chart]')?.setAttribute('aria-label', label);
  }
}

define('thin-market', ThinMarket);
