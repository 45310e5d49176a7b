/**
 * Marks the section being read in the contents. (Reading progress is drawn by CSS alone, from the
 * page's scroll position: see reading.css.) On screens too narrow
 * for a side column the contents start folded, so they do not push the text down.
 */
const toc = document.querySelector<HTMLElement>('[data-toc]');
const wide = window.matchMedia('(min-width: 70rem)');

if (toc) {
  const details = toc.querySelector('details');
  // The side column has room for the whole list; the column sits beside the text, so opening it
  // moves nothing the reader is reading.
  if (details && wide.matches) details.open = true;
  wide.addEventListener('change', () => {
    if (details) details.open = wide.matches;
  });
  const links = new Map([...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) => [decodeURIComponent(link.hash.slice(1)), link]));
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => heading !== null);
  const mark = () => {
    // The current section is the last heading above the top third of the viewport.
    const line = window.innerHeight / 3;
    let current = headings[0];
    for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading;
    for (const [id, link] of links) {
      if (current && id === current.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  let queued = false;
  document.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  }, { passive: true });
  mark();
}
