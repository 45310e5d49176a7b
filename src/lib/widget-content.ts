/**
 * Calculators and interactives as content: the contract between a content file
 * (widget-schema.ts) and the arithmetic in src/lib (calculators.ts, thin-market.ts…), and the
 * checks the build runs over it, as it does over claims. No zod here: the browser imports this.
 */
import type { SourceReference } from './schemas';
import type { WidgetChoiceInput, WidgetContent, WidgetInput } from './widget-schema';

export type { WidgetChoiceInput, WidgetContent, WidgetInput, WidgetNumberInput } from './widget-schema';

export function isChoice(input: WidgetInput): input is WidgetChoiceInput {
  return 'kind' in input && input.kind === 'choice';
}

/** What the arithmetic of one widget expects its content file to provide. */
export interface WidgetNeeds {
  numbers: readonly string[];
  choices?: readonly string[];
  figures?: readonly string[];
}

/**
 * Cross-checks of widget files: every reference resolves to a paragraph that exists, article
 * defaults cite one and others do not, defaults sit inside their limits, and the file provides
 * exactly what the widget's arithmetic reads. Problems name the file and the field.
 */
export function checkWidgets(
  entries: readonly { id: string; filePath: string; data: WidgetContent }[],
  needs: Readonly<Record<string, WidgetNeeds>>,
  checkReference: (where: string, field: string, reference: SourceReference) => void,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id, filePath, data } of entries) {
    seen.add(id);
    const where = `${filePath}: widget "${id}"`;
    const need = needs[id];
    if (!need) {
      problems.push(`${filePath}: no calculator or interactive is named "${id}" (known: ${Object.keys(needs).join(', ')}); the file name must be one of these.`);
      continue;
    }
    const keys = new Set<string>();
    data.inputs.forEach((input, index) => {
      const field = `inputs[${index}]`;
      if (keys.has(input.key)) problems.push(`${where}, field ${field}.key: "${input.key}" is used twice.`);
      keys.add(input.key);
      if (isChoice(input)) {
        if (!(need.choices ?? []).includes(input.key)) problems.push(`${where}, field ${field}.key: the arithmetic has no choice "${input.key}" (it reads: ${(need.choices ?? []).join(', ') || 'none'}).`);
        if (!input.options.some((option) => option.value === input.default)) {
          problems.push(`${where}, field ${field}.default: "${input.default}" is not one of the options (${input.options.map((option) => option.value).join(', ')}).`);
        }
        input.options.forEach((option, optionIndex) => checkReference(where, `${field}.options[${optionIndex}].source`, option.source));
        return;
      }
      if (!need.numbers.includes(input.key)) problems.push(`${where}, field ${field}.key: the arithmetic has no input "${input.key}" (it reads: ${need.numbers.join(', ')}).`);
      if (input.basis === 'article' && !input.source) problems.push(`${where}, field ${field}.source: a default from an article must cite its paragraph, as { article: "002", paragraph: 100 }.`);
      if (input.basis !== 'article' && input.source) problems.push(`${where}, field ${field}.source: an ${input.basis} default cites no paragraph; set basis: article if the figure comes from one.`);
      if (input.source) checkReference(where, `${field}.source`, input.source);
      if (input.default > input.max || (input.min !== undefined && input.default < input.min)) {
        problems.push(`${where}, field ${field}.default: ${input.default} lies outside the input's own limits (${input.min ?? '−∞'} to ${input.max}).`);
      }
      if (input.integer && !Number.isInteger(input.default)) problems.push(`${where}, field ${field}.default: ${input.default} must be a whole number (integer: true).`);
    });
    for (const wanted of need.numbers) if (!keys.has(wanted)) problems.push(`${where}, field inputs: the arithmetic needs an input with key "${wanted}".`);
    for (const wanted of need.choices ?? []) if (!keys.has(wanted)) problems.push(`${where}, field inputs: the arithmetic needs a choice with key "${wanted}".`);
    for (const wanted of need.figures ?? []) if (!data.figures[wanted]) problems.push(`${where}, field figures: the arithmetic needs a figure "${wanted}".`);
    for (const [name, figure] of Object.entries(data.figures)) checkReference(where, `figures.${name}.source`, figure.source);
  }
  for (const name of Object.keys(needs)) if (!seen.has(name)) problems.push(`content/calculators: no file for "${name}"; add content/calculators/${name}.yaml.`);
  return problems;
}
