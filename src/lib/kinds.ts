import type { FigureKind } from './schemas';

/**
 * One colour for each kind of figure, the same in every chart, the ledger and the notes. Built from
 * the Okabe–Ito palette (safe for the common colour-vision deficiencies), darkened for light paper
 * and lightened for dark paper so each keeps at least 3:1 against the page. Kinds that meet in one
 * chart (run rate, trailing revenue, forecast; the five kinds of valuation) sit far apart in hue.
 * src/styles/kinds.css defines the same values as `--kind-<kind>`; a unit test keeps the two equal.
 */
export const kindColours: Record<FigureKind, { light: string; dark: string }> = {
  'run-rate': { light: '#c2500c', dark: '#f59a5c' },
  'trailing-revenue': { light: '#0068a8', dark: '#6cb8ec' },
  'annual-revenue': { light: '#1f4e79', dark: '#9cc3f5' },
  forecast: { light: '#7b4fa6', dark: '#c9a8ef' },
  'primary-round': { light: '#3f6e1e', dark: '#a6d37e' },
  'round-size': { light: '#5b6b2e', dark: '#c8d48a' },
  'secondary-trade': { light: '#00795c', dark: '#4fd1a8' },
  'secondary-offer': { light: '#2a7fb8', dark: '#86c9f2' },
  'ipo-target': { light: '#b0457a', dark: '#f09ac4' },
  'valuation-unspecified': { light: '#6b665d', dark: '#b7b0a2' },
  'valuation-model': { light: '#9a6200', dark: '#f2c15c' },
  margin: { light: '#7b4fa6', dark: '#c9a8ef' },
  'cash-flow': { light: '#00795c', dark: '#4fd1a8' },
  multiple: { light: '#4a5a6e', dark: '#a9b8cc' },
  usage: { light: '#2f7d5b', dark: '#8fd1bc' },
  'unit-cost': { light: '#8a3b12', dark: '#f0a574' },
  compute: { light: '#1d4f91', dark: '#9cc3f5' },
  power: { light: '#9b6a00', dark: '#f2c66d' },
  'market-size': { light: '#5a4a8a', dark: '#c2b3f0' },
  count: { light: '#57524a', dark: '#b7b0a2' },
  estimate: { light: '#6b665d', dark: '#b7b0a2' },
};
