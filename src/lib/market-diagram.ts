/**
 * The secondary-markets diagram: a primary round beside a secondary trade, showing who pays whom
 * and what the price covers. The thin-market interactive feeds it the last round and the
 * clearing price of its model, so the two panels show the reader's own numbers.
 */
import { formatNumber, formatValue } from './format';
import { arrow, box, label, type Diagram, type SvgNode } from './svg-diagram';

export interface MarketDiagramInput {
  /** Last primary-round valuation, $ billion. */
  primary: number;
  /** The price the model's trades clear at, as a valuation, $ billion. */
  price: number;
  /** Lots that changed hands in the model. */
  trades: number;
}

const width = 360;

function panel(top: number, title: string, left: string, right: string, cash: string, shares: string, notes: [string, string?][]): SvgNode[] {
  return [
    label(10, top + 14, title, 'diagram-text is-strong', 'start'),
    box(10, top + 26, 110, 40, 'diagram-box is-party'),
    label(65, top + 51, left),
    box(240, top + 26, 110, 40, 'diagram-box is-party'),
    label(295, top + 51, right),
    ...arrow(122, top + 36, 238, top + 36, 'diagram-arrow is-cash'),
    label(180, top + 31, cash, 'diagram-text is-small'),
    ...arrow(238, top + 58, 122, top + 58, 'diagram-arrow is-shares'),
    label(180, top + 75, shares, 'diagram-text is-small'),
    ...notes.map(([note, slot], index) => {
      const node = label(10, top + 98 + index * 16, note, 'diagram-text is-small', 'start');
      if (slot) node.attrs['data-slot'] = slot;
      return node;
    }),
  ];
}

/**
 * The words of the diagram that follow the model's numbers, keyed by the slot they fill. The
 * interactive rewrites only these (its script stays small); the build draws them with the rest.
 */
export function marketDiagramWords(input: MarketDiagramInput): Record<'primary' | 'price' | 'lots' | 'label', string> {
  const billions = (value: number) => formatValue(value, 'usd-billion');
  const lots = `${formatNumber(input.trades)} ${input.trades === 1 ? 'lot' : 'lots'}`;
  return {
    primary: `Price × all shares: the last round, ${billions(input.primary)}.`,
    price: `Price × all shares: ${billions(input.price)}, though`,
    lots: `only ${lots} changed hands in this model.`,
    label: `Diagram: in a primary round an investor pays the company for new shares, at the last round's ${billions(input.primary)} valuation; in a secondary trade a buyer pays an existing holder, the company receives nothing, and a price of ${billions(input.price)} is set by ${lots}.`,
  };
}

export function marketDiagram(input: MarketDiagramInput): Diagram {
  const words = marketDiagramWords(input);
  const nodes: SvgNode[] = [
    ...panel(0, 'Primary round: the company sells new shares', 'Investor', 'Company', 'cash', 'new shares', [
      ['The money goes to the company to spend.'],
      [words.primary, 'primary'],
    ]),
    { tag: 'line', attrs: { x1: 10, y1: 146, x2: 350, y2: 146, class: 'diagram-rule' } },
    ...panel(156, 'Secondary trade: a holder sells to a buyer', 'Buyer', 'Holder', 'cash', 'existing shares', [
      ['The company gets nothing; no new shares exist.'],
      [words.price, 'price'],
      [words.lots, 'lots'],
    ]),
  ];
  return {
    width,
    height: 156 + 98 + 2 * 16 + 8,
    label: words.label,
    nodes,
  };
}
