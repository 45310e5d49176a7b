/**
 * The mixture-of-experts diagram: one token, the router, every expert of the layer (the ones
 * the token is sent to lit), and two bars comparing the parameters stored with those the token
 * uses. Drawn from the same arithmetic as the interactive's results.
 */
import { formatLargeCount, formatValue } from './format';
import { moeParameters, routeToken, sampleTokens, type MoeModel } from './mixture-of-experts';
import { arrow, box, label, type Diagram, type SvgNode } from './svg-diagram';

const width = 360;
const margin = 10;

export function moeDiagram(model: MoeModel, tokenIndex: number): Diagram {
  const token = (sampleTokens[tokenIndex] ?? sampleTokens[0]).trim();
  const chosen = routeToken(sampleTokens[tokenIndex] ?? sampleTokens[0], model.experts, model.topK);
  const parameters = moeParameters(model);
  const nodes: SvgNode[] = [];
  const centre = width / 2;

  nodes.push(box(centre - 70, 4, 140, 28, 'diagram-box is-token'));
  nodes.push(label(centre, 23, `Token: “${token}”`, 'diagram-text is-strong'));
  nodes.push(...arrow(centre, 32, centre, 51));
  nodes.push(box(margin, 52, width - 2 * margin, 30, 'diagram-box is-router'));
  nodes.push(label(centre, 72, `Router scores ${model.experts} experts, keeps the top ${model.topK}`));

  const columns = Math.min(model.experts, 8);
  const rows = Math.ceil(model.experts / columns);
  const gap = 4;
  const cellWidth = (width - 2 * margin - gap * (columns - 1)) / columns;
  const cellHeight = 22;
  const gridTop = 122;
  const cells: SvgNode[] = [];
  const links: SvgNode[] = [];
  for (let index = 0; index < model.experts; index++) {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const x = margin + column * (cellWidth + gap);
    const y = gridTop + row * (cellHeight + gap);
    const lit = chosen.includes(index + 1);
    cells.push(box(x, y, cellWidth, cellHeight, lit ? 'diagram-box is-expert is-lit' : 'diagram-box is-expert'));
    cells.push(label(x + cellWidth / 2, y + 15, `E${index + 1}`, lit ? 'diagram-text is-small is-lit' : 'diagram-text is-small is-muted'));
    if (lit) links.push(...arrow(centre, 82, x + cellWidth / 2, y - 1, 'diagram-arrow is-route'));
  }
  nodes.push(...links, ...cells);

  const barsTop = gridTop + rows * (cellHeight + gap) + 18;
  const barWidth = width - 2 * margin;
  const activeWidth = Math.max(barWidth * (parameters.active / parameters.total), 2);
  nodes.push(label(margin, barsTop, `Stored: ${formatLargeCount(parameters.total * 1e9)} parameters`, 'diagram-text is-small', 'start'));
  nodes.push(box(margin, barsTop + 5, barWidth, 12, 'diagram-bar is-total'));
  nodes.push(label(margin, barsTop + 36, `Used by this token: ${formatLargeCount(parameters.active * 1e9)} (${formatValue(parameters.activeShare, 'percent')})`, 'diagram-text is-small', 'start'));
  nodes.push(box(margin, barsTop + 41, activeWidth, 12, 'diagram-bar is-active'));

  return {
    width,
    height: barsTop + 58,
    label: `Diagram: the token “${token}” goes to the router, which sends it to experts ${chosen.map((expert) => `E${expert}`).join(' and ')} of ${model.experts}; the token uses ${formatLargeCount(parameters.active * 1e9)} of the ${formatLargeCount(parameters.total * 1e9)} parameters stored.`,
    nodes,
  };
}
