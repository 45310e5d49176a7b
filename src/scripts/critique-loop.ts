/**
 * The critique-loop interactive: tick principles, then step through critique and revision one
 * step at a time. The page is built showing every step of the default run, and the element opens
 * in that same state (no jump); the controls walk back to the draft and forward again.
 */
import { answerAfter, critiqueLoopView, isRevised, stepLabel, type CritiqueLoop, type LoopStep, type Segment } from '../lib/critique-loop';
import { critiqueDiagram, diagramStep } from '../lib/critique-diagram';
import { define, InteractiveElement } from './interactive-element';
import { drawDiagram } from './svg-diagram';

function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Deleted or inserted text, with a spoken label because screen readers do not announce <del>/<ins>. */
function marked(tag: 'del' | 'ins', text: string): HTMLElement {
  return element(tag, '', element('span', 'sr-only', tag === 'del' ? 'Removed: ' : 'Added: '), text);
}

function stepItem(step: LoopStep): HTMLElement {
  const title = element('p', 'critique-step-title', `${step.kind === 'critique' ? 'Critique' : 'Revise'} · ${step.principle.label}`);
  if (step.kind === 'critique') return element('li', 'critique-step is-critique', title, element('p', '', step.principle.critique));
  const changes = step.changes.map((change) => {
    if (!change.applied) return element('li', 'muted', change.note ?? 'Skipped.');
    if (change.op === 'replace') return element('li', '', marked('del', change.before ?? ''), ' ', marked('ins', change.after ?? ''));
    if (change.op === 'remove') return element('li', '', marked('del', change.before ?? ''));
    return element('li', '', marked('ins', change.after ?? ''));
  });
  return element('li', 'critique-step is-revise', title, element('ul', 'critique-changes', ...changes));
}

function answerNodes(answer: Segment[]): (Node | string)[] {
  return answer.flatMap((segment, index) => [index > 0 ? ' ' : '', isRevised(segment) ? element('mark', '', segment.text) : segment.text]);
}

class CritiqueLoopElement extends InteractiveElement {
  private loop: CritiqueLoop | null = null;
  private shown = 0;

  async connectedCallback(): Promise<void> {
    this.querySelector('[data-first]')?.addEventListener('click', () => this.go(0));
    this.querySelector('[data-back]')?.addEventListener('click', () => this.go(this.shown - 1));
    this.querySelector('[data-next]')?.addEventListener('click', () => this.go(this.shown + 1));
    this.querySelector('[data-last]')?.addEventListener('click', () => this.go(Number.MAX_SAFE_INTEGER));
    await super.connectedCallback();
  }

  /** A change of principles shows the whole new run, so its effect on the answer is visible at once. */
  protected render(): void {
    const selected = [...this.querySelectorAll<HTMLInputElement>('input[name="principle"]:checked')].map((box) => box.value);
    const view = critiqueLoopView(selected);
    const error = this.querySelector('[data-principles-error]');
    if (error) error.textContent = selected.length === 0 ? 'Tick at least one principle to critique the draft against.' : '';
    this.showResults(view.results, view.reading);
    this.loop = view.loop;
    this.go(view.loop.steps.length);
  }

  private go(shown: number): void {
    if (!this.loop) return;
    const steps = this.loop.steps;
    this.shown = Math.max(0, Math.min(shown, steps.length));
    this.querySelector('[data-steps]')?.replaceChildren(...steps.slice(0, this.shown).map(stepItem));
    this.querySelector('[data-answer]')?.replaceChildren(...answerNodes(answerAfter(this.loop, this.shown)));
    const title = this.querySelector('[data-answer-title]');
    if (title) title.textContent = this.shown === 0 ? 'The answer: first draft' : this.shown === steps.length ? 'The answer: final revision' : `The answer after step ${this.shown}`;
    drawDiagram(this.querySelector('[data-diagram-svg]'), critiqueDiagram(diagramStep(this.loop, this.shown)));
    const label = this.querySelector('[data-step-label]');
    if (label) label.textContent = stepLabel(this.loop, this.shown);
    // aria-disabled, not disabled: a button that disables itself under the pointer would drop focus.
    const set = (selector: string, disabled: boolean) => this.querySelector(selector)?.setAttribute('aria-disabled', String(disabled));
    set('[data-first]', this.shown === 0);
    set('[data-back]', this.shown === 0);
    set('[data-next]', this.shown === steps.length);
    set('[data-last]', this.shown === steps.length);
  }
}

define('critique-loop', CritiqueLoopElement);
