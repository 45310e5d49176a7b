/**
 * Notes, enhanced. Wide screens: each note is placed in the margin level with its marker's line,
 * pushed down only as far as the note above requires (as Gwern.net's sidenotes do), and re-placed
 * whenever anything above it changes height. Notes stay short there: a check shows its verdict and
 * summary, and "Show working" opens the rest. Narrow screens: notes fold behind their numbered
 * markers and open in place. Without this script every note is shown whole, floated beside its
 * paragraph by CSS.
 */
const narrow = window.matchMedia('(max-width: 63.99rem)');
/** Space between two notes that would otherwise touch, in px: less than a line of text. */
const gap = 8;

function placeNotes(body: HTMLElement): void {
  const notes = [...body.querySelectorAll<HTMLElement>('.sidenote')];
  if (narrow.matches) {
    body.classList.remove('notes-placed');
    body.style.minHeight = '';
    for (const note of notes) note.style.top = '';
    return;
  }
  body.classList.add('notes-placed');
  // Read every position first, then write, so the page is laid out once, not once per note.
  const origin = body.getBoundingClientRect().top;
  const wanted = notes.map((note) => document.getElementById(`ref-${note.id}`)!.getBoundingClientRect().top - origin);
  const heights = notes.map((note) => note.offsetHeight);
  let floor = 0;
  notes.forEach((note, index) => {
    const top = Math.max(wanted[index]!, floor);
    note.style.top = `${top}px`;
    floor = top + heights[index]! + gap;
  });
  body.style.minHeight = `${floor}px`;
}

function setOpen(marker: HTMLAnchorElement, open: boolean): void {
  document.getElementById(marker.dataset.note!)?.classList.toggle('is-open', open);
  marker.setAttribute('aria-expanded', String(open));
}

function setExpanded(note: HTMLElement, expanded: boolean): void {
  note.classList.toggle('is-expanded', expanded);
  const button = note.querySelector('.note-more');
  if (button) {
    button.setAttribute('aria-expanded', String(expanded));
    button.textContent = expanded ? 'Hide working' : 'Show working';
  }
}

function apply(body: HTMLElement): void {
  const collapsible = narrow.matches;
  const target = location.hash.slice(1);
  for (const marker of body.querySelectorAll<HTMLAnchorElement>('a.note-marker')) {
    if (collapsible) {
      marker.setAttribute('role', 'button');
      marker.setAttribute('aria-controls', marker.dataset.note!);
      setOpen(marker, target === marker.dataset.note);
    } else {
      for (const name of ['role', 'aria-controls', 'aria-expanded']) marker.removeAttribute(name);
    }
  }
  // A link straight to a note shows it whole, and brings it into view once it is open.
  const linked = target ? document.getElementById(target) : null;
  if (linked?.classList.contains('sidenote')) {
    setExpanded(linked, true);
    placeNotes(body);
    linked.scrollIntoView({ block: 'center' });
  } else placeNotes(body);
}

for (const body of document.querySelectorAll<HTMLElement>('[data-notes]')) {
  for (const detail of body.querySelectorAll('.note-detail')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'note-more';
    button.setAttribute('aria-controls', detail.id);
    button.setAttribute('aria-expanded', 'false');
    button.textContent = 'Show working';
    // On the label's line, so asking for the working costs the note no extra line.
    detail.parentElement!.querySelector('.note-label')!.append(' ', button);
  }
  apply(body);
  narrow.addEventListener('change', () => apply(body));
  addEventListener('hashchange', () => apply(body));
  // Fonts arriving, charts and tables opening, the window resizing: anything that moves a marker
  // changes the text column's height, so one observer re-places the notes after all of them.
  let queued = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(queued);
    queued = requestAnimationFrame(() => placeNotes(body));
  }).observe(body);
  body.addEventListener('click', (event) => {
    const target = event.target as Element;
    const more = target.closest('.note-more');
    const marker = target.closest<HTMLAnchorElement>('a.note-marker');
    if (more) {
      const note = more.closest<HTMLElement>('.sidenote')!;
      setExpanded(note, !note.classList.contains('is-expanded'));
      placeNotes(body);
    } else if (marker && narrow.matches) {
      event.preventDefault();
      setOpen(marker, marker.getAttribute('aria-expanded') !== 'true');
    }
  });
  // Space activates a role="button" link, as it would a real button.
  body.addEventListener('keydown', (event) => {
    const marker = (event.target as Element).closest<HTMLAnchorElement>('a.note-marker[role="button"]');
    if (marker && event.key === ' ') {
      event.preventDefault();
      marker.click();
    }
  });
}
