/**
 * The claims ledger's filters, counts and links, shared by the page (at build time), the verdict
 * chart and the filter script in the browser. No schema imports, so the browser bundle stays small.
 */
import { matchesWords } from './word-match';

/** The facets a reader can filter the ledger by, in the order the filters show them. */
export const ledgerFacets = ['source', 'verdict', 'category', 'kind'] as const;
export type LedgerFacet = (typeof ledgerFacets)[number];

/** One claim as the filters see it: its value for each facet ('' where it has none, e.g. no kind). */
export type LedgerItem = Record<LedgerFacet, string>;

/** The reader's choice: a value per facet ('' or absent for all) and free words. */
export type LedgerFilters = Partial<Record<LedgerFacet, string>> & { words?: string };

/** Does an item pass every chosen facet, leaving out the one named by `except`? */
export function matchesFacets(item: LedgerItem, filters: LedgerFilters, except?: LedgerFacet): boolean {
  return ledgerFacets.every((facet) => facet === except || !filters[facet] || item[facet] === filters[facet]);
}

/**
 * How many items each value of a facet would show, given the reader's other choices: the count on
 * a filter chip is what choosing that chip would leave.
 */
export function facetCounts(items: (LedgerItem & { text?: string })[], filters: LedgerFilters, facet: LedgerFacet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matchesFacets(item, filters, facet) || !matchesWords(item.text ?? '', filters.words)) continue;
    counts.set(item[facet], (counts.get(item[facet]) ?? 0) + 1);
  }
  return counts;
}

/** The ledger's count line, written once for the build and the filter script alike. */
export function shownClaims(shown: number, total: number): string {
  return shown === total ? `All ${total} claims` : `${shown} of ${total} claims`;
}

/** The query string of a filtered view (`?source=000&verdict=consistent`), without empty choices. */
export function ledgerQuery(filters: LedgerFilters & { sort?: string }): string {
  const query = new URLSearchParams();
  for (const facet of ledgerFacets) if (filters[facet]) query.set(facet, filters[facet]!);
  if (filters.words?.trim()) query.set('q', filters.words.trim());
  if (filters.sort && filters.sort !== 'source') query.set('sort', filters.sort);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export interface VerdictTally {
  verdict: string;
  /** Claims of each source with this verdict, in the order of `sourceIds`. */
  counts: number[];
}

/**
 * Claims per verdict and source, for the verdict chart: verdicts in their vocabulary order, and a
 * verdict no claim has left out (a new verdict appears as soon as a claim uses it).
 */
export function verdictsBySource(items: Pick<LedgerItem, 'source' | 'verdict'>[], sourceIds: readonly string[], verdictOrder: readonly string[]): VerdictTally[] {
  return verdictOrder
    .map((verdict) => ({
      verdict,
      counts: sourceIds.map((source) => items.filter((item) => item.source === source && item.verdict === verdict).length),
    }))
    .filter((tally) => tally.counts.some((count) => count > 0));
}

