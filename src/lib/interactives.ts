/**
 * What the interactives share: their names (checked by the content graph, so a misspelt
 * `<Interactive name="…" />` stops the build), and the parsing of a number input. Their defaults
 * are content (content/calculators/<name>.yaml): each either a figure from an article, which
 * then cites its paragraph, or marked illustrative, so the reader can always tell the two apart.
 */
import { parseNumberInput, type ParsedNumber } from './input-validation';
import type { WidgetNumberInput } from './widget-content';

export const interactiveNames = ['expert-router', 'critique-loop', 'thin-market'] as const;
export type InteractiveName = (typeof interactiveNames)[number];

export function isInteractiveName(name: string): name is InteractiveName {
  return (interactiveNames as readonly string[]).includes(name);
}

/** A number input of an interactive, as its content file sets it (widget-schema.ts). */
export type InteractiveInput = Pick<WidgetNumberInput, 'key' | 'label' | 'unit' | 'default' | 'min' | 'max' | 'allowZero' | 'integer'> & Partial<WidgetNumberInput>;

/**
 * parseNumberInput, plus the whole-number rule that counts need. The upper limit is checked here
 * so the message can name it: these limits are what the drawing can show (64 expert cells, 200
 * bars), not numbers too large to compute.
 */
export function parseInteractiveInput(raw: string, input: InteractiveInput): ParsedNumber {
  const parsed = parseNumberInput(raw, { ...input, max: Number.MAX_VALUE });
  if (!parsed.ok) return parsed;
  if (parsed.value > input.max) return { ok: false, message: `${input.label} can be at most ${input.max.toLocaleString('en-US')} here.` };
  if (input.integer && !Number.isInteger(parsed.value)) return { ok: false, message: `${input.label} must be a whole number.` };
  return parsed;
}

export function interactiveDefaults(inputs: readonly InteractiveInput[]): Record<string, number> {
  return Object.fromEntries(inputs.map((input) => [input.key, input.default]));
}

/** A problem that involves more than one input (top-k above the number of experts). */
export interface CrossFieldProblem {
  key: string;
  message: string;
}

export interface InteractiveResult {
  key: string;
  label: string;
  text: string;
}
