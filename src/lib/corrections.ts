/**
 * Where a correction points a reader: the changed note in its long-read, else the claim in the
 * ledger, else the glossary term, else the log itself. Pure, so the page, the long-reads and the
 * RSS feed link to the same place.
 */
import type { Correction } from './schemas';
import { longDate } from './format';
import { routes } from './urls';

export function correctionTarget(correction: Pick<Correction, 'article' | 'note' | 'claim' | 'term'>, id: string): string {
  if (correction.article && correction.note) return routes.note(correction.article, correction.note);
  if (correction.claim) return routes.claim(correction.claim);
  if (correction.term) return routes.term(correction.term);
  return routes.correction(id);
}

/** The date as a reader reads it in the log and the feed: "30 November 2026". */
export function correctionDate(date: Date): string {
  return longDate(date);
}

/** The same date for machines, in a `<time datetime>`: "2026-11-30". */
export function correctionIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
