import { describe, expect, it } from 'vitest';
import { facetCounts, ledgerQuery, matchesFacets, shownClaims, verdictsBySource } from '../../src/lib/ledger';
import { matchesWords } from '../../src/lib/word-match';
import { capitalise } from '../../src/lib/site-words';

const items = [
  { source: '000', verdict: 'consistent', category: 'revenue', kind: 'run-rate', text: 'Run rate of $39 billion' },
  { source: '000', verdict: 'unverifiable', category: 'valuation', kind: '', text: 'Valued at $1 trillion' },
  { source: '002', verdict: 'consistent', category: 'revenue', kind: 'forecast', text: 'Revenue forecast' },
  { source: '002', verdict: 'does-not-add-up', category: 'margins', kind: 'margin', text: 'Margin of 60%' },
];

describe('ledger filters', () => {
  it('matches every chosen facet, and any value where none is chosen', () => {
    expect(items.filter((item) => matchesFacets(item, { source: '000' }))).toHaveLength(2);
    expect(items.filter((item) => matchesFacets(item, { source: '002', verdict: 'consistent' }))).toHaveLength(1);
    expect(items.filter((item) => matchesFacets(item, { source: '', verdict: '' }))).toHaveLength(4);
  });

  it('matches every typed word, in any case', () => {
    expect(matchesWords('Run rate of $39 billion', 'RATE 39')).toBe(true);
    expect(matchesWords('Run rate of $39 billion', 'rate trillion')).toBe(false);
    expect(matchesWords('anything', '  ')).toBe(true);
    // A keyboard's straight apostrophe finds the page's curly one, and the other way round.
    expect(matchesWords('the author’s model', "author's")).toBe(true);
    expect(matchesWords("the author's model", 'author’s')).toBe(true);
  });

  it('counts on each chip what choosing it would show, given the other choices', () => {
    const bySource = facetCounts(items, { verdict: 'consistent' }, 'source');
    expect(Object.fromEntries(bySource)).toEqual({ '000': 1, '002': 1 });
    // The facet's own choice does not narrow its counts, so the other chips keep theirs.
    const byVerdict = facetCounts(items, { verdict: 'consistent', source: '002' }, 'verdict');
    expect(Object.fromEntries(byVerdict)).toEqual({ consistent: 1, 'does-not-add-up': 1 });
    expect(Object.fromEntries(facetCounts(items, { words: 'revenue' }, 'source'))).toEqual({ '002': 1 });
  });

  it('writes a shareable query with only the choices made', () => {
    expect(ledgerQuery({ source: '000', verdict: 'consistent', category: '', words: ' run rate ', sort: 'source' })).toBe('?source=000&verdict=consistent&q=run+rate');
    expect(ledgerQuery({ sort: 'verdict' })).toBe('?sort=verdict');
    expect(ledgerQuery({})).toBe('');
  });
});

describe('verdicts by source', () => {
  it('tallies each verdict per source, in vocabulary order, leaving out verdicts no claim has', () => {
    const tallies = verdictsBySource(items, ['000', '002'], ['consistent', 'does-not-add-up', 'contradicted', 'unverifiable']);
    expect(tallies).toEqual([
      { verdict: 'consistent', counts: [1, 1] },
      { verdict: 'does-not-add-up', counts: [0, 1] },
      { verdict: 'unverifiable', counts: [1, 0] },
    ]);
  });

  it('shows a verdict added to the vocabulary as soon as a claim uses it', () => {
    const withNew = [...items, { source: '002', verdict: 'out-of-date' }];
    expect(verdictsBySource(withNew, ['000', '002'], ['consistent', 'out-of-date']).map((tally) => tally.verdict)).toEqual(['consistent', 'out-of-date']);
  });

  it('capitalises category values for display', () => {
    expect(capitalise('margins')).toBe('Margins');
  });
});

describe('shownClaims', () => {
  it('says "All" when nothing is filtered out, and "n of total" otherwise', () => {
    expect(shownClaims(114, 114)).toBe('All 114 claims');
    expect(shownClaims(7, 114)).toBe('7 of 114 claims');
  });
});
