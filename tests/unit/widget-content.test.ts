import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-graph';
import { critiqueDiagram, diagramStep } from '../../src/lib/critique-diagram';
import { critiqueLoop } from '../../src/lib/critique-loop';
import { marketDiagram } from '../../src/lib/market-diagram';
import { moeDiagram } from '../../src/lib/moe-diagram';
import { sourceSchema } from '../../src/lib/schemas';
import type { WidgetContent } from '../../src/lib/widget-content';
import { widgetNeeds } from '../../src/lib/widget-registry';
import { widgetSchema } from '../../src/lib/widget-schema';
import { widgetEntries } from '../support/widget-content';

const sources = [
  { id: '000', filePath: 'content/sources/000.yaml', data: sourceSchema.parse({ title: 'Source 000', date: { value: 'spring 2026', inferred: true }, kind: 'news', paragraphCount: 18, reliability: ['none'] }) },
  { id: '002', filePath: 'content/sources/002.yaml', data: sourceSchema.parse({ title: 'Source 002', date: { value: '2026-06-01', inferred: false }, kind: 'essay', paragraphCount: 114, reliability: ['none'] }) },
];

function check(calculators: { id: string; filePath: string; data: WidgetContent }[]): string[] {
  return checkContent({ sources, claims: [], datasets: [], glossary: [], articles: [], calculators });
}

/** The real growth file with one change made to a copy of it. */
function growthWith(change: (data: WidgetContent) => void) {
  const entry = structuredClone(widgetEntries().find((candidate) => candidate.id === 'growth')!);
  change(entry.data);
  return [entry, ...widgetEntries().filter((candidate) => candidate.id !== 'growth')];
}

describe('calculator and interactive defaults as content', () => {
  it('the content files pass every check, one for each calculator and interactive', () => {
    const entries = widgetEntries();
    expect(entries.map((entry) => entry.id).sort()).toEqual(Object.keys(widgetNeeds).sort());
    expect(check(entries)).toEqual([]);
  });
  it('every article default cites a paragraph; every other default says it is an illustration or an assumption', () => {
    for (const { data } of widgetEntries()) {
      for (const input of data.inputs) {
        if ('kind' in input) continue;
        expect(input.basis === 'article' ? input.source : 'no source').toBeTruthy();
        if (input.basis !== 'article') expect(input.source).toBeUndefined();
      }
    }
  });
  it('the discount rate is the reader’s assumption, not a figure from a source', () => {
    const rate = widgetEntries().find((entry) => entry.id === 'valuation-multiple')!.data.inputs.find((input) => input.key === 'rate')!;
    expect(rate).toMatchObject({ basis: 'assumption' });
    expect('source' in rate && rate.source).toBeFalsy();
  });
  it('names the file and field of a paragraph that does not exist or an unknown source', () => {
    expect(check(growthWith((data) => { (data.inputs[0] as { source: { paragraph: number } }).source.paragraph = 19; }))).toEqual([
      'content/calculators/growth.yaml widget "growth", field inputs[0].source.paragraph: ¶19 does not exist; source 000 has 18 paragraphs. See content/README.md#citing-a-source-paragraph',
    ]);
    expect(check(growthWith((data) => { data.figures.increase!.source = { article: '009', paragraph: 6 }; }))).toEqual([
      'content/calculators/growth.yaml widget "growth", field figures.increase.source.article: no source "009" (known: 000, 002). See content/README.md#sources',
    ]);
  });
  it('refuses an article default without a paragraph, and an illustration that cites one', () => {
    expect(check(growthWith((data) => { delete (data.inputs[1] as { source?: unknown }).source; }))).toEqual([
      'content/calculators/growth.yaml widget "growth", field inputs[1].source: a default from an article must cite its paragraph, as { article: "002", paragraph: 100 }. See content/README.md#calculators',
    ]);
    expect(check(growthWith((data) => { (data.inputs[2] as { basis: string }).basis = 'illustrative'; }))).toEqual([
      'content/calculators/growth.yaml widget "growth", field inputs[2].source: an illustrative default cites no paragraph; set basis: article if the figure comes from one. See content/README.md#calculators',
    ]);
  });
  it('catches a default outside its limits, a misspelt key and a missing input or figure', () => {
    expect(check(growthWith((data) => { (data.inputs[2] as { default: number }).default = 700; }))).toEqual([
      'content/calculators/growth.yaml widget "growth", field inputs[2].default: 700 lies outside the input\'s own limits (0.1 to 600). See content/README.md#calculators',
    ]);
    expect(check(growthWith((data) => { data.inputs[0]!.key = 'begin'; }))).toEqual([
      'content/calculators/growth.yaml widget "growth", field inputs[0].key: the arithmetic has no input "begin" (it reads: start, end, months). See content/README.md#calculators',
      'content/calculators/growth.yaml widget "growth", field inputs: the arithmetic needs an input with key "start". See content/README.md#calculators',
    ]);
    expect(check(growthWith((data) => { delete data.figures.increase; }))).toEqual([
      'content/calculators/growth.yaml widget "growth", field figures: the arithmetic needs a figure "increase". See content/README.md#calculators',
    ]);
  });
  it('catches a file for no widget, a widget without a file, and a choice default that is not an option', () => {
    const entries = widgetEntries();
    expect(check([...entries, { id: 'groth', filePath: 'content/calculators/groth.yaml', data: entries[0]!.data }])).toEqual([
      `content/calculators/groth.yaml widget "groth": no calculator or interactive is named "groth" (known: ${Object.keys(widgetNeeds).join(', ')}); the file name must be one of these. See content/README.md#calculators`,
    ]);
    expect(check(entries.filter((entry) => entry.id !== 'thin-market'))).toEqual(['content/calculators no file for "thin-market"; add content/calculators/thin-market.yaml. See content/README.md#calculators']);
    const valuation = structuredClone(entries.find((entry) => entry.id === 'valuation-multiple')!);
    (valuation.data.inputs[0] as { default: string }).default = 'ebitda';
    expect(check([valuation, ...entries.filter((entry) => entry.id !== 'valuation-multiple')])).toEqual([
      'content/calculators/valuation-multiple.yaml widget "valuation-multiple", field inputs[0].default: "ebitda" is not one of the options (ebitda-2030, revenue-2030, revenue-2027, revenue-2026, ttm, run-rate). See content/README.md#calculators',
    ]);
  });
  it('the schema refuses an unknown basis and a stray field', () => {
    const data = structuredClone(widgetEntries()[0]!.data) as unknown as { inputs: Record<string, unknown>[] };
    data.inputs[0]!.basis = 'guess';
    expect(widgetSchema.safeParse(data).success).toBe(false);
    const stray = structuredClone(widgetEntries()[0]!.data) as unknown as Record<string, unknown>;
    stray.hint = 'Unit: $ billion';
    expect(widgetSchema.safeParse(stray).success).toBe(false);
  });
});

