import { describe, expect, it } from 'vitest';
import { claimMentions, reasoningParts } from '../../src/lib/claim-mentions';

const paragraphs: Record<string, string> = { '002-ttm-revenue': '002 ¶88' };

describe('claim mentions in reasoning', () => {
  it('finds ids in brackets, and nothing else in brackets', () => {
    expect(claimMentions('It clashes with the revenue he quotes (002-ttm-revenue), not (about 40%) or (¶88).')).toEqual(['002-ttm-revenue']);
  });

  it('turns each known mention into a link named by its paragraph, keeping the text round it', () => {
    expect(reasoningParts('Not its levels (002-ttm-revenue). Next.', (id) => paragraphs[id])).toEqual([
      { text: 'Not its levels (' },
      { claimId: '002-ttm-revenue', label: 'see the check of 002 ¶88' },
      { text: '). Next.' },
    ]);
  });

  it('leaves text without mentions, or with unknown ones, as it is', () => {
    expect(reasoningParts('Plain (about 40%).', (id) => paragraphs[id])).toEqual([{ text: 'Plain (about 40%).' }]);
    expect(reasoningParts('Odd (002-nope).', (id) => paragraphs[id])).toEqual([{ text: 'Odd (002-nope).' }]);
  });
});
