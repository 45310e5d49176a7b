import { describe, expect, it } from 'vitest';
import { fillWords, linkedWords, numberWord, sourcesPhrase } from '../../src/lib/site-words';
import { siteSettingsSchema } from '../../src/lib/schemas';

describe('site words derived from the content', () => {
  it('says how many sources in words', () => {
    expect([1, 2, 3, 12, 13].map(numberWord)).toEqual(['one', 'two', 'three', 'twelve', '13']);
    expect([1, 2, 3].map(sourcesPhrase)).toEqual(['the source', 'both sources', 'all three sources']);
  });
  it('fills the placeholders of content/site.yaml and leaves unknown ones as written', () => {
    const values = { sources: 3, claims: 120, terms: 75, subject: 'the subject' };
    expect(fillWords('{SourceCount} articles; the {sourceCount} sources; {claimCount} claims, {termCount} terms on {subject}. {other}', values)).toBe(
      'Three articles; the three sources; 120 claims, 75 terms on the subject. {other}',
    );
  });
  it('splits [words](page) links out of a text', () => {
    expect(linkedWords('See the [ledger](claims) and [sources](sources).')).toEqual([
      { text: 'See the ' },
      { text: 'ledger', path: '/claims/' },
      { text: ' and ' },
      { text: 'sources', path: '/sources/' },
      { text: '.' },
    ]);
  });
  it('refuses a link to a page the site does not have', () => {
    const settings = { name: 'Name', subject: 'Subject', description: 'A description of twenty letters.', footer: 'See the [ledger](claimz) for more words here.',
      home: { eyebrow: 'Eye', headline: 'Headline', description: 'A description of twenty letters.', intro: 'An intro of more than twenty letters.', shareTitle: 'Share', shareEyebrow: 'Eyebrow' },
      sources: { title: 'Sources', description: 'A description of twenty letters.', intro: 'An intro of more than twenty letters.' } };
    const result = siteSettingsSchema.safeParse(settings);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['footer']);
  });
});
