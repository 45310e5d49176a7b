/**
 * Live calculators. Reads the inputs, validates each one, recomputes through the same spec the
 * page was rendered from, and keeps the inputs in the query string so a link restores them.
 */
import { calculators, type CalculatorSpec } from '../lib/calculators';
import { parseNumberInput } from '../lib/input-validation';

class CalculatorForm extends HTMLElement {
  private spec!: CalculatorSpec;

  connectedCallback(): void {
    const spec = calculators[this.dataset.calculator ?? ''];
    if (!spec) return;
    this.spec = spec;
    this.restoreFromUrl();
    this.addEventListener('input', () => this.update(true));
    this.addEventListener('change', () => this.update(true));
    this.querySelector('[data-reset]')?.addEventListener('click', () => this.reset());
    this.querySelector('[data-share]')?.addEventListener('click', (event) => void this.share(event));
    this.update(false);
  }

  private field(key: string): HTMLInputElement | HTMLSelectElement | null {
    return this.querySelector(`[name="${key}"]`);
  }

  private paramName(key: string): string {
    return `${this.spec.name}.${key}`;
  }

  private restoreFromUrl(): void {
    const params = new URLSearchParams(window.location.search);
    for (const input of this.spec.inputs) {
      const value = params.get(this.paramName(input.key));
      const field = this.field(input.key);
      if (value !== null && field) field.value = value;
    }
  }

  private reset(): void {
    for (const input of this.spec.inputs) {
      const field = this.field(input.key);
      if (field) field.value = field.dataset.default ?? '';
    }
    this.update(true);
  }

  private update(writeUrl: boolean): void {
    const values: Record<string, number> = {};
    const choices: Record<string, string> = {};
    let valid = true;
    for (const input of this.spec.inputs) {
      const field = this.field(input.key);
      if (!field) continue;
      if (input.kind === 'choice') {
        choices[input.key] = field.value;
        continue;
      }
      const parsed = parseNumberInput(field.value, input);
      const error = this.querySelector(`#${field.id}-error`);
      field.setAttribute('aria-invalid', String(!parsed.ok));
      if (error) error.textContent = parsed.ok ? '' : parsed.message;
      if (parsed.ok) values[input.key] = parsed.value;
      else valid = false;
    }
    const reading = this.querySelector('[data-reading]');
    const results = this.querySelectorAll<HTMLElement>('[data-result]');
    if (!valid) {
      results.forEach((result) => (result.textContent = '—'));
      this.querySelectorAll<HTMLElement>('[data-comparison]').forEach((cell) => (cell.textContent = '—'));
      if (reading) reading.textContent = 'Fix the highlighted input to see results.';
      return;
    }
    try {
      const output = this.spec.compute(values, choices);
      for (const result of output.results) {
        const cell = this.querySelector(`[data-result="${result.key}"]`);
        if (cell) cell.textContent = result.text;
      }
      this.querySelectorAll<HTMLElement>('[data-comparison]').forEach((cell, index) => {
        cell.textContent = output.comparisons[index]?.numbersGive ?? '—';
      });
      if (reading) reading.textContent = output.reading;
    } catch (error) {
      results.forEach((result) => (result.textContent = '—'));
      if (reading) reading.textContent = `These inputs cannot be computed: ${(error as Error).message}.`;
    }
    if (writeUrl) this.writeUrl();
  }

  private currentUrl(): URL {
    const url = new URL(window.location.href);
    for (const input of this.spec.inputs) {
      const field = this.field(input.key);
      if (field) url.searchParams.set(this.paramName(input.key), field.value.trim());
    }
    url.hash = this.closest('section')?.id ?? '';
    return url;
  }

  private writeUrl(): void {
    history.replaceState(history.state, '', this.currentUrl());
  }

  private async share(event: Event): Promise<void> {
    event.preventDefault();
    const url = this.currentUrl().toString();
    const status = this.querySelector('[data-share-status]');
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = 'Link copied.';
    } catch {
      history.replaceState(history.state, '', url);
      if (status) status.textContent = 'The address bar now holds a link to these inputs.';
    }
  }
}

if (!customElements.get('calculator-form')) customElements.define('calculator-form', CalculatorForm);
