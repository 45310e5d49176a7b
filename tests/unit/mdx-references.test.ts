import { describe, expect, it } from 'vitest';
import { componentCalls, notesRightAfterNotes, readingMinutes, sectionsOf, sentenceAround, termUses, toPlainText, wordCount } from '../../src/lib/mdx-references';

const body = `Intro text.

## A trillion dollars, but what kind?

The article says a <Term id="secondary-market">secondary market</Term> set the price. <Note id="n-one" kind="check" claim="000-x" /> Then more.

## From $9 billion to $39 billion: the run-rate story

<Chart dataset="000-run-rate" />

A <Term id="run-rate">run rate</Term> is not revenue. Another sentence.
`;

describe('componentCalls', () => {
  it('finds each call with its attributes, line and section', () => {
    const calls = componentCalls(body);
    expect(calls.map((call) => [call.component, call.line, call.section])).toEqual([
      ['Term', 5, 'a-trillion-dollars-but-what-kind'],
      ['Note', 5, 'a-trillion-dollars-but-what-kind'],
      ['Chart', 9, 'from-9-billion-to-39-billion-the-run-rate-story'],
      ['Term', 11, 'from-9-billion-to-39-billion-the-run-rate-story'],
    ]);
    expect(calls[1]!.attributes).toEqual({ id: 'n-one', kind: 'check', claim: '000-x' });
    expect(calls[0]!.text).toBe('secondary market');
  });
});

describe('sections and text', () => {
  it('slugs headings the way Astro does, de-duplicating repeats', () => {
    expect(sectionsOf('## Same\n\n## Same\n').map((section) => section.id)).toEqual(['same', 'same-1']);
  });
  it('ignores headings inside code fences', () => {
    expect(sectionsOf('```\n## not a heading\n```\n## Real\n').map((section) => section.id)).toEqual(['real']);
  });
  it('gives the sentence a term appears in, without markup or notes', () => {
    const offset = body.indexOf('<Term id="secondary-market"');
    expect(sentenceAround(body, offset)).toBe('The article says a secondary market set the price.');
    expect(termUses(body).map((use) => [use.term, use.sentence])).toEqual([
      ['secondary-market', 'The article says a secondary market set the price.'],
      ['run-rate', 'A run rate is not revenue.'],
    ]);
  });
  it('counts reading words and minutes', () => {
    expect(toPlainText('A <Term id="x">b</Term> **c**.')).toBe('A b c.');
    expect(wordCount('one two <Note id="n" kind="context">three four</Note> five')).toBe(3);
    expect(readingMinutes('word '.repeat(440))).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('reading calls from the MDX syntax tree', () => {
  const file = `---\ntitle: x\n---\n\nText <Term id='foundry'>a foundry</Term> and <Term id={"fab"}>fabs</Term>.\n\n\`\`\`\n<Term id="in-code">not a call</Term>\n\`\`\`\n\n  <Chart dataset="d" />\n`;
  it('reads single-quoted and {"literal"} attributes like double-quoted ones', () => {
    expect(componentCalls(file).map((call) => [call.component, call.attributes])).toEqual([
      ['Term', { id: 'foundry' }],
      ['Term', { id: 'fab' }],
      ['Chart', { dataset: 'd' }],
    ]);
    expect(termUses(file).map((use) => use.term)).toEqual(['foundry', 'fab']);
  });
  it('gives lines and columns in the whole file, front matter included', () => {
    expect(componentCalls(file).map((call) => [call.line, call.column, call.inline])).toEqual([[5, 6, true], [5, 46, true], [11, 3, false]]);
    expect(componentCalls(file)[0]!.attributePlaces.id).toMatchObject({ line: 5, column: 12 });
  });
  it('names an attribute written as an expression it cannot read', () => {
    expect(componentCalls('A <Term id={name}>x</Term>.').map((call) => call.expressionAttributes)).toEqual([['id']]);
  });
});

describe('notesRightAfterNotes', () => {
  it('finds a note written straight after another, not one after text or after another component', () => {
    const body = 'One.<Note id="a" kind="check" claim="x" /> <Note id="b" kind="context">Two</Note>\n<Note id="c" kind="context" /> words <Note id="d" kind="context" /><Ref id="r" /> <Note id="e" kind="context" />';
    expect([...notesRightAfterNotes(body)]).toEqual(['b', 'c']);
  });
});

