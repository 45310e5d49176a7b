/**
 * Full-text search with Pagefind's JavaScript API: the index (built after `astro build`) loads
 * only on this page, results update as the reader types, and ?q= makes a search linkable.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; content: string; meta: { title?: string } }>;
}
/** Results shown at a time; "Show more results" adds as many again. */
const pageSize = 12;
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: PagefindResult[] } | null>;
}

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private idle: Node[] = [];
  private found: PagefindResult[] = [];
  private query = '';

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const form = this.querySelector('form');
    const status = this.querySelector('[data-status]');
    if (!input || !form || !status) return;
    // The page's own idle words ("Type to search."), put back whenever the box is emptied.
    this.idle = [...status.childNodes].map((node) => node.cloneNode(true));
    const initial = new URLSearchParams(window.location.search).get('q');
    if (initial) input.value = initial;
    const run = () => void this.search(input.value.trim());
    input.addEventListener('input', run);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      run();
    });
    this.querySelector('[data-more]')?.addEventListener('click', () => void this.showMore());
    if (initial) run();
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= import(/* @vite-ignore */ this.dataset.bundle!).then(async (module: Pagefind) => {
      await module.options({ baseUrl: this.dataset.base ?? '/' });
      return module;
    });
    return this.pagefind;
  }

  private async search(query: string): Promise<void> {
    const status = this.querySelector('[data-status]')!;
    const list = this.querySelector('[data-results]')!;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query) {
      this.found = [];
      list.replaceChildren();
      const more = this.querySelector<HTMLButtonElement>('[data-more]');
      if (more) more.hidden = true;
      status.replaceChildren(...this.idle.map((node) => node.cloneNode(true)));
      return;
    }
    // The index loads on the first search; say so, rather than "Type to search" over a typed query.
    if (!list.childElementCount) status.textContent = 'Searching…';
    try {
      const found = await (await this.load()).debouncedSearch(query);
      if (!found) return; // superseded by a newer keystroke
      this.found = found.results;
      this.query = query;
      await this.showMore(false);
    } catch {
      status.textContent = 'The search index could not be loaded. The glossary and the claims ledger list everything.';
    }
  }

  /**
   * Shows the first page of a new search's results (replacing the last search's only once they are
   * ready, so the list never flashes empty as the reader types), or adds the next page; focus moves
   * to the first added result when the reader asked for more.
   */
  private async showMore(more = true): Promise<void> {
    const list = this.querySelector('[data-results]')!;
    const status = this.querySelector('[data-status]')!;
    const button = this.querySelector<HTMLButtonElement>('[data-more]');
    const found = this.found;
    const shown = more ? list.childElementCount : 0;
    const results = await Promise.all(found.slice(shown, shown + pageSize).map((result) => result.data()));
    if (found !== this.found) return; // a newer search has replaced these results
    const items = results.map((result) => {
      const item = document.createElement('li');
      item.className = 'mb-4';
      const link = document.createElement('a');
      link.href = result.url;
      link.className = 'sans font-semibold';
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'm-0 muted';
      // Pagefind marks matches with <mark>; keep those and nothing else. An excerpt cut from the
      // middle of a page says so with an ellipsis at the cut.
      const plain = result.excerpt.replace(/<[^>]+>/g, '').trim();
      const content = result.content.replace(/\s+/g, ' ').trim();
      const head = content.startsWith(plain.slice(0, 40)) ? '' : '… ';
      const tail = content.endsWith(plain.slice(-40)) ? '' : ' …';
      excerpt.append(head, ...fragmentWithMarks(result.excerpt.trim()), tail);
      item.append(link, excerpt);
      return item;
    });
    if (more) list.append(...items);
    else list.replaceChildren(...items);
    const total = found.length;
    const count = list.childElementCount;
    status.textContent =
      total === 0 ? `Nothing found for “${this.query}”. Try the glossary or the claims ledger.`
      : `${total} result${total === 1 ? '' : 's'} for “${this.query}”${count < total ? `; the first ${count} are shown` : ''}.`;
    if (button) button.hidden = count >= total;
    if (more) items[0]?.querySelector('a')?.focus();
  }
}

function fragmentWithMarks(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(part.replace(/<[^>]+>/g, ''));
    const mark = document.createElement('mark');
    mark.textContent = marked[1]!;
    return mark;
  });
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
