/**
 * Notes, enhanced. Wide screens: notes sit in the margin, kept short (the summary shows, the
 * working opens with a "Show working" button) so they stay close to the lines they annotate.
 * Narrow screens: notes fold behind their numbered markers and open in place. Without this
 * script every note is simply shown whole.
 */
const narrow = window.matchMedia('(max-width: 63.99rem)');

function setOpen(marker: HTMLAnchorElement, open: boolean): void {
  const note = document.getElementById(marker.dataset.note ?? '');
  if (!note) return;
  note.classList.toggle('is-open', open);
  marker.setAttribute('aria-expanded', String(open));
}

function setExpanded(note: HTMLElement, expanded: boolean): void {
  note.classList.toggle('is-expanded', expanded);
  const button = note.querySelector<HTMLButtonElement>('.note-more');
  if (button) {
    button.setAttribute('aria-expanded', String(expanded));
    button.textContent = expanded ? 'Hide working' : 'Show working';
  }
}

function addWorkingButtons(body: HTMLElement): void {
  for (const detail of body.querySelectorAll<HTMLElement>('.sidenote .note-detail')) {
    const footer = detail.parentElement?.querySelector('.note-footer');
    if (!footer || footer.querySelector('.note-more')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'note-more';
    button.setAttribute('aria-controls', detail.id);
    button.setAttribute('aria-expanded', 'false');
    button.textContent = 'Show working';
    footer.prepend(button);
  }
}

function apply(body: HTMLElement): void {
  const collapsible = narrow.matches;
  body.classList.toggle('notes-collapsible', collapsible);
  body.classList.toggle('notes-compact', !collapsible);
  const target = window.location.hash.slice(1);
  for (const marker of body.querySelectorAll<HTMLAnchorElement>('a.note-marker[data-note]')) {
    if (collapsible) {
      marker.setAttribute('role', 'button');
      marker.setAttribute('aria-controls', marker.dataset.note ?? '');
      setOpen(marker, target === marker.dataset.note);
    } else {
      marker.removeAttribute('role');
      marker.removeAttribute('aria-controls');
      marker.removeAttribute('aria-expanded');
    }
  }
  // A link straight to a note shows it whole.
  const linked = target ? document.getElementById(target) : null;
  if (linked?.classList.contains('sidenote')) setExpanded(linked, true);
}

for (const body of document.querySelectorAll<HTMLElement>('[data-notes]')) {
  addWorkingButtons(body);
  apply(body);
  narrow.addEventListener('change', () => apply(body));
  body.addEventListener('click', (event) => {
    const target = event.target as Element;
    const more = target.closest<HTMLButtonElement>('.note-more');
    if (more) {
      const note = more.closest<HTMLElement>('.sidenote');
      if (note) setExpanded(note, !note.classList.contains('is-expanded'));
      return;
    }
    const marker = target.closest<HTMLAnchorElement>('a.note-marker[data-note]');
    if (!marker || !body.classList.contains('notes-collapsible')) return;
    event.preventDefault();
    setOpen(marker, marker.getAttribute('aria-expanded') !== 'true');
  });
  // Space activates a role="button" link, as it would a real button.
  body.addEventListener('keydown', (event) => {
    const marker = (event.target as Element).closest<HTMLAnchorElement>('a.note-marker[role="button"]');
    if (marker && event.key === ' ') {
      event.preventDefault();
      marker.click();
    }
  });
  window.addEventListener('hashchange', () => apply(body));
}
