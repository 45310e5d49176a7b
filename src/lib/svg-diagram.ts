/**
 * A diagram as data: a list of SVG primitives with their attributes, computed by a pure function
 * at build time (so the page shows it without JavaScript and in print) and again in the browser
 * when an interactive changes it. Attributes only, never inline styles: the stylesheet colours
 * the shapes by class, in both themes, and animates them only where the reader allows motion.
 */
export interface SvgNode {
  tag: 'rect' | 'line' | 'text' | 'path' | 'circle';
  attrs: Record<string, string | number>;
  text?: string;
}

export interface Diagram {
  width: number;
  height: number;
  /** The accessible name: what the drawing shows, in one sentence. */
  label: string;
  nodes: SvgNode[];
}

export const round = (value: number) => Math.round(value * 10) / 10;

export function box(x: number, y: number, width: number, height: number, className: string): SvgNode {
  return { tag: 'rect', attrs: { x: round(x), y: round(y), width: round(width), height: round(height), rx: 4, class: className } };
}

export function label(x: number, y: number, text: string, className = 'diagram-text', anchor: 'start' | 'middle' | 'end' = 'middle'): SvgNode {
  return { tag: 'text', attrs: { x: round(x), y: round(y), 'text-anchor': anchor, class: className }, text };
}

/** A line with a small triangular head at its end (a path, not a marker, so ids never clash). */
export function arrow(x1: number, y1: number, x2: number, y2: number, className = 'diagram-arrow'): SvgNode[] {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const size = 6;
  const point = (along: number, across: number) =>
    `${round(x2 - along * Math.cos(angle) + across * Math.sin(angle))} ${round(y2 - along * Math.sin(angle) - across * Math.cos(angle))}`;
  return [
    { tag: 'line', attrs: { x1: round(x1), y1: round(y1), x2: round(x2 - size * 0.8 * Math.cos(angle)), y2: round(y2 - size * 0.8 * Math.sin(angle)), class: className } },
    { tag: 'path', attrs: { d: `M ${round(x2)} ${round(y2)} L ${point(size, size / 2)} L ${point(size, -size / 2)} Z`, class: `${className} is-head` } },
  ];
}
