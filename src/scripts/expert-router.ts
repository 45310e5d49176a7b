/**
 * The expert-router interactive: recomputes parameters and the pseudo-routing of the sample
 * sentence as the reader changes the model, through the same functions that drew the page.
 */
import { expertRouterProblems, expertRouterView, type TokenRoute } from '../lib/mixture-of-experts';
import { moeDiagram } from '../lib/moe-diagram';
import { define, fixInputMessage, InteractiveElement } from './interactive-element';
import { drawDiagram } from './svg-diagram';

class ExpertRouter extends InteractiveElement {
  private token = 0;
  private values: Record<string, number> | null = null;

  async connectedCallback(): Promise<void> {
    this.querySelectorAll<HTMLButtonElement>('[data-token]').forEach((button) => {
      button.disabled = false;
      button.addEventListener('click', () => {
        this.token = Number(button.dataset.token);
        this.querySelectorAll('[data-token]').forEach((other) => other.setAttribute('aria-pressed', String(other === button)));
        this.redrawDiagram();
      });
    });
    await super.connectedCallback();
  }

  private redrawDiagram(): void {
    if (!this.values) return;
    const { experts, topK, expertParams, sharedParams } = this.values as { experts: number; topK: number; expertParams: number; sharedParams: number };
    drawDiagram(this.querySelector('[data-diagram-svg]'), moeDiagram({ experts, topK, expertParams, sharedParams }, this.token));
  }
  protected crossCheck(values: Record<string, number>) {
    return expertRouterProblems(values);
  }

  protected render(values: Record<string, number> | null): void {
    this.toggleAttribute('data-stale', values === null);
    this.values = values;
    if (!values) return this.showResults(null, fixInputMessage);
    this.redrawDiagram();
    const view = expertRouterView(values);
    this.showResults(view.results, view.reading);
    this.drawRoutes(view.routes);
    this.drawLoads(view.loads);
    const note = this.querySelector('[data-load-note]');
    if (note) note.textContent = view.loadNote;
  }

  private drawRoutes(routes: TokenRoute[]): void {
    this.querySelectorAll<HTMLElement>('[data-route]').forEach((cell, index) => {
      const experts = routes[index]?.experts ?? [];
      cell.textContent = experts.map((expert) => `E${expert}`).join(', ');
    });
  }

  /** One cell per expert; the list is rebuilt because the number of experts changes. */
  private drawLoads(loads: number[]): void {
    const grid = this.querySelector('[data-loads]');
    if (!grid) return;
    grid.replaceChildren(
      ...loads.map((load, index) => {
        const item = document.createElement('li');
        item.className = load === 0 ? 'moe-expert is-idle' : 'moe-expert';
        const name = document.createElement('span');
        name.textContent = `E${index + 1}`;
        const count = document.createElement('strong');
        count.textContent = String(load);
        item.append(name, count);
        return item;
      }),
    );
  }
}

define('expert-router', ExpertRouter);
