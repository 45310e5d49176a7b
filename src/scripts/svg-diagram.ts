/** Redraws a diagram rendered by SvgDiagram.astro from new data (same nodes, same classes). */
import type { Diagram } from '../lib/svg-diagram';

const svgNamespace = 'http://www.w3.org/2000/svg';

export function drawDiagram(svg: Element | null, diagram: Diagram): void {
  if (!svg) return;
  svg.setAttribute('viewBox', `0 0 ${diagram.width} ${diagram.height}`);
  svg.setAttribute('aria-label', diagram.label);
  svg.querySelector('[data-diagram-nodes]')?.replaceChildren(
    ...diagram.nodes.map((node) => {
      const element = document.createElementNS(svgNamespace, node.tag);
      for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, String(value));
      if (node.text) element.textContent = node.text;
      return element;
    }),
  );
}
