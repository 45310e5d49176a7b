import type { GlossaryTerm } from './schemas';
import { matchesWords } from './word-match';

export interface TermSummary {
  id: string;
  name: string;
  short: string;
  category: GlossaryTerm['category'];
}

/** Terms grouped under their first letter (digits under "#"), both in alphabetical order. */
export function groupByInitial(terms: TermSummary[]): { initial: string; terms: TermSummary[] }[] {
  const groups = new Map<string, TermSummary[]>();
  const sorted = [...terms].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  for (const term of sorted) {
    const first = term.name.trim().charAt(0).toUpperCase();
    const initial = /[A-Z]/.test(first) ? first : '#';
    groups.set(initial, [...(groups.get(initial) ?? []), term]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([initial, grouped]) => ({ initial, terms: grouped }));
}

/** Whether a term matches what the reader typed: every word must appear in its name or definition. */
export function matchesQuery(searchText: string, query: string): boolean {
  // The ledger's filter asks the same question of a claim: one rule for both boxes (lib/word-match).
  return matchesWords(searchText, query);
}
