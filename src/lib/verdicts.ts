import type { Verdict } from './schemas';

/**
 * The colour family each verdict is drawn in: good, bad or a warning. Its name and its one-line
 * meaning are words, so they live in content/site.yaml (`verdicts`); the tone is design.
 */
export type VerdictTone = 'good' | 'bad' | 'warn';

export const verdictTones: Record<Verdict, VerdictTone> = {
  consistent: 'good',
  'does-not-add-up': 'bad',
  'self-contradictory': 'bad',
  contradicted: 'bad',
  unattributed: 'warn',
  unverifiable: 'warn',
  opinion: 'warn',
  'out-of-date': 'warn',
  'conflicts-with-public-record': 'bad',
  implausible: 'bad',
  'term-misused': 'warn',
};