describe('explainer diagrams, drawn from data', () => {
  it('mixture of experts: lights exactly the top-k experts of the token and sizes the active bar', () => {
    const diagram = moeDiagram({ experts: 8, topK: 2, expertParams: 5, sharedParams: 10 }, 0);
    const cells = diagram.nodes.filter((node) => String(node.attrs.class).includes('is-expert'));
    expect(cells).toHaveLength(8);
    expect(cells.filter((node) => String(node.attrs.class).includes('is-lit'))).toHaveLength(2);
    const total = diagram.nodes.find((node) => node.attrs.class === 'diagram-bar is-total')!;
    const active = diagram.nodes.find((node) => node.attrs.class === 'diagram-bar is-active')!;
    expect(Number(active.attrs.width) / Number(total.attrs.width)).toBeCloseTo(20 / 50, 2);
    expect(diagram.label).toMatch(/uses 20 billion of the 50 billion parameters stored/);
    const big = moeDiagram({ experts: 64, topK: 8, expertParams: 5, sharedParams: 10 }, 3);
    expect(big.nodes.filter((node) => String(node.attrs.class).includes('is-lit') && node.tag === 'rect')).toHaveLength(8);
    for (const node of big.nodes) if (node.tag === 'rect') expect(Number(node.attrs.x) + Number(node.attrs.width)).toBeLessThanOrEqual(big.width);
  });
  it('constitutional AI: highlights the step the reader is on and names its principle', () => {
    const loop = critiqueLoop(['honesty', 'concise']);
    expect(diagramStep(loop, 0)).toEqual({ stage: 'draft' });
    expect(diagramStep(loop, 3)).toEqual({ stage: 'critique', principle: 'Be concise', round: { index: 2, of: 2 } });
    const diagram = critiqueDiagram(diagramStep(loop, 3));
    const current = diagram.nodes.filter((node) => String(node.attrs.class).includes('is-current') && node.tag === 'rect');
    expect(current).toHaveLength(1);
    expect(diagram.nodes.some((node) => node.text === 'against “Be concise”')).toBe(true);
    expect(critiqueDiagram(diagramStep(critiqueLoop([]), 0)).label).toMatch(/no principle is selected/);
  });
  it('secondary markets: the primary panel pays the company, the secondary panel does not', () => {
    const diagram = marketDiagram({ primary: 380, price: 1009.28, trades: 3 });
    const texts = diagram.nodes.flatMap((node) => (node.text ? [node.text] : []));
    expect(texts).toContain('The money goes to the company to spend.');
    expect(texts).toContain('The company gets nothing; no new shares exist.');
    expect(texts).toContain('Price × all shares: $1.01 trillion, though');
    expect(texts).toContain('only 3 lots changed hands in this model.');
  });
});
