/**
 * Reads the component calls out of an MDX file with the MDX parser Astro itself uses (Sätteri's
 * `mdxToMdast`), without rendering it, so the build can check every reference (terms, claims,
 * datasets, calculators, interactives) at its exact line and column and list where each term is
 * used. Parsing rather than pattern matching means `id='x'`, `id="x"` and `id={"x"}` read alike,
 * and a tag inside a code fence is not a call.
 */
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';

/** Where something sits in the text that was parsed: 1-based line and column, 0-based offset. */
export interface Place {
  line: number;
  column: number;
  offset: number;
}

export interface ComponentCall extends Place {
  component: string;
  /** Attributes whose value could be read as text: `a="x"`, `a='x'`, `a={"x"}`, or a bare `a` (as ""). */
  attributes: Record<string, string>;
  /** Attributes written as an expression the checker cannot read (`a={someName}`). */
  expressionAttributes: string[];
  /** Where each attribute starts, so a message can point at the attribute rather than the tag. */
  attributePlaces: Record<string, Place>;
  /** Inline (in a paragraph or heading) or on its own line between blocks. */
  inline: boolean;
  /** The words between the opening and closing tags, as plain text. */
  text?: string;
  /** The id of the section (## heading) the call sits in, or '' before the first heading. */
  section: string;
}

export interface Section {
  id: string;
  title: string;
  line: number;
  depth: number;
  offset: number;
}

/** Thrown when the text is not valid MDX; carries the place the parser stopped at. */
export class MdxSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: Place; end: Place };
}

interface Parsed {
  calls: ComponentCall[];
  sections: Section[];
}

// Parsing a long-read takes milliseconds, but site.ts, the layout and the checker each ask for
// the same files; remember the last few results by their text.
const parsedCache = new Map<string, Parsed>();

function parse(source: string): Parsed {
  const cached = parsedCache.get(source);
  if (cached) return cached;
  let tree: Node;
  try {
    tree = mdxToMdast(source) as unknown as Node;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+):\s*/.exec(message);
    throw new MdxSyntaxError(at ? message.slice(at[0].length) : message, Number(at?.[1] ?? 1), Number(at?.[2] ?? 1));
  }
  const sections: Section[] = [];
  const calls: Omit<ComponentCall, 'section'>[] = [];
  const slugger = new GithubSlugger();
  const visit = (node: Node, inline: boolean): void => {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3) && node.position) {
      const title = plainText(node).trim();
      sections.push({ id: slugger.slug(title), title, line: node.position.start.line, depth: node.depth, offset: node.position.start.offset });
    }
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name && /^[A-Z]/.test(node.name) && node.position) {
      calls.push(readCall(node, source, node.type === 'mdxJsxTextElement'));
    }
    for (const child of node.children ?? []) visit(child, inline || node.type === 'paragraph' || node.type === 'heading');
  };
  visit(tree, false);
  const secondLevel = sections.filter((section) => section.depth === 2);
  const result: Parsed = {
    sections,
    calls: calls.map((call) => ({ ...call, section: secondLevel.filter((section) => section.offset <= call.offset).at(-1)?.id ?? '' })),
  };
  if (parsedCache.size > 64) parsedCache.clear();
  parsedCache.set(source, result);
  return result;
}

function readCall(node: Node, source: string, inline: boolean): Omit<ComponentCall, 'section'> {
  const start = node.position!.start;
  const end = node.position!.end;
  const attributes: Record<string, string> = {};
  const expressionAttributes: string[] = [];
  const attributePlaces: Record<string, Place> = {};
  const tag = source.slice(start.offset, end.offset);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const name = attribute.name;
    const value = attribute.value;
    if (value === null || value === undefined) attributes[name] = '';
    else if (typeof value === 'string') attributes[name] = value;
    else {
      // `{"x"}` or `{'x'}` is plain text written as an expression; anything else cannot be checked.
      const literal = /^\s*(["'])([^"'\\]*)\1\s*$/.exec(String((value as { value?: unknown }).value ?? ''));
      if (literal) attributes[name] = literal[2]!;
      else expressionAttributes.push(name);
    }
    const at = new RegExp(`\\s${name}(?=[\\s=/>])`).exec(tag);
    if (at) attributePlaces[name] = placeAt(source, start, at.index + 1);
  }
  const call: Omit<ComponentCall, 'section'> = {
    component: node.name!,
    attributes,
    expressionAttributes,
    attributePlaces,
    inline,
    line: start.line,
    column: start.column,
    offset: start.offset,
  };
  if (node.children && node.children.length > 0) call.text = plainText(node);
  return call;
}

/** The place `distance` characters after `start`, counting lines on the way. */
function placeAt(source: string, start: Place, distance: number): Place {
  let { line, column } = start;
  for (let index = start.offset; index < start.offset + distance; index++) {
    if (source[index] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset: start.offset + distance };
}

function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(plainText).join('');
}

/** Plain text of a heading as the slugger sees it: components and Markdown marks removed. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** Section ids (## and ###) in document order, with the line each section starts on. */
export function sectionsOf(source: string): Section[] {
  return parse(source).sections;
}

/**
 * Every call of a capitalised (component) tag, in document order. Lines and columns are those of
 * the text given: pass the whole file, front matter included, for positions a writer can jump to.
 */
export function componentCalls(source: string): ComponentCall[] {
  return parse(source).calls;
}

/**
 * The sentence around a character offset, as plain text: what a glossary page shows under
 * "used in", so a reader sees the term in its context.
 */
/**
 * Ids of the notes written straight after another note, with nothing but spaces between: their
 * markers print as a pair ("12 13") and need a gap a reader can see. CSS cannot tell them apart
 * from a marker that follows a note further back in the sentence, since it does not see text.
 */
export function notesRightAfterNotes(source: string): Set<string> {
  const ids = new Set<string>();
  for (const match of source.matchAll(/(?:<Note\b[^>]*\/>|<\/Note>)\s*<Note\b[^>]*?\bid="([^"]+)"/g)) ids.add(match[1]!);
  return ids;
}

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

export function termUses(source: string): TermUse[] {
  return componentCalls(source)
    .filter((call) => call.component === 'Term' && call.attributes.id)
    .map((call) => ({ term: call.attributes.id!, section: call.section, sentence: sentenceAround(source, call.offset) }));
}

/** Words a reader reads: the body without component markup or front matter. */
export function wordCount(body: string): number {
  return toPlainText(body.replace(/^---[\s\S]*?---/, '')).split(' ').filter((word) => /\w/.test(word)).length;
}

/** Reading time in whole minutes at an unhurried 220 words a minute, never less than one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(wordCount(body) / 220));
}
