/**
 * The only chart code every chart page loads. chart.js and the drawing code arrive in a separate
 * chunk, fetched when a chart is about to scroll into view, so a reader who never reaches a chart
 * never downloads it. The build's SVG already shows the chart exactly as the canvas will; chart.js
 * adds hover, tap and keyboard reading. So it also waits for the reader's first scroll, pointer
 * movement, touch or key press: a phone opening the page spends its first seconds on the text, not
 * on compiling chart code for a chart that already shows.
 */
const interactions = ['scroll', 'wheel', 'pointermove', 'pointerdown', 'touchstart', 'keydown'] as const;
const firstInteraction = new Promise<void>((resolve) => {
  const heard = () => {
    for (const name of interactions) removeEventListener(name, heard, true);
    resolve();
  };
  for (const name of interactions) addEventListener(name, heard, { capture: true, passive: true });
});

class ChartCanvas extends HTMLElement {
  private drawing?: Promise<void>;

  connectedCallback(): void {
    // A keyboard reader may reach the chart before it scrolls near: draw on focus too. (Print
    // shows the build's SVG, so nothing needs drawing before printing.)
    this.addEventListener('focus', () => void this.draw());
    if (!('IntersectionObserver' in window)) {
      void this.draw();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          void firstInteraction.then(() => this.draw());
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
