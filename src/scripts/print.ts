/**
 * Printing keeps everything: data tables and folded sections open, and are put back afterwards.
 * (Charts print as the build's SVG drawings, so nothing needs drawing first.)
 */
const opened: HTMLDetailsElement[] = [];

window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    details.open = true;
    opened.push(details);
  }
});

window.addEventListener('afterprint', () => {
  for (const details of opened.splice(0)) details.open = false;
});
