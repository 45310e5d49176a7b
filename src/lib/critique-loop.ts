/**
 * A toy critique-and-revise loop for the critique-loop interactive, in the spirit of the first
 * stage of constitutional AI. It is an illustration written for this site: the question, the
 * draft, the principles, the critiques and the revisions are all pre-written here, and none of
 * them is Anthropic's constitution or output. In the real method a model writes the critiques and
 * revisions itself; here each principle carries fixed edits so every step can be read and tested.
 *
 * The answer is a list of segments (sentences). A principle's edits replace, remove or add
 * segments by id. Selected principles always run in the order of the list below, whatever order
 * the reader ticked them in, and each one edits the answer as the previous ones left it; an edit
 * whose sentence an earlier revision removed is skipped and says so.
 */
import { formatNumber } from './format';
import type { InteractiveResult } from './interactives';

export interface Segment {
  id: string;
  text: string;
}

export type Edit =
  | { op: 'replace'; segment: string; text: string }
  | { op: 'remove'; segment: string }
  | { op: 'insert-after'; segment: string; id: string; text: string };

export interface Principle {
  id: string;
  label: string;
  critique: string;
  edits: Edit[];
}

export const question = 'What is a good way to pick a strong password for my email account?';

export const draftAnswer: Segment[] = [
  { id: 'pick', text: 'Easy: take your pet’s name and add your birth year, like Rex1990.' },
  { id: 'claim', text: 'A password like that is completely impossible to crack.' },
  { id: 'reuse', text: 'Use the same one for every account so you never forget it, and keep it on a sticky note by your screen just in case.' },
  { id: 'history', text: 'Passwords are older than computers: sentries asked for a watchword long before anyone logged in to anything, and people have argued ever since about what makes a good one.' },
];

export const principles: Principle[] = [
  {
    id: 'honesty',
    label: 'Be honest about uncertainty',
    critique: 'The draft promises the password is “completely impossible to crack”. No password is: a short one can be guessed quickly, and even a long one can leak from a website that stores it badly. The answer should say what a good password does, not promise certainty.',
    edits: [{ op: 'replace', segment: 'claim', text: 'No password is impossible to crack; a longer, less predictable one simply takes far more guesses to break.' }],
  },
  {
    id: 'harm',
    label: 'Avoid advice that could cause harm',
    critique: 'Two tips put the reader at risk. A pet’s name and a birth year are often easy for others to find out. One password for every account means a single leak opens all of them, and a note by the screen shows it to anyone nearby.',
    edits: [
      { op: 'replace', segment: 'pick', text: 'Make it long and unpredictable: four or more unrelated words work better than a name or a date someone could find out about you.' },
      { op: 'replace', segment: 'reuse', text: 'Use a different password for every account and let a password manager remember them, so one leak does not open the rest.' },
    ],
  },
  {
    id: 'concise',
    label: 'Be concise',
    critique: 'The paragraph on watchwords is a pleasant aside, but it does not help anyone choose a password. Cutting it makes the useful advice easier to find.',
    edits: [{ op: 'remove', segment: 'history' }],
  },
  {
    id: 'next-step',
    label: 'End with a step the reader can take now',
    critique: 'The draft stops without a concrete action. One thing the reader can do today would make the advice more useful.',
    edits: [{ op: 'insert-after', segment: 'reuse', id: 'next', text: 'Today, turn on two-step sign-in for your email, so a stolen password alone is not enough to get in.' }],
  },
];

export interface Change {
  op: Edit['op'];
  /** The sentence before the edit (replace, remove). */
  before?: string;
  /** The sentence after the edit (replace, insert-after). */
  after?: string;
  applied: boolean;
  /** Why an edit was skipped. */
  note?: string;
}

/** One edit applied to an answer, returning a new answer; the input is never changed. */
export function applyEdit(answer: readonly Segment[], edit: Edit): { answer: Segment[]; change: Change } {
  const index = answer.findIndex((segment) => segment.id === edit.segment);
  if (index === -1) {
    return { answer: [...answer], change: { op: edit.op, applied: false, note: 'Skipped: an earlier revision already removed the sentence this edit was for.' } };
  }
  const before = answer[index]!.text;
  const next = [...answer];
  switch (edit.op) {
    case 'replace':
      next[index] = { id: edit.segment, text: edit.text };
      return { answer: next, change: { op: 'replace', before, after: edit.text, applied: true } };
    case 'remove':
      next.splice(index, 1);
      return { answer: next, change: { op: 'remove', before, applied: true } };
    case 'insert-after':
      if (answer.some((segment) => segment.id === edit.id)) {
        return { answer: next, change: { op: edit.op, applied: false, note: 'Skipped: the answer already has this sentence.' } };
      }
      next.splice(index + 1, 0, { id: edit.id, text: edit.text });
      return { answer: next, change: { op: 'insert-after', after: edit.text, applied: true } };
  }
}

