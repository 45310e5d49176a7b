/**
 * Full-text search with Pagefind's JavaScript API: the index (built after `astro build`) loads
 * only on this page, results update as the reader types, and ?q= makes a search linkable.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: PagefindResult[] } | null>;
}

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private idle: Node[] = [];

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
      list.replaceChildren();
      status.replaceChildren(...this.idle.map((node) => node.cloneNode(true)));
      return;
    }
    // The index loads on the first search; say so, rather than "Type to search" over a typed query.
    if (!list.childElementCount) status.textContent = 'Searching…';
    try {
      const found = await (await this.load()).debouncedSearch(query);
      if (!found) return; // superseded by a newer keystroke
      const results = await Promise.all(found.results.slice(0, 12).map((result) => result.data()));
      list.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          item.className = 'mb-4';
          const link = document.createElement('a');
          link.href = result.url;
          link.className = 'sans font-semibold';
          link.textContent = result.meta.title ?? result.url;
          const excerpt = document.createElement('p');
          excerpt.className = 'm-0 muted';
          // Pagefind marks matches with <mark>; keep those and nothing else.
          excerpt.append(...fragmentWithMarks(result.excerpt));
          item.append(link, excerpt);
          return item;
        }),
      );
      status.textContent = found.results.length === 0 ? `Nothing found for “${query}”. Try the glossary or the claims ledger.` : `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${query}”.`;
    } catch {
      status.textContent = 'The search index could not be loaded. The glossary and the claims ledger list everything.';
    }
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
