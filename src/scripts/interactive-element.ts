/**
 * What the interactives' custom elements share: read and check the number fields (a message
 * beside each bad one, never NaN in the results), write result texts into [data-result] cells,
 * and reset the fields to the defaults the page was built with.
 */
import { parseInteractiveInput, type CrossFieldProblem, type InteractiveInput, type InteractiveResult } from '../lib/interactives';
import { isChoice, type WidgetContent } from '../lib/widget-content';
import { loadJson } from './widget-data';

export abstract class InteractiveElement extends HTMLElement {
  /** The widget's content file, as the page was built with it (JSON fetched from data-src). */
  protected content!: WidgetContent;
  protected inputs: readonly InteractiveInput[] = [];

  /** Draw the state for valid values, or the "fix the input" state when `values` is null. */
  protected abstract render(values: Record<string, number> | null): void;

  protected crossCheck(_values: Record<string, number>): CrossFieldProblem[] {
    return [];
  }

  async connectedCallback(): Promise<void> {
    if (!this.dataset.src) return;
    this.content = await loadJson<WidgetContent>(this.dataset.src);
    this.inputs = this.content.inputs.flatMap((input) => (isChoice(input) ? [] : [input]));
    this.addEventListener('input', () => this.update());
    this.addEventListener('change', () => this.update());
    this.querySelector('[data-reset]')?.addEventListener('click', () => this.reset());
    this.update();
  }

  protected update(): void {
    this.render(this.readInputs());
  }

  private field(key: string): HTMLInputElement | null {
    return this.querySelector(`input[name="${key}"]`);
  }

  private setError(field: HTMLInputElement, message: string): void {
    field.setAttribute('aria-invalid', String(message !== ''));
    const error = this.querySelector(`#${field.id}-error`);
    if (error) error.textContent = message;
  }

  private readInputs(): Record<string, number> | null {
    const values: Record<string, number> = {};
    let valid = true;
    for (const input of this.inputs) {
      const field = this.field(input.key);
      if (!field) continue;
      const parsed = parseInteractiveInput(field.value, input);
      this.setError(field, parsed.ok ? '' : parsed.message);
      if (parsed.ok) values[input.key] = parsed.value;
      else valid = false;
    }
    if (!valid) return null;
    const problems = this.crossCheck(values);
    for (const problem of problems) {
      const field = this.field(problem.key);
      if (field) this.setError(field, problem.message);
    }
    return problems.length === 0 ? values : null;
  }

  protected reset(): void {
    this.querySelectorAll<HTMLInputElement>('input[data-default]').forEach((field) => {
      if (field.type === 'checkbox') field.checked = field.dataset.default === 'true';
      else field.value = field.dataset.default ?? '';
    });
    this.update();
  }

  /** Result cells and the reading; with no results every cell shows a dash. */
  protected showResults(results: InteractiveResult[] | null, reading: string): void {
    this.querySelectorAll<HTMLElement>('[data-result]').forEach((cell) => {
      cell.textContent = results?.find((result) => result.key === cell.dataset.result)?.text ?? '—';
    });
    const line = this.querySelector('[data-reading]');
    if (line) line.textContent = reading;
  }
}

export const fixInputMessage = 'Fix the highlighted input to see results.';

export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
