import type { FigureKind } from './schemas';

/** What each kind of figure is, in a reader's words: shown beside every number on charts and tables. */
export const kindLabels: Record<FigureKind, string> = {
  'run-rate': 'Run rate (annualised)',
  'trailing-revenue': 'Trailing twelve-month revenue',
  'annual-revenue': 'Annual revenue',
  forecast: 'Forecast',
  'primary-round': 'Primary funding round',
  'round-size': 'Amount raised in a round',
  'secondary-trade': 'Secondary-market valuation',
  'secondary-offer': 'Secondary-market offer',
  'ipo-target': 'IPO target',
  'valuation-unspecified': 'Valuation, kind not stated',
  'valuation-model': 'Author’s valuation model',
  margin: 'Margin',
  'cash-flow': 'Cash flow',
  multiple: 'Multiple',
  usage: 'Usage',
  'unit-cost': 'Unit cost',
  compute: 'Compute',
  power: 'Power',
  'market-size': 'Market size',
  count: 'Count',
  estimate: 'Estimate',
};
