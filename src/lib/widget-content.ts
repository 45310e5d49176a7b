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
/** Reports one problem of one widget file at its field: (field, message); field '' is the whole file. */
export type WidgetReport = (field: string, message: string) => void;

export function checkWidgets<Entry extends { id: string; data: WidgetContent }>(
  entries: readonly Entry[],
  needs: Readonly<Record<string, WidgetNeeds>>,
  reporterFor: (entry: Entry) => WidgetReport,
  checkReference: (report: WidgetReport, field: string, reference: SourceReference) => void,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const { id, data } = entry;
    seen.add(id);
    const report = reporterFor(entry);
    const need = needs[id];
    if (!need) {
      report('', `no calculator or interactive is named "${id}" (known: ${Object.keys(needs).join(', ')}); the file name must be one of these.`);
      continue;
    }
    const keys = new Set<string>();
    data.inputs.forEach((input, index) => {
      const field = `inputs[${index}]`;
      if (keys.has(input.key)) report(`${field}.key`, `"${input.key}" is used twice.`);
      keys.add(input.key);
      if (isChoice(input)) {
        if (!(need.choices ?? []).includes(input.key)) report(`${field}.key`, `the arithmetic has no choice "${input.key}" (it reads: ${(need.choices ?? []).join(', ') || 'none'}).`);
        if (!input.options.some((option) => option.value === input.default)) {
          report(`${field}.default`, `"${input.default}" is not one of the options (${input.options.map((option) => option.value).join(', ')}).`);
        }
        input.options.forEach((option, optionIndex) => checkReference(report, `${field}.options[${optionIndex}].source`, option.source));
        return;
      }
      if (!need.numbers.includes(input.key)) report(`${field}.key`, `the arithmetic has no input "${input.key}" (it reads: ${need.numbers.join(', ')}).`);
      if (input.basis === 'article' && !input.source) report(`${field}.source`, `a default from an article must cite its paragraph, as { article: "002", paragraph: 100 }.`);
      if (input.basis !== 'article' && input.source) report(`${field}.source`, `an ${input.basis} default cites no paragraph; set basis: article if the figure comes from one.`);
      if (input.source) checkReference(report, `${field}.source`, input.source);
      if (input.default > input.max || (input.min !== undefined && input.default < input.min)) {
        report(`${field}.default`, `${input.default} lies outside the input's own limits (${input.min ?? '−∞'} to ${input.max}).`);
      }
      if (input.integer && !Number.isInteger(input.default)) report(`${field}.default`, `${input.default} must be a whole number (integer: true).`);
    });
    for (const wanted of need.numbers) if (!keys.has(wanted)) report(`inputs`, `the arithmetic needs an input with key "${wanted}".`);
    for (const wanted of need.choices ?? []) if (!keys.has(wanted)) report(`inputs`, `the arithmetic needs a choice with key "${wanted}".`);
    for (const wanted of need.figures ?? []) if (!data.figures[wanted]) report(`figures`, `the arithmetic needs a figure "${wanted}".`);
    for (const [name, figure] of Object.entries(data.figures)) checkReference(report, `figures.${name}.source`, figure.source);
  }
  for (const name of Object.keys(needs)) if (!seen.has(name)) problems.push(`content/calculators no file for "${name}"; add content/calculators/${name}.yaml. See content/README.md#calculators`);
  return problems;
}
