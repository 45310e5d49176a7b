import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkReferences, referenceUses, uncheckableShare, type ReferenceSet } from '../../src/lib/reference-checks';
import { articleSchema, claimSchema, correctionSchema, referenceSchema } from '../../src/lib/schemas';

const reference = {
  publisher: 'Morning Brew',
  title: 'A launch story',
  date: '2021-06-02',
  url: 'https://www.morningbrew.com/example',
  establishes: 'Anthropic launched in 2021 with $124 million.',
  read: '2026-11-30',
};

function set(overrides: Partial<ReferenceSet> = {}): ReferenceSet {
  return {
    references: [{ id: 'brew-2021', filePath: 'content/references/brew-2021.yaml', data: referenceSchema.parse(reference) }],
    claims: [{ id: '002-seed-round', filePath: 'content/claims/002.yaml', data: claimSchema.parse({
      id: '002-seed-round', source: { article: '002', paragraph: 6 }, category: 'funding', statement: 'A seed round of $124 million.',
      verdict: 'term-misused', reasoning: 'It was a Series A.', references: ['brew-2021'] }) }],
    articles: [{ id: 'a', filePath: 'content/articles/a.mdx', data: articleSchema.parse({ title: 'An article', summary: 'A summary long enough to pass.', published: '2026-11-22' }),
      body: 'Line one.\n## Background\nFounded in 2021 <Ref id="brew-2021" />.<Note id="n-seed" kind="check" claim="002-seed-round" />\n' }],
    corrections: [{ id: '2026-11-30-seed', filePath: 'content/corrections/2026-11-30-seed.yaml', data: correctionSchema.parse({
      date: '2026-11-30', article: 'a', note: 'n-seed', claim: '002-seed-round', what: 'The verdict changed.', why: 'The public record says otherwise.', references: ['brew-2021'] }) }],
    glossary: [{ id: 'series-a' }],
    ...overrides,
  };
}

describe('checkReferences', () => {
  it('accepts references that exist and are complete', () => {
    expect(checkReferences(set())).toEqual([]);
  });

  it('names the file and field of an unknown reference on a claim', () => {
    const content = set();
    content.claims[0]!.data.references = ['no-such-document'];
    expect(checkReferences(content)).toEqual([
      'content/claims/002.yaml claim "002-seed-round", field references[0]: no reference "no-such-document" in content/references/. See content/README.md#references',
    ]);
  });

  it('names the file, line and column of an unknown <Ref> in a long-read', () => {
    const content = set();
    content.articles[0]!.body = 'Line one.\nA fact <Ref id="missing" />.';
    content.corrections = [];
    expect(checkReferences(content)).toEqual(['content/articles/a.mdx:2:13 <Ref> id="missing": no reference "missing" in content/references/. See content/README.md#references']);
  });

  it('rejects a reference without publisher, date or URL', () => {
    for (const field of ['publisher', 'date', 'url'] as const) {
      const content = set();
      const data = { ...content.references[0]!.data };
      delete data[field];
      content.references[0]!.data = data;
      expect(checkReferences(content)).toEqual([
        `content/references/brew-2021.yaml reference "brew-2021", field ${field}: missing; a reference needs a publisher, a date and a URL a reader can follow. See content/README.md#references`,
      ]);
    }
  });

  it('the schema refuses the same omissions with a message naming the field', () => {
    for (const field of ['publisher', 'date', 'url'] as const) {
      const { [field]: _omitted, ...rest } = reference;
      const result = referenceSchema.safeParse(rest);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual([field]);
      expect(result.error!.issues[0]!.message).toContain(`\`${field}\``);
    }
    expect(referenceSchema.safeParse({ ...reference, url: 'not a url' }).success).toBe(false);
  });

  it('checks what a correction points at', () => {
    const content = set();
    content.corrections[0]!.data.note = 'n-gone';
    content.corrections[0]!.data.claim = '002-gone';
    expect(checkReferences(content)).toEqual([
      'content/corrections/2026-11-30-seed.yaml correction "2026-11-30-seed", field note: no note id="n-gone" in content/articles/a.mdx. See content/README.md#corrections',
      'content/corrections/2026-11-30-seed.yaml correction "2026-11-30-seed", field claim: no claim "002-gone". See content/README.md#corrections',
    ]);
  });

  it('lists every use of a reference: claim, long-read section and correction', () => {
    const uses = referenceUses(set());
    expect(uses.get('brew-2021')).toEqual([
      { kind: 'claim', claim: '002-seed-round' },
      { kind: 'article', article: 'a', line: 3, section: 'background' },
      { kind: 'correction', correction: '2026-11-30-seed' },
    ]);
  });
});

describe('the claims ledger', () => {
  const claims = readdirSync('content/claims')
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => (parse(readFileSync(join('content/claims', file), 'utf8')) as unknown[]).map((raw) => claimSchema.parse(raw)));

  it('leaves at most a quarter of its claims "Cannot be checked"', () => {
    expect(claims.length).toBeGreaterThanOrEqual(100);
    expect(uncheckableShare(claims.map((data) => ({ data })))).toBeLessThanOrEqual(0.25);
  });

  it('says, for each claim still "Cannot be checked", what evidence would settle it', () => {
    const silent = claims.filter((claim) => claim.verdict === 'unverifiable' && !/would settle/i.test(claim.reasoning)).map((claim) => claim.id);
    expect(silent).toEqual([]);
  });

  it('cites a reference for every verdict that rests on the public record', () => {
    const publicRecord = ['out-of-date', 'conflicts-with-public-record'];
    const uncited = claims.filter((claim) => publicRecord.includes(claim.verdict) && claim.references.length === 0).map((claim) => claim.id);
    expect(uncited).toEqual([]);
  });

  it('measures the share correctly', () => {
    const verdicts = ['unverifiable', 'consistent', 'unverifiable', 'opinion'] as const;
    expect(uncheckableShare(verdicts.map((verdict) => ({ data: { verdict } })))).toBe(0.5);
    expect(uncheckableShare([])).toBe(0);
  });
});
