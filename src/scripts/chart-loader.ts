/**
 * The only chart code every chart page loads. chart.js and the drawing code arrive in a separate
 * chunk, fetched when a chart is about to scroll into view, so a reader who never reaches a chart
 * never downloads it.
 */
class ChartCanvas extends HTMLElement {
  connectedCallback(): void {
    if (!('IntersectionObserver' in window)) {
      void this.draw();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          void this.draw();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(this);
  }

  private async draw(): Promise<void> {
    const { renderChart } = await import('./chart-render');
    renderChart(this);
  }
}

if (!customElements.get('chart-canvas')) customElements.define('chart-canvas', ChartCanvas);
