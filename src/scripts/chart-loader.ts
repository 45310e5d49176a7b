/**
 * The only chart code every chart page loads. chart.js and the drawing code arrive in a separate
 * chunk, fetched when a chart is about to scroll into view, so a reader who never reaches a chart
 * never downloads it.
 */
class ChartCanvas extends HTMLElement {
  private drawing?: Promise<void>;

  connectedCallback(): void {
    // Paper has no viewport to scroll into: draw every chart before printing.
    window.addEventListener('beforeprint', () => void this.draw());
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

  private draw(): Promise<void> {
    this.drawing ??= import('./chart-render').then(({ renderChart }) => renderChart(this));
    return this.drawing;
  }
}

if (!customElements.get('chart-canvas')) customElements.define('chart-canvas', ChartCanvas);
