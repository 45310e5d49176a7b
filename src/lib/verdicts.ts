import type { Verdict } from './schemas';

/** How each verdict reads, and its tone: good, bad or a warning. */
export const verdictLabels: Record<Verdict, { label: string; tone: 'good' | 'bad' | 'warn'; explanation: string }> = {
  consistent: { label: 'Consistent', tone: 'good', explanation: 'The figure agrees with its own inputs or with the other source.' },
  'does-not-add-up': { label: 'Does not add up', tone: 'bad', explanation: 'Recomputing the figure from the article’s own inputs gives a different number.' },
  'self-contradictory': { label: 'Contradicts itself', tone: 'bad', explanation: 'The article states something elsewhere that cannot also be true.' },
  contradicted: { label: 'Contradicted by the other article', tone: 'bad', explanation: 'The two sources cannot both be right.' },
  unattributed: { label: 'Unattributed', tone: 'warn', explanation: 'No named, checkable source stands behind it.' },
  unverifiable: { label: 'Cannot be checked', tone: 'warn', explanation: 'Neither source, nor any public document we read, settles it.' },
  opinion: { label: 'Opinion or estimate', tone: 'warn', explanation: 'The author’s view or own estimate, not a reported fact.' },
  'out-of-date': { label: 'Out of date', tone: 'warn', explanation: 'True once, but stale by the article’s own date; the public record had moved on.' },
  'conflicts-with-public-record': { label: 'Conflicts with public record', tone: 'bad', explanation: 'A cited public document says otherwise.' },
  implausible: { label: 'Implausible', tone: 'bad', explanation: 'Against physical or economic limits; the numbers are shown.' },
  'term-misused': { label: 'Term misused', tone: 'warn', explanation: 'A technical or financial term is used for something it does not mean.' },
};

export const noteKindLabels = {
  definition: 'Definition',
  context: 'Context',
  check: 'Check',
  compare: 'Compare',
} as const;
