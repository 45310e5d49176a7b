/**
 * The fixed vocabularies of the content: units, kinds of figure, verdicts. Kept free of zod so
 * browser code (filters, calculators) can import them without pulling in the schema library.
 */
export const sourceIds = ['000', '002'] as const;

export const units = [
  'usd', 'usd-million', 'usd-billion', 'usd-trillion', 'percent', 'percentage-points', 'multiple', 'tokens',
  'tokens-per-month', 'usd-per-thousand-tokens', 'usd-per-million-tokens', 'watts', 'megawatts', 'flop', 'flop-per-second',
  'exaflop-per-second-days', 'seconds', 'days', 'months', 'years', 'count',
] as const;

/** What kind of figure a number is. Figures of different kinds are never joined into one line. */
export const figureKinds = [
  'run-rate', 'trailing-revenue', 'annual-revenue', 'forecast', 'primary-round', 'round-size',
  'secondary-trade', 'secondary-offer', 'ipo-target', 'valuation-unspecified', 'valuation-model',
  'margin', 'cash-flow', 'multiple', 'usage', 'unit-cost', 'compute', 'power', 'market-size', 'count',
  'estimate',
] as const;

export const verdicts = [
  'consistent', 'does-not-add-up', 'self-contradictory', 'contradicted', 'unattributed',
  'unverifiable', 'opinion',
  // Verdicts that say what is wrong when a figure is checked against the public record (issue 11).
  'out-of-date', 'conflicts-with-public-record', 'implausible', 'term-misused',
] as const;

/** The kinds of margin note a long-read can carry (`<Note kind="…">`). */
export const noteKinds = ['definition', 'context', 'check', 'compare'] as const;
export type NoteKind = (typeof noteKinds)[number];

export const claimCategories = [
  'valuation', 'revenue', 'funding', 'forecast', 'margins', 'usage', 'costs', 'technology',
  'infrastructure', 'energy', 'market', 'competition', 'timeline', 'attribution',
] as const;

export const operations = [
  'difference', 'ratio', 'percent-change', 'cagr', 'product', 'sum', 'share',
] as const;

export const glossaryCategories = ['ai', 'hardware', 'finance', 'markets', 'organisations'] as const;

export type Unit = (typeof units)[number];
export type FigureKind = (typeof figureKinds)[number];
export type Verdict = (typeof verdicts)[number];
