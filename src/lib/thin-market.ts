/**
 * A one-round call auction in a thin market, for the thin-market interactive. Buyers each want
 * one lot of shares and will pay up to a price spread evenly between the last primary round and
 * a top premium; sellers will not take less than the last round. All orders meet at one price:
 * when lots are scarce, only the highest bids are filled and the lowest of those sets the price
 * for everyone, so a handful of trades can name a valuation far above the last round.
 *
 * Prices are quoted as the company valuation they imply (price per share × all shares), in
 * $ billion, so a bid of 1,000 means "a price that values the company at $1 trillion".
 * Only the last primary-round valuation and the two comparison figures come from an article;
 * the numbers of buyers, sellers and lots and the spread of bids are illustrative. All defaults
 * and figures live in content/calculators/thin-market.yaml; this file is the arithmetic.
 */
import { percentChange, product, ratio, sum } from './finance';
import { formatNumber, formatValue } from './format';
import type { InteractiveResult } from './interactives';
import type { WidgetContent } from './widget-content';
import type { SourceReference } from './schemas';

export interface CitedFigure {
  label: string;
  /** How the article puts it, in a few words. */
  articleSays: string;
  /** $ billion. */
  value: number;
  source: SourceReference;
}

export function marketFigures(content: WidgetContent): MarketFigures {
  const { headline, offer } = content.figures;
  if (!headline || !offer) throw new Error('the thin-market content needs the figures "headline" and "offer"');
  return { headline, offer };
}

/** The article's figures the model is measured against (content/calculators/thin-market.yaml). */
export interface MarketFigures {
  /** The headline secondary-market valuation, $ billion. */
  headline: CitedFigure;
  /** The highest offers reported, $ billion. */
  offer: CitedFigure;
}

