import { describe, expect, it } from 'vitest';
import { checkContent, unlinkedTerms, type ContentSet } from '../../src/lib/content-graph';
import { claimSchema, datasetSchema, glossarySchema, articleSchema, sourceSchema } from '../../src/lib/schemas';

function content(overrides: Partial<ContentSet> = {}): ContentSet {
  return {
    sources: [{ id: '000', filePath: 'content/sources/000.yaml', data: sourceSchema.parse({ title: 'Test source', date: { value: 'spring 2026', inferred: true }, kind: 'news', paragraphCount: 18, reliability: ['none'] }) }],
    claims: [{
      id: '000-run-rate-increase',
      filePath: 'content/claims/000.yaml',
      data: claimSchema.parse({
        id: '000-run-rate-increase', source: { article: '000', paragraph: 6 }, category: 'revenue',
        statement: 'The run rate rose by $30 billion.', verdict: 'consistent', reasoning: 'The two figures give it.',
        calculation: { operation: 'difference', resultUnit: 'usd-billion',
          inputs: [{ label: 'a', value: 39, unit: 'usd-billion', source: { article: '000', paragraph: 3 } }, { label: 'b', value: 9, unit: 'usd-billion', source: { article: '000', paragraph: 3 } }],
          stated: { value: 30, unit: 'usd-billion', source: { article: '000', paragraph: 6 } } },
      }),
    }],
    datasets: [{ id: '000-run-rate', filePath: 'content/datasets/000-run-rate.yaml', data: datasetSchema.parse({
      title: 'The run rate quadrupled', subtitle: 'US$ billions', article: '000', chart: 'bar', unit: 'usd-billion', categories: ['Late 2025', 'March 2026'],
      series: [{ label: 'Run rate', kind: 'run-rate', points: [{ category: 'Late 2025', value: 9, asOf: 'late 2025', source: { article: '000', paragraph: 3 } }] }],
    }) }],
    glossary: [
      { id: 'run-rate', filePath: 'content/glossary/run-rate.md', data: glossarySchema.parse({ term: 'Run rate', category: 'finance', short: 'Recent revenue scaled to a year.', related: ['valuation'] }) },
      { id: 'valuation', filePath: 'content/glossary/valuation.md', data: glossarySchema.parse({ term: 'Valuation', category: 'finance', short: 'What a company is said to be worth.' }) },
    ],
    articles: [{ id: 'a', filePath: 'content/articles/a.mdx', data: articleSchema.parse({ title: 'An article', summary: 'A summary long enough to pass.', source: '000', published: '2026-11-22' }),
      body: 'Text with a <Term id="run-rate">run rate</Term>.<Note id="n-one" kind="check" claim="000-run-rate-increase" />\n\n<Chart dataset="000-run-rate" />\n' }],
    ...overrides,
  };
}

