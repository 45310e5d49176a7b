/**
 * What each calculator's and interactive's arithmetic reads from its content file, so the build
 * can check content/calculators/<name>.yaml against the code before any page renders.
 */
import { calculators } from './calculators';
import type { InteractiveName } from './interactives';
import type { WidgetNeeds } from './widget-content';

const interactiveNeeds: Record<InteractiveName, WidgetNeeds> = {
  'expert-router': { numbers: ['experts', 'topK', 'expertParams', 'sharedParams'] },
  'thin-market': { numbers: ['primary', 'sellers', 'lots', 'buyers', 'premium'], figures: ['headline', 'offer'] },
  'critique-loop': { numbers: [] },
};

export const widgetNeeds: Record<string, WidgetNeeds> = {
  ...Object.fromEntries(Object.values(calculators).map((spec) => [spec.name, spec.needs])),
  ...interactiveNeeds,
};
