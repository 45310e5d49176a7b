/** Filters and sorts the ledger's rows in place, and mirrors the choice in the query string. */
import { verdicts } from '../lib/vocabulary';

class LedgerFilters extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLElement>('[data-filters]');
    const body = document.querySelector<HTMLTableSectionElement>('[data-ledger] tbody');
    const count = this.querySelector('[data-count]');
    if (!form || !body) return;
    this.hidden = false;
    const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-claim]')];
    const params = new URLSearchParams(window.location.search);
    for (const name of ['source', 'category', 'verdict', 'q', 'sort']) {
      const field = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
      const value = params.get(name);
      if (field && value !== null) field.value = value;
    }
    const update = () => {
      const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')];
      const value = (name: string) => fields.find((field) => field.name === name)?.value.trim() ?? '';
      const words = value('q').toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const row of rows) {
        const visible =
          (!value('source') || row.dataset.source === value('source')) &&
          (!value('category') || row.dataset.category === value('category')) &&
          (!value('verdict') || row.dataset.verdict === value('verdict')) &&
          words.every((word) => (row.dataset.search ?? '').includes(word));
        row.hidden = !visible;
        if (visible) shown++;
      }
      const sort = value('sort') || 'source';
      const rank = (row: HTMLTableRowElement) =>
        sort === 'verdict' ? verdicts.indexOf(row.dataset.verdict as (typeof verdicts)[number]) : 0;
      const sorted = [...rows].sort((a, b) => {
        if (sort === 'category') return (a.dataset.category ?? '').localeCompare(b.dataset.category ?? '') || Number(a.dataset.order) - Number(b.dataset.order);
        return rank(a) - rank(b) || Number(a.dataset.order) - Number(b.dataset.order);
      });
      body.append(...sorted);
      document.querySelectorAll('[data-ledger] th[data-sort]').forEach((header) => {
        const th = header as HTMLElement;
        if (th.dataset.sort === sort) th.setAttribute('aria-sort', 'ascending');
        else th.removeAttribute('aria-sort');
      });
      if (count) count.textContent = `${shown} of ${rows.length} claims`;
      const query = new URLSearchParams();
      for (const field of fields) if (field.value.trim()) query.set(field.name, field.value.trim());
      if (query.get('sort') === 'source') query.delete('sort');
      const search = query.toString();
      history.replaceState(history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
    };
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
  }
}

if (!customElements.get('ledger-filters')) customElements.define('ledger-filters', LedgerFilters);
