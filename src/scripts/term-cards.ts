/**
 * Definition cards for glossary links. A card opens after a short hover, at once on keyboard focus,
 * and on the first tap (a second tap follows the link). The pointer may move into the card; Escape
 * closes it and leaves focus on the term. One card at a time. On small screens the card is a sheet
 * at the bottom of the viewport, so it never covers the line being read.
 */
const hoverDelay = 200;
const closeDelay = 300;
// The page's list of the terms it uses (PrintGlossary): printed on paper, the cards' text on screen.
const definitions = document.getElementById('term-definitions');

/** A card's content: the term, its one-line definition, and a link to its glossary entry. */
function cardContent(list: HTMLElement, entry: Element, link: HTMLAnchorElement): Node[] {
  const paragraph = (className: string, text: string) => {
    const element = document.createElement('p');
    if (className) element.className = className;
    element.textContent = text;
    return element;
  };
  const more = document.createElement('a');
  more.href = link.href;
  more.textContent = list.dataset.cardMore ?? '';
  return [
    paragraph('eyebrow', list.dataset.cardEyebrow ?? ''),
    paragraph('term-card-title', entry.querySelector('dt')?.textContent ?? ''),
    paragraph('', entry.querySelector('dd')?.textContent ?? ''),
    more,
  ];
}

if (definitions) {
  const card = document.createElement('div');
  card.className = 'term-card';
  card.id = 'term-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  // Inside <main>, so the card belongs to a landmark like the text it explains.
  (document.querySelector('main') ?? document.body).append(card);

  let trigger: HTMLAnchorElement | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  // Escape hands focus back to the term; that focus must not reopen the card it just closed.
  let returningFocus = false;
  const sheet = window.matchMedia('(max-width: 40rem), (pointer: coarse)');

  const cancelTimers = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
  };

  const close = (returnFocus = false) => {
    cancelTimers();
    if (!trigger) return;
    trigger.removeAttribute('aria-describedby');
    trigger.removeAttribute('aria-expanded');
    const previous = trigger;
    card.hidden = true;
    trigger = null;
    if (returnFocus) {
      returningFocus = true;
      previous.focus();
      returningFocus = false;
    }
  };

  // The sheet covers the bottom of the screen: lift the term above it so the line being read stays
  // in view. On a tap this waits for the click, or the click would land on whatever scrolled under
  // the finger.
  const liftAbove = (link: HTMLAnchorElement) => {
    const hidden = link.getBoundingClientRect().bottom - (window.innerHeight - card.offsetHeight - 12);
    if (hidden > 0) window.scrollBy({ top: hidden, behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  };

  const position = (link: HTMLAnchorElement, lift: boolean) => {
    card.classList.toggle('is-sheet', sheet.matches);
    if (sheet.matches) {
      if (lift) liftAbove(link);
      return;
    }
    const box = link.getBoundingClientRect();
    const width = card.offsetWidth;
    const left = Math.min(Math.max(8, box.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - width - 8);
    const below = box.bottom + window.scrollY + 6;
    const fitsBelow = box.bottom + card.offsetHeight + 12 < window.innerHeight;
    card.style.left = `${left}px`;
    card.style.top = `${fitsBelow ? below : box.top + window.scrollY - card.offsetHeight - 6}px`;
  };

  const open = (link: HTMLAnchorElement, lift = true) => {
    cancelTimers();
    if (trigger === link) return;
    const entry = definitions.querySelector(`[data-definition="${CSS.escape(link.dataset.term ?? '')}"]`);
    if (!entry) return;
    if (trigger) close();
    card.replaceChildren(...cardContent(definitions, entry, link));
    card.hidden = false;
    position(link, lift);
    link.setAttribute('aria-describedby', card.id);
    link.setAttribute('aria-expanded', 'true');
    trigger = link;
  };

  const termFrom = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term]') : null;

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const link = termFrom(event.target);
    if (link) {
      window.clearTimeout(closeTimer);
      openTimer = window.setTimeout(() => open(link), hoverDelay);
    } else if (card.contains(event.target as Node)) {
      window.clearTimeout(closeTimer);
    }
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const leaving = termFrom(event.target) ?? (card.contains(event.target as Node) ? card : null);
    if (!leaving) return;
    const into = event.relatedTarget as Node | null;
    if (into && (card.contains(into) || (trigger && trigger.contains(into)))) return;
    window.clearTimeout(openTimer);
    closeTimer = window.setTimeout(() => close(), closeDelay);
  });
  document.addEventListener('focusin', (event) => {
    const link = termFrom(event.target);
    // A tap opens its card on the click that follows (see below), not on the focus before it.
    if (link && !returningFocus && !touching) open(link);
    else if (!link && trigger && !card.contains(event.target as Node)) close();
  });
  // A tap focuses the link (which opens its card) before the click arrives, so whether this tap
  // should open the card or follow the link is decided by what was open when the finger went down.
  let openBeforeTap: HTMLAnchorElement | null = null;
  let lastPointerType = '';
  let touching = false;
  document.addEventListener('pointerdown', (event) => {
    lastPointerType = event.pointerType;
    touching = event.pointerType === 'touch';
    openBeforeTap = trigger;
  });
  document.addEventListener('click', (event) => {
    const link = termFrom(event.target);
    const touch = lastPointerType === 'touch' || (event as PointerEvent).pointerType === 'touch';
    touching = false;
    if (link && touch && openBeforeTap !== link) {
      event.preventDefault();
      open(link);
      if (sheet.matches) liftAbove(link);
      openBeforeTap = link;
      return;
    }
    if (!link && trigger && !card.contains(event.target as Node)) close();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && trigger) close(true);
  });
  window.addEventListener('resize', () => trigger && position(trigger, false));
}
