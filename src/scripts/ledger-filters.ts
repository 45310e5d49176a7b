/**
 * Filters and sorts the ledger's rows in place, updates each chip's count, and mirrors the choice
 * in the query string. The verdict chart's bars are links to filtered views; here they filter in
 * place instead of reloading the page.
 */
import { facetCounts, ledgerFacets, ledgerQuery, matchesFacets, shownClaims, type LedgerFilters as Filters, type LedgerItem } from '../lib/ledger';
import { matchesWords } from '../lib/word-match';
import { verdicts } from '../lib/vocabulary';

type Row = LedgerItem & { element: HTMLTableRowElement; readonly text: string; order: number };

class LedgerFilters extends HTMLElement {
  connectedCallback(): void {
    // Not a <form>: filters apply as they change, so there is nothing to submit.
    const form = this.querySelector<HTMLElement>('[data-filters]');
    const body = document.querySelector<HTMLTableSectionElement>('[data-ledger] tbody');
    if (!form || !body) return;
    const rows: Row[] = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-claim]')].map((element, index) => {
      let text: string | undefined;
      return {
        element,
        source: element.dataset.source ?? '',
        verdict: element.dataset.verdict ?? '',
        category: element.dataset.category ?? '',
        kind: element.dataset.kind ?? '',
        // A row's words are read the first time a reader searches, not while the page opens.
        get text() {
          return (text ??= element.textContent ?? '');
        },
        // The build writes the rows in the ledger's own order, so a row's place on load is its order.
        order: index,
      };
    });
    const words = form.querySelector<HTMLInputElement>('[name="q"]')!;
    const sort = form.querySelector<HTMLSelectElement>('[name="sort"]')!;
    const more = form.querySelector<HTMLDetailsElement>('[data-more]');
    const panel = form.querySelector<HTMLDetailsElement>('[data-panel]');
    const active = form.querySelector('[data-active]');
    // Wide screens show the filters at once; phones keep them behind one toggle so the claims come first.
    if (panel && window.matchMedia('(min-width: 52rem)').matches) panel.open = true;

    const read = (): Filters => {
      const filters: Filters = { words: words.value };
      for (const facet of ledgerFacets) filters[facet] = form.querySelector<HTMLInputElement>(`input[name="${facet}"]:checked`)?.value ?? '';
      return filters;
    };
    const choose = (facet: string, value: string) => {
      const radio = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)].find((input) => input.value === value);
      if (radio) radio.checked = true;
    };
    const apply = (params: URLSearchParams) => {
      for (const facet of ledgerFacets) choose(facet, params.get(facet) ?? '');
      words.value = params.get('q') ?? '';
      sort.value = params.get('sort') ?? 'source';
      if (more && (params.get('category') || params.get('kind'))) more.open = true;
    };

    const update = () => {
      const filters = read();
      let shown = 0;
      for (const row of rows) {
        const visible = matchesFacets(row, filters) && matchesWords(row.text, filters.words);
        row.element.hidden = !visible;
        if (visible) shown++;
      }
      for (const facet of ledgerFacets) {
        const counts = facetCounts(rows, filters, facet);
        const all = [...counts.values()].reduce((sum, count) => sum + count, 0);
        for (const chip of form.querySelectorAll<HTMLElement>(`[data-facet="${facet}"] [data-count]`)) {
          const value = chip.dataset.count ?? '';
          const count = value ? (counts.get(value) ?? 0) : all;
          if (chip.textContent !== String(count)) chip.textContent = String(count);
          chip.closest('.chip')?.toggleAttribute('data-empty', count === 0);
        }
      }
      const rank = (row: Row) => (sort.value === 'verdict' ? verdicts.indexOf(row.verdict as (typeof verdicts)[number]) : 0);
      const sorted = [...rows].sort((a, b) =>
        sort.value === 'category' ? a.category.localeCompare(b.category) || a.order - b.order : rank(a) - rank(b) || a.order - b.order,
      );
      // Moving a row restyles it, so rows move only when the order really changed (not on load).
      const current = [...body.children];
      if (sorted.some((row, index) => current[index] !== row.element)) body.append(...sorted.map((row) => row.element));
      const chosen = ledgerFacets.filter((facet) => filters[facet]).length + (filters.words?.trim() ? 1 : 0);
      if (active) active.textContent = chosen ? ` · ${chosen} on` : '';
      const count = form.querySelector('[data-shown]');
      const shownText = shownClaims(shown, rows.length);
      if (count && count.textContent !== shownText) count.textContent = shownText;
      for (const bar of document.querySelectorAll<HTMLAnchorElement>('[data-verdict-chart] a[data-source]')) {
        const current = bar.dataset.source === filters.source && bar.dataset.verdict === (filters.verdict ?? '') && !filters.category && !filters.kind;
        if (current) bar.setAttribute('aria-current', 'true');
        else bar.removeAttribute('aria-current');
      }
      history.replaceState(history.state, '', `${window.location.pathname}${ledgerQuery({ ...filters, sort: sort.value })}${window.location.hash}`);
    };

    // A permalink to a claim the filters in the address would hide shows the whole ledger instead.
    const params = new URLSearchParams(window.location.search);
    apply(params);
    const target = window.location.hash ? rows.find((row) => `#${row.element.id}` === decodeURIComponent(window.location.hash)) : undefined;
    if (target && !(matchesFacets(target, read()) && matchesWords(target.text, words.value))) apply(new URLSearchParams());
    // The page is built showing every claim with every count; only an address with filters changes that.
    if (window.location.search) update();
    if (target) target.element.scrollIntoView();

    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.querySelector('[data-show-all]')?.addEventListener('click', () => {
      apply(new URLSearchParams({ sort: sort.value }));
      update();
    });
    document.addEventListener('click', (event) => {
      const bar = (event.target as Element).closest?.<HTMLAnchorElement>('[data-verdict-chart] a[data-source]');
      if (!bar || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      apply(new URLSearchParams({ source: bar.dataset.source ?? '', verdict: bar.dataset.verdict ?? '', sort: sort.value }));
      update();
      (rows.find((row) => !row.element.hidden)?.element ?? this).scrollIntoView({ block: 'start' });
    });
  }
}

if (!customElements.get('ledger-filters')) customElements.define('ledger-filters', LedgerFilters);
