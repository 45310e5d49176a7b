import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-graph';
import { interactiveNames, isInteractiveName, parseInteractiveInput, type InteractiveInput } from '../../src/lib/interactives';
import { componentCalls } from '../../src/lib/mdx-references';
import { articleSchema } from '../../src/lib/schemas';

describe('interactive names', () => {
  it('knows the three interactives and nothing else', () => {
    expect([...interactiveNames]).toEqual(['expert-router', 'critique-loop', 'thin-market']);
    expect(isInteractiveName('thin-market')).toBe(true);
    expect(isInteractiveName('growth')).toBe(false);
  });
  it('are found in MDX and checked by the content graph', () => {
    const body = 'Intro.\n\n<Interactive name="expert-router" />\n\n<Interactive name="expert-ruoter" />\n\n<Interactive />\n';
    expect(componentCalls(body).map((call) => [call.component, call.attributes.name, call.line])).toEqual([
      ['Interactive', 'expert-router', 3],
      ['Interactive', 'expert-ruoter', 5],
      ['Interactive', undefined, 7],
    ]);
    const article = { id: 'x', filePath: 'content/articles/x.mdx', body, data: articleSchema.parse({ title: 'An explainer', summary: 'A summary long enough to pass.', kind: 'explainer', published: '2026-11-22' }) };
    expect(checkContent({ sources: [], claims: [], datasets: [], glossary: [], articles: [article] })).toEqual([
      'content/articles/x.mdx:5:14 <Interactive> name="expert-ruoter": no interactive "expert-ruoter". See content/README.md#components',
      'content/articles/x.mdx:7:1 <Interactive> needs name="…". See content/README.md#components',
    ]);
  });
});

describe('parseInteractiveInput', () => {
  const experts: InteractiveInput = { key: 'experts', label: 'Number of experts', unit: 'experts', default: 8, min: 4, max: 64, integer: true };
  it('accepts whole numbers and refuses fractions for counts', () => {
    expect(parseInteractiveInput('16', experts)).toEqual({ ok: true, value: 16 });
    expect(parseInteractiveInput('8.5', experts)).toEqual({ ok: false, message: 'Number of experts must be a whole number.' });
  });
  it('keeps the shared rules: range, text, empty', () => {
    expect(parseInteractiveInput('2', experts)).toEqual({ ok: false, message: 'Number of experts must be at least 4.' });
    expect(parseInteractiveInput('65', experts)).toEqual({ ok: false, message: 'Number of experts can be at most 64 here.' });
    expect(parseInteractiveInput('1e400', experts)).toMatchObject({ ok: false, message: expect.stringContaining('too large') });
    expect(parseInteractiveInput('many', experts)).toMatchObject({ ok: false, message: expect.stringContaining('is not a number') });
    expect(parseInteractiveInput('', experts)).toMatchObject({ ok: false });
  });
});