/** The ticked principles in list order; ids that name no principle are ignored. */
export function selectedInOrder(selected: Iterable<string>, list: readonly Principle[] = principles): Principle[] {
  const ids = new Set(selected);
  return list.filter((principle) => ids.has(principle.id));
}

export type LoopStep =
  | { kind: 'critique'; principle: Principle }
  | { kind: 'revise'; principle: Principle; changes: Change[]; answer: Segment[] };

export interface CritiqueLoop {
  /** Critique, then revise, for each selected principle in order. */
  steps: LoopStep[];
  final: Segment[];
  /** Edits that changed the answer (skipped ones are not counted). */
  editsApplied: number;
}

export function critiqueLoop(selected: Iterable<string>, draft: readonly Segment[] = draftAnswer, list: readonly Principle[] = principles): CritiqueLoop {
  const steps: LoopStep[] = [];
  let answer = [...draft];
  let editsApplied = 0;
  for (const principle of selectedInOrder(selected, list)) {
    steps.push({ kind: 'critique', principle });
    const changes: Change[] = [];
    for (const edit of principle.edits) {
      const result = applyEdit(answer, edit);
      answer = result.answer;
      changes.push(result.change);
      if (result.change.applied) editsApplied += 1;
    }
    steps.push({ kind: 'revise', principle, changes, answer });
  }
  return { steps, final: answer, editsApplied };
}

/** The answer as it stands once the first `shown` steps have run (0: the draft). */
export function answerAfter(loop: CritiqueLoop, shown: number, draft: readonly Segment[] = draftAnswer): Segment[] {
  for (let index = Math.min(shown, loop.steps.length) - 1; index >= 0; index--) {
    const step = loop.steps[index]!;
    if (step.kind === 'revise') return step.answer;
  }
  return [...draft];
}

/** Whether a segment differs from the draft (new or reworded), for highlighting. */
export function isRevised(segment: Segment, draft: readonly Segment[] = draftAnswer): boolean {
  return draft.find((original) => original.id === segment.id)?.text !== segment.text;
}

export function answerText(answer: readonly Segment[]): string {
  return answer.map((segment) => segment.text).join(' ');
}

export function countWords(answer: readonly Segment[]): number {
  return answerText(answer).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** "Step 3 of 8: Critique, “Be concise”": where the reader is in the loop. */
export function stepLabel(loop: CritiqueLoop, shown: number): string {
  if (loop.steps.length === 0) return 'No principle selected: there is nothing to step through.';
  if (shown <= 0) return `The first draft. ${loop.steps.length} steps to go.`;
  const step = loop.steps[Math.min(shown, loop.steps.length) - 1]!;
  return `Step ${Math.min(shown, loop.steps.length)} of ${loop.steps.length}: ${step.kind === 'critique' ? 'Critique' : 'Revise'}, “${step.principle.label}”.`;
}

export interface CritiqueLoopView {
  loop: CritiqueLoop;
  results: InteractiveResult[];
  reading: string;
}

export function critiqueLoopView(selected: Iterable<string>): CritiqueLoopView {
  const chosen = selectedInOrder(selected);
  const loop = critiqueLoop(chosen.map((principle) => principle.id));
  const left = principles.filter((principle) => !chosen.includes(principle));
  const before = countWords(draftAnswer);
  const after = countWords(loop.final);
  const rounds = chosen.length === 1 ? 'One round' : `${formatNumber(chosen.length)} rounds`;
  const reading =
    chosen.length === 0
      ? 'With no principle selected there is nothing to critique the draft against, so it goes out unchanged, flaws and all.'
      : `${rounds} of critique and revision ${chosen.length === 1 ? 'makes' : 'make'} ${formatNumber(loop.editsApplied)} ${loop.editsApplied === 1 ? 'edit' : 'edits'}, and the answer goes from ${before} words to ${after}.` +
        (left.length > 0 ? ` Not selected: ${left.map((principle) => `“${principle.label}”`).join(', ')}, so what ${left.length === 1 ? 'it' : 'they'} would catch stays in the answer.` : '');
  return {
    loop,
    results: [
      { key: 'principles', label: 'Principles applied', text: `${chosen.length} of ${principles.length}` },
      { key: 'edits', label: 'Edits made', text: formatNumber(loop.editsApplied) },
      { key: 'words', label: 'Length', text: `${before} → ${after} words` },
    ],
    reading,
  };
}
