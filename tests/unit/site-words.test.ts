import { describe, expect, it } from 'vitest';
import { fillWords, linkedWords, numberWord, sourcesPhrase } from '../../src/lib/site-words';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { siteSettingsSchema } from '../../src/lib/schemas';

const siteYaml = () => parse(readFileSync('content/site.yaml', 'utf8'));

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
    const settings = { ...siteYaml(), footer: 'See the [ledger](claimz) for more words here.' };
    const result = siteSettingsSchema.safeParse(settings);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['footer']);
  });
  it('names every verdict and every kind of note, and refuses a file that leaves one out', () => {
    expect(siteSettingsSchema.safeParse(siteYaml()).success).toBe(true);
    const settings = siteYaml();
    delete settings.verdicts.implausible;
    const result = siteSettingsSchema.safeParse(settings);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['verdicts', 'implausible']);
  });
});
