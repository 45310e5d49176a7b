/**
 * The constitutional-AI diagram: stage one's loop (draft, critique against a principle,
 * revision, then the next principle) above stage two (a preference model trained on AI
 * judgments). The critique-loop interactive lights the box for the step the reader is on and
 * names the principle being applied. Stage two is drawn dashed: the toy does not simulate it.
 */
import type { CritiqueLoop } from './critique-loop';
import { arrow, box, label, type Diagram, type SvgNode } from './svg-diagram';

export type CritiqueStage = 'draft' | 'critique' | 'revise' | 'none';

export interface CritiqueDiagramInput {
  stage: CritiqueStage;
  /** The principle being applied, when a critique or revision step is shown. */
  principle?: string;
  /** "Round 2 of 4", when a principle is being applied. */
  round?: { index: number; of: number };
}

const width = 360;
const boxWidth = 280;

function stageBox(top: number, title: string, detail: string, current: boolean, extra = ''): SvgNode[] {
  return [
    box(10, top, boxWidth, 44, `diagram-box is-stage${current ? ' is-current' : ''}${extra}`),
    label(20, top + 18, title, `diagram-text is-strong${current ? ' is-current' : ''}`, 'start'),
    label(20, top + 35, detail, 'diagram-text is-small', 'start'),
  ];
}

/** Long principle names are shortened to fit the box; the full name is in the step list. */
function fit(text: string, max = 32): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function critiqueDiagram(input: CritiqueDiagramInput): Diagram {
  const principle = input.principle ? `“${fit(input.principle)}”` : 'one principle at a time';
  const round = input.round ? ` (round ${input.round.index} of ${input.round.of})` : '';
  const nodes: SvgNode[] = [
    label(10, 12, 'Stage one: critique and revise', 'diagram-text is-small is-muted', 'start'),
    ...stageBox(18, '1. First draft', 'The model answers the prompt', input.stage === 'draft'),
    ...arrow(150, 62, 150, 80),
    ...stageBox(82, `2. Critique${round}`, `against ${principle}`, input.stage === 'critique'),
    ...arrow(150, 126, 150, 144),
    ...stageBox(146, '3. Revision', 'The model rewrites to meet the critique', input.stage === 'revise'),
    // The loop: after a revision, the next principle brings a new critique.
    { tag: 'path', attrs: { d: 'M 290 168 H 330 V 104 H 298', class: 'diagram-arrow is-loop' } },
    { tag: 'path', attrs: { d: 'M 291 104 L 298 100 L 298 108 Z', class: 'diagram-arrow is-loop is-head' } },
    label(336, 140, 'next', 'diagram-text is-small', 'start'),
    ...arrow(30, 190, 30, 220),
    label(40, 210, 'Stage two: AI feedback (not simulated here)', 'diagram-text is-small is-muted', 'start'),
    ...stageBox(222, '4. Preference model', 'Trained on AI picks between two answers', false, ' is-outside'),
  ];
  const where = input.stage === 'none' ? 'no principle is selected' : input.stage === 'draft' ? 'the first draft is shown' : `step ${input.stage === 'critique' ? 2 : 3} is shown${input.principle ? `, for the principle “${input.principle}”` : ''}`;
  return {
    width,
    height: 272,
    label: `Diagram of constitutional AI: a first draft is critiqued against a principle and revised, looping once per principle; in a second stage a preference model is trained on AI judgments between answers. Here ${where}.`,
    nodes,
  };
}

/** Where the diagram should point once the first `shown` steps of a loop have run. */
export function diagramStep(loop: CritiqueLoop, shown: number): CritiqueDiagramInput {
  if (loop.steps.length === 0) return { stage: 'none' };
  if (shown <= 0) return { stage: 'draft' };
  const index = Math.min(shown, loop.steps.length) - 1;
  const step = loop.steps[index]!;
  const rounds = loop.steps.length / 2;
  return { stage: step.kind, principle: step.principle.label, round: { index: Math.floor(index / 2) + 1, of: rounds } };
}
