/**
 * Reads the component calls out of an MDX body as text, without rendering it, so the build can
 * check every reference (terms, claims, datasets, calculators, interactives) and list where each
 * term is used.
 */
import GithubSlugger from 'github-slugger';

export interface ComponentCall {
  component: string;
  attributes: Record<string, string>;
  /** 1-based line of the call in the body. */
  line: number;
  /** For `<Term>`: the words between the tags. */
  text?: string;
  /** The id of the section (## heading) the call sits in, or '' before the first heading. */
  section: string;
}

const callPattern = /<(Term|Note|Chart|Calculator|Interactive|Figure|Explainer|Ref|ForecastSystem)\b((?:\s+[a-zA-Z-]+="[^"]*")*)\s*(\/?)>/g;
const attributePattern = /([a-zA-Z-]+)="([^"]*)"/g;
const headingPattern = /^(#{2,3})\s+(.+)$/;

function lineStarts(body: string): number[] {
  const starts = [0];
  for (let index = 0; index < body.length; index++) if (body[index] === '\n') starts.push(index + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Plain text of a heading as the slugger sees it: components and Markdown marks removed. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** Section ids in body order, with the line each section starts on. */
export function sectionsOf(body: string): { id: string; title: string; line: number; depth: number }[] {
  const slugger = new GithubSlugger();
  const sections: { id: string; title: string; line: number; depth: number }[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (line.trimStart().startsWith('```')) inFence = !inFence;
    const match = !inFence && headingPattern.exec(line);
    if (match) {
      const title = headingText(match[2]!);
      sections.push({ id: slugger.slug(title), title, line: index + 1, depth: match[1]!.length });
    }
  });
  return sections;
}

export function componentCalls(body: string): ComponentCall[] {
  const starts = lineStarts(body);
  const sections = sectionsOf(body).filter((section) => section.depth === 2);
  const calls: ComponentCall[] = [];
  for (const match of body.matchAll(callPattern)) {
    const attributes: Record<string, string> = {};
    for (const attribute of match[2]!.matchAll(attributePattern)) attributes[attribute[1]!] = attribute[2]!;
    const line = lineOf(starts, match.index);
    const section = sections.filter((candidate) => candidate.line <= line).at(-1)?.id ?? '';
    const call: ComponentCall = { component: match[1]!, attributes, line, section };
    if (match[1] === 'Term' && match[3] !== '/') {
      const close = body.indexOf('</Term>', match.index + match[0].length);
      if (close !== -1) call.text = body.slice(match.index + match[0].length, close);
    }
    calls.push(call);
  }
  return calls;
}

/**
 * The sentence around a character offset, as plain text: what a glossary page shows under
 * "used in", so a reader sees the term in its context.
 */
export function sentenceAround(body: string, offset: number): string {
  const before = body.lastIndexOf('\n\n', offset);
  const after = body.indexOf('\n\n', offset);
  const paragraph = body.slice(before === -1 ? 0 : before + 2, after === -1 ? body.length : after);
  const local = offset - (before === -1 ? 0 : before + 2);
  const plainBefore = toPlainText(paragraph.slice(0, local));
  const plainAfter = toPlainText(paragraph.slice(local));
  const start = Math.max(plainBefore.search(/[^.!?]*$/), 0);
  const endMatch = /[.!?](\s|$)/.exec(plainAfter);
  const sentence = plainBefore.slice(start) + (endMatch ? plainAfter.slice(0, endMatch.index + 1) : plainAfter);
  return sentence.replace(/\s+/g, ' ').trim();
}

/** MDX to reading text: notes dropped, tags removed, Markdown marks removed. */
export function toPlainText(mdx: string): string {
  return mdx
    .replace(/<Note\b[^>]*\/>/g, '')
    .replace(/<Note\b[^>]*>[\s\S]*?<\/Note>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#]/g, '')
    .replace(/\s+/g, ' ');
}

export interface TermUse {
  term: string;
  section: string;
  sentence: string;
}

export function termUses(body: string): TermUse[] {
  const sections = sectionsOf(body).filter((section) => section.depth === 2);
  const starts = lineStarts(body);
  const uses: TermUse[] = [];
  for (const match of body.matchAll(/<Term\b[^>]*\bid="([^"]+)"[^>]*>/g)) {
    const line = lineOf(starts, match.index);
    uses.push({
      term: match[1]!,
      section: sections.filter((candidate) => candidate.line <= line).at(-1)?.id ?? '',
      sentence: sentenceAround(body, match.index),
    });
  }
  return uses;
}

/** Words a reader reads: the body without component markup or front matter. */
export function wordCount(body: string): number {
  return toPlainText(body.replace(/^---[\s\S]*?---/, '')).split(' ').filter((word) => /\w/.test(word)).length;
}

/** Reading time in whole minutes at an unhurried 220 words a minute, never less than one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(wordCount(body) / 220));
}