function requireWhole(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of at least ${min}`);
}

/**
 * The buyers' maximum prices, highest first: the top one at primary × (1 + premium), then equal
 * steps down, the lowest one step above the primary price (all equal to it when the premium is 0).
 */
export function buyerBids(primary: number, buyers: number, premiumPercent: number): number[] {
  requireWhole('buyers', buyers, 1);
  if (!(primary > 0) || !Number.isFinite(primary)) throw new RangeError('the primary price must be positive');
  if (!(premiumPercent >= 0) || !Number.isFinite(premiumPercent)) throw new RangeError('the premium cannot be negative');
  const spread = product([primary, premiumPercent / 100]);
  return Array.from({ length: buyers }, (_, index) => sum([primary, (spread * (buyers - index)) / buyers]));
}

export interface Clearing {
  /** The one price every trade happens at, $ billion of implied valuation. */
  price: number;
  /** Lots that change hands. */
  trades: number;
  /** True when there are more lots than bids at the sellers' floor, so sellers set the price. */
  glut: boolean;
}

/**
 * Uniform-price call auction. With `supply` lots at a floor and bids sorted highest first: while
 * lots are scarcer than bids, the supply-th highest bid is the highest price at which buyers still
 * want every lot, so it clears; when lots outnumber the bids, sellers undercut each other down
 * to their floor and every bid is filled.
 */
export function clearCallAuction(bidsHighestFirst: readonly number[], supply: number, floor: number): Clearing {
  requireWhole('supply', supply, 1);
  const demand = bidsHighestFirst.filter((bid) => bid >= floor).length;
  if (demand === 0) throw new RangeError('no bid reaches the sellers’ price');
  if (supply <= demand) return { price: bidsHighestFirst[supply - 1]!, trades: supply, glut: false };
  return { price: floor, trades: demand, glut: true };
}

export interface ThinMarketInputs {
  primary: number;
  sellers: number;
  lots: number;
  buyers: number;
  premium: number;
}

export interface ThinMarketResult extends Clearing {
  supply: number;
  bids: number[];
  /** Clearing price ÷ primary price. */
  multipleOfPrimary: number;
  premiumPercent: number;
  /** Clearing price against the article's figures, percent above (+) or below (−). */
  vsHeadline: number;
  vsOffer: number;
}

export function thinMarket(inputs: ThinMarketInputs, figures: MarketFigures): ThinMarketResult {
  requireWhole('sellers', inputs.sellers, 1);
  requireWhole('lots', inputs.lots, 1);
  const supply = product([inputs.sellers, inputs.lots]);
  const bids = buyerBids(inputs.primary, inputs.buyers, inputs.premium);
  const clearing = clearCallAuction(bids, supply, inputs.primary);
  return {
    ...clearing,
    supply,
    bids,
    multipleOfPrimary: ratio(clearing.price, inputs.primary),
    premiumPercent: percentChange(inputs.primary, clearing.price),
    vsHeadline: percentChange(figures.headline.value, clearing.price),
    vsOffer: percentChange(figures.offer.value, clearing.price),
  };
}

/** Clearing prices for a range of lot counts, so the reader sees the price fall as supply grows. */
export function supplyLadder(inputs: ThinMarketInputs): { lots: number; price: number; current: boolean }[] {
  const current = product([inputs.sellers, inputs.lots]);
  const counts = new Set([1, 2, 5, 10, 20, 50, 100, 200].filter((count) => count <= inputs.buyers));
  counts.add(current);
  counts.add(inputs.buyers);
  counts.add(inputs.buyers + 1);
  const bids = buyerBids(inputs.primary, inputs.buyers, inputs.premium);
  return [...counts].sort((a, b) => a - b).map((lots) => ({ lots, price: clearCallAuction(bids, lots, inputs.primary).price, current: lots === current }));
}

export interface BidChart {
  width: number;
  height: number;
  bars: { x: number; y: number; width: number; height: number; filled: boolean }[];
  lines: { kind: 'primary' | 'clearing' | 'headline'; y: number }[];
  /** Labels for the value axis, at $0, the last round and the headline. */
  ticks: { y: number; text: string }[];
}

/** "$380B", "$1T": axis labels short enough for a phone. */
export function shortBillions(value: number): string {
  return value >= 1000 ? `$${formatNumber(value / 1000)}T` : `$${formatNumber(value)}B`;
}

/**
 * Geometry of the order-book chart (an SVG drawn from attributes, so no inline styles): one bar
 * per buyer from a zero baseline, highest first, the filled ones marked, and lines at the last
 * round, the clearing price and the headline.
 */
export function bidChart(result: ThinMarketResult, primary: number, headline: number): BidChart {
  const width = 600;
  const height = 200;
  const top = 6;
  const plot = height - top;
  const scaleMax = Math.max(result.bids[0] ?? primary, headline, result.price) * 1.05;
  const y = (value: number) => Math.round((height - (value / scaleMax) * plot) * 10) / 10;
  const slot = width / result.bids.length;
  const bars = result.bids.map((bid, index) => ({
    x: Math.round(index * slot * 10) / 10,
    y: y(bid),
    width: Math.max(Math.round(slot * 0.8 * 10) / 10, 0.5),
    height: Math.round((height - y(bid)) * 10) / 10,
    filled: index < result.trades,
  }));
  return {
    width,
    height,
    bars,
    ticks: [
      { y: y(0), text: '$0' },
      { y: y(primary), text: shortBillions(primary) },
      // The headline and the last round can sit close together; then only the last round is labelled.
      ...(Math.abs(y(headline) - y(primary)) >= 24 ? [{ y: y(headline), text: shortBillions(headline) }] : []),
    ],
    lines: [
      { kind: 'primary', y: y(primary) },
      { kind: 'headline', y: y(headline) },
      { kind: 'clearing', y: y(result.price) },
    ],
  };
}

export interface Comparison {
  key: string;
  figure: CitedFigure;
  articleSays: string;
  numbersGive: string;
}

export interface ThinMarketView {
  result: ThinMarketResult;
  results: InteractiveResult[];
  reading: string;
  comparisons: Comparison[];
  ladder: { lots: number; price: number; current: boolean; text: string }[];
  chart: BidChart;
  /** The chart's accessible name; the ladder table carries its numbers. */
  chartLabel: string;
}

const billions = (value: number) => formatValue(value, 'usd-billion');

function relative(percent: number): string {
  if (Math.abs(percent) < 0.005) return 'the same';
  return `${formatValue(Math.abs(percent), 'percent')} ${percent > 0 ? 'above' : 'below'}`;
}

export function thinMarketView(values: Record<string, number>, figures: MarketFigures): ThinMarketView {
  const inputs: ThinMarketInputs = { primary: values.primary!, sellers: values.sellers!, lots: values.lots!, buyers: values.buyers!, premium: values.premium! };
  const result = thinMarket(inputs, figures);
  const allFilled = clearCallAuction(result.bids, inputs.buyers, inputs.primary).price;
  const lots = (count: number) => `${formatNumber(count)} ${count === 1 ? 'lot' : 'lots'}`;
  const reading = result.glut
    ? `There are more lots (${formatNumber(result.supply)}) than buyers (${formatNumber(inputs.buyers)}): every buyer is filled, and sellers competing for them bring the price down to the last round’s ${billions(inputs.primary)}.`
    : (result.trades === 1 ? 'Only 1 lot changes hands, so the single highest bid sets the price' : `Only ${lots(result.trades)} change hands, and the lowest of the ${formatNumber(result.trades)} winning bids sets the price for all`) +
      `: ${billions(result.price)}, ${formatValue(result.multipleOfPrimary, 'multiple')} the last primary round.` +
      (result.trades < inputs.buyers ? ` With a lot for every buyer it would be ${billions(allFilled)}.` : '');
  return {
    result,
    results: [
      { key: 'supply', label: 'Lots for sale', text: formatNumber(result.supply) },
      { key: 'trades', label: 'Trades that set the price', text: `${formatNumber(result.trades)} of ${formatNumber(inputs.buyers)} buyers filled` },
      { key: 'price', label: 'Clearing price, as a company valuation', text: billions(result.price) },
      { key: 'multiple', label: 'Against the last primary round', text: `${formatValue(result.multipleOfPrimary, 'multiple')} (${relative(result.premiumPercent)})` },
    ],
    reading,
    comparisons: [
      { key: 'headline', figure: figures.headline, articleSays: figures.headline.articleSays, numbersGive: `${billions(result.price)}, ${relative(result.vsHeadline)}` },
      { key: 'offer', figure: figures.offer, articleSays: figures.offer.articleSays, numbersGive: `${billions(result.price)}, ${relative(result.vsOffer)}` },
    ],
    ladder: supplyLadder(inputs).map((row) => ({ ...row, text: billions(row.price) })),
    chart: bidChart(result, inputs.primary, figures.headline.value),
    chartLabel: `Bar chart: the maximum prices of ${formatNumber(inputs.buyers)} ${inputs.buyers === 1 ? 'buyer' : 'buyers'}, highest first, with the ${formatNumber(result.trades)} filled ${result.trades === 1 ? 'bid' : 'bids'} marked, and lines at the last primary round, the clearing price and the $1 trillion headline.`,
  };
}
