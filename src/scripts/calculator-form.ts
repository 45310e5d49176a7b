/**
 * Live calculators. Reads the inputs, validates each one, recomputes through the same spec and
 * content the page was rendered from (fetched as JSON from data-src when the widget wakes), and keeps
 * the inputs in the query string so a link restores them.
 */
import { calculators, type CalculatorSpec } from '../lib/calculators';
import { parseInteractiveInput } from '../lib/interactives';
import { isChoice, type WidgetContent } from '../lib/widget-content';
import { loadJson } from './widget-data';

const fixInput = 'Fix the highlighted input to see the answer.';

class CalculatorForm extends HTMLElement {
  private spec!: CalculatorSpec;
  private content!: WidgetContent;

  async connectedCallback(): Promise<void> {
    const spec = calculators[this.dataset.calculator ?? ''];
    if (!spec || !this.dataset.src) return;
    this.spec = spec;
    this.content = await loadJson<WidgetContent>(this.dataset.src);
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
    for (const input of this.content.inputs) {
      const value = params.get(this.paramName(input.key));
      const field = this.field(input.key);
      // A field the reader changed before the calculator woke keeps what they typed.
      if (value !== null && field && field.value === (field.dataset.default ?? '')) field.value = value;
    }
  }

  private reset(): void {
    for (const input of this.content.inputs) {
      const field = this.field(input.key);
      if (field) field.value = field.dataset.default ?? '';
    }
    this.update(true);
  }

  private text(selector: string, text: string): void {
    this.querySelectorAll<HTMLElement>(selector).forEach((node) => (node.textContent = text));
  }

  private update(writeUrl: boolean): void {
    const values: Record<string, number> = {};
    const choices: Record<string, string> = {};
    let valid = true;
    for (const input of this.content.inputs) {
      const field = this.field(input.key);
      if (!field) continue;
      if (isChoice(input)) {
        choices[input.key] = field.value;
        continue;
      }
      const parsed = parseInteractiveInput(field.value, input);
      field.setAttribute('aria-invalid', String(!parsed.ok));
      const error = this.querySelector(`#${field.id}-error`);
      if (error) error.textContent = parsed.ok ? '' : parsed.message;
      if (parsed.ok) values[input.key] = parsed.value;
      else valid = false;
    }
    this.toggleAttribute('data-stale', !valid);
    if (valid) {
      try {
        const output = this.spec.compute(this.content, values, choices);
        this.text('[data-headline]', output.headline);
        this.text('[data-reading]', output.reading);
        for (const result of output.results) {
          this.text(`[data-result="${result.key}"]`, result.text);
          // Some labels name an input ("2030 multiple a $1 trillion price in 2026 implies").
          this.text(`[data-result-label="${result.key}"]`, result.label);
        }
        for (const comparison of output.comparisons) {
          this.text(`[data-comparison="${comparison.key}"]`, comparison.numbersGive);
          this.text(`[data-verdict="${comparison.key}"]`, comparison.agrees === null ? '' : comparison.agrees ? 'Matches' : 'Does not match');
          this.querySelector(`[data-verdict="${comparison.key}"]`)?.setAttribute('class', `versus-verdict is-${comparison.agrees === null ? 'open' : comparison.agrees ? 'good' : 'bad'}`);
        }
      } catch (error) {
        valid = false;
        this.text('[data-reading]', `These inputs cannot be computed: ${(error as Error).message}.`);
      }
    } else {
      this.text('[data-reading]', fixInput);
    }
    if (!valid) this.text('[data-headline], [data-result], [data-comparison]', '—');
    if (writeUrl) this.writeUrl();
  }

  private currentUrl(): URL {
    const url = new URL(window.location.href);
    for (const input of this.content.inputs) {
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
