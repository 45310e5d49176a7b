/**
 * Every permalink (section, note, chart, calculator, claim) doubles as a "copy link" control: a
 * click copies the full address and says so, and the page still moves to the fragment.
 */
const announcer = document.getElementById('announcer');

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.heading-anchor, a.note-permalink, a[data-copy-link]');
  if (!link || !navigator.clipboard) return;
  const url = new URL(link.getAttribute('href') ?? '', window.location.href).toString();
  navigator.clipboard.writeText(url).then(
    () => {
      if (announcer) announcer.textContent = 'Link copied.';
      link.dataset.copied = 'true';
      window.setTimeout(() => delete link.dataset.copied, 1600);
    },
    () => undefined,
  );
});
