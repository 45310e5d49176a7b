import type { GlossaryTerm } from './schemas';

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