describe('checkContent', () => {
  it('accepts a consistent content set', () => {
    expect(checkContent(content())).toEqual([]);
  });

  it('names the file, line and bad id of an unknown term', () => {
    const set = content();
    set.articles[0]!.body = 'Line one.\nA <Term id="no-such-term">thing</Term>.';
    expect(checkContent(set)).toEqual(['content/articles/a.mdx:2:9 <Term> id="no-such-term": no glossary term "no-such-term". See content/README.md#components']);
  });

  it('rejects a paragraph beyond the end of its source', () => {
    const set = content();
    set.claims[0]!.data.source.paragraph = 25;
    expect(checkContent(set)).toContain('content/claims/000.yaml claim "000-run-rate-increase", field source.paragraph: ¶25 does not exist; source 000 has 18 paragraphs. See content/README.md#citing-a-source-paragraph');
  });

  it('rejects a data point that cites an unknown source', () => {
    const set = content();
    set.datasets[0]!.data.series[0]!.points[0]!.source.article = '009';
    expect(checkContent(set)[0]).toMatch(/000-run-rate.yaml dataset "000-run-rate", field series\[0\]\.points\[0\]\.source\.article: no source "009"/);
  });

  it('rejects a verdict that the recomputation contradicts', () => {
    const set = content();
    set.claims[0]!.data.calculation!.stated!.value = 45;
    expect(checkContent(set)[0]).toMatch(/field verdict: "consistent", but the recomputed \$30 billion differs from the stated \$45 billion/);
    set.claims[0]!.data.verdict = 'does-not-add-up';
    set.claims[0]!.data.calculation!.stated!.value = 30;
    expect(checkContent(set)[0]).toMatch(/"does-not-add-up", but the recomputed \$30 billion matches/);
  });

  it('checks notes: unique ids, a known kind, and the reference each kind needs', () => {
    const set = content();
    set.articles[0]!.body = [
      '<Note id="n-a" kind="context">x</Note> <Note id="n-a" kind="context">y</Note>',
      '<Note id="n-b" kind="aside" />',
      '<Note id="n-c" kind="definition" />',
      '<Note id="bad id" kind="check" claim="000-nope" />',
    ].join('\n');
    const problems = checkContent(set);
    expect(problems).toContain('content/articles/a.mdx:1:46 <Note> id="n-a" is already used on line 1. See content/README.md#components');
    expect(problems).toContain('content/articles/a.mdx:2:16 <Note> kind="aside" must be one of definition, context, check, compare. See content/README.md#components');
    expect(problems).toContain('content/articles/a.mdx:3:1 <Note> needs term="…". See content/README.md#components');
    expect(problems).toContain('content/articles/a.mdx:4:32 <Note> claim="000-nope": no claim "000-nope". See content/README.md#components');
  });

  it('checks findings: each names a note of its own article and states a number; a source long-read has 3 to 5', () => {
    const set = content();
    const article = set.articles[0]!;
    article.data = articleSchema.parse({ ...article.data, source: '000', findings: [
      { text: 'The run rate rose by $30 billion in a quarter.', note: 'n-one' },
      { text: 'A finding that names a note the text lacks: 1.', note: 'n-missing' },
    ] });
    let problems = checkContent(set);
    expect(problems).toContain('content/articles/a.mdx field findings[1].note: no <Note id="n-missing"> in this article. See content/README.md#articles');
    expect(problems).toContain('content/articles/a.mdx field findings: a long-read of a source opens with 3 to 5 findings (it has 2). See content/README.md#articles');
    article.data.findings = [1, 2, 3].map(() => ({ text: 'A finding without any figure in it.', note: 'n-one', home: false }));
    problems = checkContent(set);
    expect(problems).toContain('content/articles/a.mdx field findings[0].text: a finding states its number ("A finding without any figure in it."). See content/README.md#articles');
    expect(problems.filter((problem) => problem.includes('findings'))).toHaveLength(3);
    expect(articleSchema.safeParse({ ...article.data, findings: Array(6).fill({ text: 'Six findings are too many: 6.', note: 'n-one' }) }).success).toBe(false);
  });

  it('rejects unknown datasets, calculators, related terms and compare ids', () => {
    const set = content();
    set.articles[0]!.body = '<Chart dataset="nope" />\n<Calculator name="nope" />';
    set.glossary[0]!.data.related = ['nope'];
    set.claims[0]!.data.compare = ['002-nope'];
    const problems = checkContent(set);
    expect(problems).toContain('content/articles/a.mdx:1:8 <Chart> dataset="nope": no dataset "nope". See content/README.md#components');
    expect(problems).toContain('content/articles/a.mdx:2:13 <Calculator> name="nope": no calculator "nope". See content/README.md#components');
    expect(problems).toContain('content/glossary/run-rate.md term "run-rate", field related[0]: no glossary term "nope". See content/README.md#glossary-terms');
    expect(problems).toContain('content/claims/000.yaml claim "000-run-rate-increase", field compare[0]: no claim "002-nope". See content/README.md#claims');
  });

  it('rejects a data point whose category is not on the axis', () => {
    const set = content();
    set.datasets[0]!.data.series[0]!.points[0]!.category = 'Q3 2031';
    expect(checkContent(set)[0]).toMatch(/"Q3 2031" is not one of the dataset's categories/);
  });

  it('rejects a line whose name would be cut short at its end on a phone, and accepts a shorter directLabel', () => {
    const set = content();
    const dataset = set.datasets[0]!.data;
    dataset.chart = 'line';
    dataset.series[0]!.label = "Price that gives the table's gross margin at the essay's cost";
    expect(checkContent(set)).toEqual([
      `content/datasets/000-run-rate.yaml dataset "000-run-rate", field series[0].label: "Price that gives the table's gross margin at the essay's cost" is too long to print at the end of its line on a phone (2 lines of at most 9 characters); give the series a shorter directLabel. See content/README.md#datasets`,
    ]);
    dataset.series[0]!.directLabel = 'Price needed';
    expect(checkContent(set)).toEqual([]);
    // A bar chart prints values on its bars, not names at line ends.
    delete dataset.series[0]!.directLabel;
    dataset.chart = 'bar';
    expect(checkContent(set)).toEqual([]);
  });

  it('rejects a note written after a space, where its number could wrap onto a line of its own', () => {
    const set = content();
    set.articles[0]!.body = 'A claim. <Note id="n-one" kind="check" claim="000-run-rate-increase" />';
    expect(checkContent(set)).toEqual([
      'content/articles/a.mdx:1:10 <Note> has a space before it: write it straight after the word or punctuation it annotates ("…a trillion.<Note …/>"), so its number cannot wrap onto a line of its own. See content/README.md#components',
    ]);
  });

  it('rejects reasoning that mentions a claim that does not exist', () => {
    const set = content();
    set.claims[0]!.data.reasoning = 'The two figures give it, as the other check shows (000-no-such-claim).';
    expect(checkContent(set)).toEqual(['content/claims/000.yaml claim "000-run-rate-increase", field reasoning: no claim "000-no-such-claim". See content/README.md#claims']);
  });

  it('lists terms that nothing links to', () => {
    expect(unlinkedTerms(content())).toEqual(['valuation']);
  });
});

describe('schemas', () => {
  it('refuses a data point without a source', () => {
    const result = datasetSchema.safeParse({
      title: 'A title here', subtitle: 'Units', article: '000', chart: 'bar', unit: 'usd-billion', categories: ['A'],
      series: [{ label: 'S', kind: 'run-rate', points: [{ category: 'A', value: 1, asOf: 'now' }] }],
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues[0]?.path)).toBe('["series",0,"points",0,"source"]');
  });
  it('refuses a claim id that does not start with a source id', () => {
    expect(claimSchema.safeParse({ id: 'run-rate', source: { article: '000', paragraph: 1 }, category: 'revenue', statement: 'A claim of some length.', verdict: 'opinion', reasoning: 'Because of things.' }).success).toBe(false);
  });
});

describe('checkContent against the registered MDX components', () => {
  it('reports a component that is not registered, and reads single quotes like double quotes', () => {
    const set = content();
    set.articles[0]!.body = "---\ntitle: x\n---\n\nSee <Explainer article='a' /> and <Term id='fab'>fabs</Term>.\n";
    expect(checkContent(set, { components: ['Term', 'Note', 'Chart', 'h2'] })).toEqual([
      'content/articles/a.mdx:5:5 <Explainer> is not a component long-reads can use; the components are Term, Note, Chart. See content/README.md#components',
      'content/articles/a.mdx:5:41 <Term> id="fab": no glossary term "fab". See content/README.md#components',
    ]);
  });
  it('gives the line and column of a YAML field when the loader can locate it', () => {
    const set = content();
    set.claims[0]!.data.compare = ['002-nope'];
    set.claims[0]!.locate = (path) => (path[0] === 'compare' ? { line: 14, column: 5 } : undefined);
    expect(checkContent(set)).toEqual(['content/claims/000.yaml:14:5 claim "000-run-rate-increase", field compare[0]: no claim "002-nope". See content/README.md#claims']);
  });
});
