/**
 * The rule behind every type-to-filter box (the ledger's, the glossary's): a text matches when it
 * contains every word the reader typed. Its own module, so a page's filter script downloads this
 * rule and not the rest of another page's filter code.
 */
import { foldQuotes } from './typography';

/** Does a text contain every word the reader typed (case-insensitive, quotes folded)? */
export function matchesWords(text: string, words: string | undefined): boolean {
  const wanted = foldQuotes(words ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  // No words typed: every text matches, without lowercasing 114 claims on every count.
  if (wanted.length === 0) return true;
  const lower = foldQuotes(text).toLowerCase();
  return wanted.every((word) => lower.includes(word));
}
