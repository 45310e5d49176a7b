import { describe, expect, it } from 'vitest';
import {
  answerAfter,
  answerText,
  applyEdit,
  countWords,
  critiqueLoop,
  critiqueLoopView,
  draftAnswer,
  isRevised,
  principles,
  selectedInOrder,
  stepLabel,
  type Principle,
  type Segment,
} from '../../src/lib/critique-loop';

const allIds = principles.map((principle) => principle.id);

// A tiny made-up answer and principles whose edits collide, to pin down the order rules.
const toyDraft: Segment[] = [{ id: 'a', text: 'A.' }, { id: 'b', text: 'B.' }];
const toyPrinciples: Principle[] = [
  { id: 'p1', label: 'One', critique: 'c1', edits: [{ op: 'replace', segment: 'a', text: 'A1.' }] },
  { id: 'p2', label: 'Two', critique: 'c2', edits: [{ op: 'remove', segment: 'a' }] },
  { id: 'p3', label: 'Three', critique: 'c3', edits: [{ op: 'replace', segment: 'a', text: 'A3.' }, { op: 'insert-after', segment: 'b', id: 'c', text: 'C.' }] },
  { id: 'p4', label: 'Four', critique: 'c4', edits: [{ op: 'replace', segment: 'a', text: 'A4.' }] },
];

describe('applyEdit', () => {
  it('replaces, removes and inserts by segment id without changing its input', () => {
    const draft = structuredClone(toyDraft);
    expect(applyEdit(draft, { op: 'replace', segment: 'b', text: 'B2.' }).answer).toEqual([{ id: 'a', text: 'A.' }, { id: 'b', text: 'B2.' }]);
    expect(applyEdit(draft, { op: 'remove', segment: 'a' })).toEqual({ answer: [{ id: 'b', text: 'B.' }], change: { op: 'remove', before: 'A.', applied: true } });
    expect(applyEdit(draft, { op: 'insert-after', segment: 'a', id: 'x', text: 'X.' }).answer.map((segment) => segment.id)).toEqual(['a', 'x', 'b']);
    expect(draft).toEqual(toyDraft);
  });
  it('skips an edit whose sentence is gone, or an insert that is already there', () => {
    expect(applyEdit(toyDraft, { op: 'replace', segment: 'zz', text: 'Z.' }).change).toMatchObject({ applied: false, note: expect.stringContaining('already removed') });
    expect(applyEdit(toyDraft, { op: 'insert-after', segment: 'a', id: 'b', text: 'B again.' }).change).toMatchObject({ applied: false });
  });
});

describe('critiqueLoop order', () => {
  it('runs principles in list order, whatever order they were ticked in', () => {
    expect(selectedInOrder(['p4', 'p1'], toyPrinciples).map((principle) => principle.id)).toEqual(['p1', 'p4']);
    expect(selectedInOrder(['nope', 'p2'], toyPrinciples).map((principle) => principle.id)).toEqual(['p2']);
  });
  it('later principles edit what earlier ones left: p1 then p4 leaves p4’s wording', () => {
    expect(critiqueLoop(['p4', 'p1'], toyDraft, toyPrinciples).final).toEqual([{ id: 'a', text: 'A4.' }, { id: 'b', text: 'B.' }]);
  });
  it('an edit to a sentence an earlier principle removed is skipped, the rest still apply', () => {
    const loop = critiqueLoop(['p1', 'p2', 'p3'], toyDraft, toyPrinciples);
    // p1 rewrites a, p2 removes it, p3 cannot rewrite it but still adds c after b.
    expect(loop.final).toEqual([{ id: 'b', text: 'B.' }, { id: 'c', text: 'C.' }]);
    expect(loop.editsApplied).toBe(3);
    expect(loop.steps.map((step) => `${step.kind}:${step.principle.id}`)).toEqual(['critique:p1', 'revise:p1', 'critique:p2', 'revise:p2', 'critique:p3', 'revise:p3']);
    const last = loop.steps[5]!;
    expect(last.kind === 'revise' && last.changes.map((change) => change.applied)).toEqual([false, true]);
  });
  it('gives the answer as it stands after each step; a critique alone changes nothing', () => {
    const loop = critiqueLoop(['p1', 'p2'], toyDraft, toyPrinciples);
    expect(answerAfter(loop, 0, toyDraft)).toEqual(toyDraft);
    expect(answerAfter(loop, 1, toyDraft)).toEqual(toyDraft);
    expect(answerText(answerAfter(loop, 2, toyDraft))).toBe('A1. B.');
    expect(answerText(answerAfter(loop, 3, toyDraft))).toBe('A1. B.');
    expect(answerText(answerAfter(loop, 4, toyDraft))).toBe('B.');
    expect(answerText(answerAfter(loop, 99, toyDraft))).toBe('B.');
  });
});

describe('the page’s sample loop', () => {
  it('with every principle: 8 steps, 5 edits, the watchword aside cut and a next step added', () => {
    const loop = critiqueLoop(allIds);
    expect(loop.steps).toHaveLength(8);
    expect(loop.editsApplied).toBe(5);
    expect(loop.final.map((segment) => segment.id)).toEqual(['pick', 'claim', 'reuse', 'next']);
    expect(loop.final.every((segment) => isRevised(segment))).toBe(true);
    expect(answerText(loop.final)).not.toMatch(/Rex1990|completely impossible|same one for every account|watchword/);
  });
  it('with one principle, only its flaw is fixed', () => {
    const loop = critiqueLoop(['concise']);
    expect(loop.final.map((segment) => segment.id)).toEqual(['pick', 'claim', 'reuse']);
    expect(answerText(loop.final)).toMatch(/Rex1990/);
  });
  it('counts words (12 + 9 + 25 + 29 in the draft)', () => {
    expect(countWords(draftAnswer)).toBe(75);
    expect(countWords([{ id: 'x', text: 'One, two — three.' }])).toBe(3);
  });
  it('labels where the reader is', () => {
    const loop = critiqueLoop(allIds);
    expect(stepLabel(loop, 0)).toBe('The first draft. 8 steps to go.');
    expect(stepLabel(loop, 3)).toBe('Step 3 of 8: Critique, “Avoid advice that could cause harm”.');
    expect(stepLabel(critiqueLoop([]), 0)).toMatch(/nothing to step through/);
  });
  it('reads the result in words, naming the principles left out', () => {
    const all = critiqueLoopView(allIds);
    expect(all.results.map((result) => result.text)).toEqual(['4 of 4', '5', '75 → 83 words']);
    expect(all.reading).toBe('4 rounds of critique and revision make 5 edits, and the answer goes from 75 words to 83.');
    const one = critiqueLoopView(['concise']);
    expect(one.reading).toBe('One round of critique and revision makes 1 edit, and the answer goes from 75 words to 46. Not selected: “Be honest about uncertainty”, “Avoid advice that could cause harm”, “End with a step the reader can take now”, so what they would catch stays in the answer.');
    expect(critiqueLoopView([]).reading).toMatch(/goes out unchanged/);
    expect(critiqueLoopView([]).results[2]!.text).toBe('75 → 75 words');
  });
  it('every principle has a critique and at least one edit that applies to the draft', () => {
    for (const principle of principles) {
      expect(principle.critique.length).toBeGreaterThan(20);
      expect(critiqueLoop([principle.id]).editsApplied).toBe(principle.edits.length);
    }
  });
});
