/**
 * The one script a page with charts, calculators or interactives loads at first (about 1 KB gzip).
 * Every widget already reads completely from the build's HTML: a chart shows its SVG drawing, a
 * calculator the results for the article's own figures. Its code and data (chart.js, the arithmetic,
 * the JSON it draws from) arrive only when the reader may use it:
 * - at once when focus enters it, or the address carries its state to restore (a shared link with
 *   its inputs in the query) or a #fragment pointing at or into it;
 * - a calculator or interactive already on screen when the page opens, at once, so a first tap on
 *   it is heard;
 * - otherwise once it is within about a screen of the viewport *and* the reader has scrolled,
 *   touched, moved the pointer or pressed a key. A phone opening a long page spends its first
 *   seconds on the text, not on code for widgets that already show their answer.
 * A chart on screen also waits for that first interaction: its drawing is already the whole chart.
 */
import { loadJson } from './widget-data';

interface Kind {
  /** Loads the code; a custom element's module defines the element, which upgrades every instance. */
  wake: (element: HTMLElement) => Promise<unknown>;
  /** Whether a widget on screen at load wakes without waiting for the reader's first interaction. */
  eagerOnScreen: boolean;
}

const kinds: Record<string, Kind> = {
  'chart-canvas': { wake: (element) => import('./chart-render').then(({ renderChart }) => renderChart(element)), eagerOnScreen: false },
  'calculator-form': { wake: () => import('./calculator-form'), eagerOnScreen: true },
  'expert-router': { wake: () => import('./expert-router'), eagerOnScreen: true },
  'critique-loop': { wake: () => import('./critique-loop'), eagerOnScreen: true },
  'thin-market': { wake: () => import('./thin-market'), eagerOnScreen: true },
};

const interactions = ['scroll', 'wheel', 'pointermove', 'pointerdown', 'touchstart', 'keydown'] as const;
const firstInteraction = new Promise<void>((resolve) => {
  const heard = () => {
    for (const name of interactions) removeEventListener(name, heard, true);
    resolve();
  };
  for (const name of interactions) addEventListener(name, heard, { capture: true, passive: true });
});

const wakings = new WeakMap<HTMLElement, Promise<void>>();
const awake = new WeakSet<HTMLElement>();

/** Starts the widget's code and data; resolves once the widget has set itself up. */
function wake(element: HTMLElement): Promise<void> {
  let waking = wakings.get(element);
  if (!waking) {
    const source = element.dataset.src;
    waking = Promise.all([kinds[element.localName]!.wake(element), source ? loadJson(source) : undefined])
      // The element's own set-up continues on the same data promise; let it finish first.
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .catch((error: unknown) => console.error(`Could not start the ${element.localName} widget:`, error))
      // Awake even on failure: the page's own HTML stays, and held taps are let through.
      .then(() => void awake.add(element));
    wakings.set(element, waking);
  }
  return waking;
}

/** The address carries this widget's state (a calculator's inputs, "?<name>.<input>=…") or points at it (or into it). */
function addressed(element: HTMLElement): boolean {
  const name = element.dataset.calculator;
  if (name && [...new URLSearchParams(location.search).keys()].some((key) => key.startsWith(`${name}.`))) return true;
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  return target !== null && (target.contains(element) || element.contains(target));
}

const onScreen = (rectangle: DOMRectReadOnly) => rectangle.top < innerHeight && rectangle.bottom > 0;
const seen = new WeakSet<Element>();
const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const element = entry.target as HTMLElement;
            const first = !seen.has(element);
            seen.add(element);
            if (!entry.isIntersecting) continue;
            observer!.unobserve(element);
            if (first && kinds[element.localName]!.eagerOnScreen && onScreen(entry.boundingClientRect)) void wake(element);
            else void firstInteraction.then(() => wake(element));
          }
        },
        { rootMargin: '400px 0px' },
      )
    : undefined;

for (const element of document.querySelectorAll<HTMLElement>(Object.keys(kinds).join(','))) {
  element.addEventListener('focusin', () => void wake(element), { once: true });
  // A button pressed before the widget has set itself up is held and pressed again once it has, so
  // a reader's first tap is never lost or heard twice (typed values and ticked boxes stay in the form
  // and are read on set-up).
  element.addEventListener(
    'click',
    (event) => {
      const button = awake.has(element) ? null : (event.target as Element).closest('button');
      if (!button) return;
      event.stopImmediatePropagation();
      void wake(element).then(() => button.click());
    },
    true,
  );
  if (!observer || addressed(element)) void wake(element);
  else observer.observe(element);
}
