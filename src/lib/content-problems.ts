/**
 * Problems written for a writer, in the manner of Starlight's error map: the file with line and
 * column (so an editor can jump there), the field, the bad value, what was expected, and the
 * section of content/README.md that explains the field. Pure: takes text, returns problems.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';

export interface Position {
  line: number;
  column: number;
}

/** One mistake in one file. `field` is written as a writer reads it: `series[0].points[1].source`. */
export interface Problem {
  file: string;
  position?: Position;
  /** What in the file is wrong, when a file holds several things: `claim "000-x"`, `<Term>`. */
  subject?: string;
  field?: string;
  message: string;
  /** Anchor of the section of content/README.md that explains this: `datasets`, `claims`… */
  guide?: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.position ? `${problem.file}:${problem.position.line}:${problem.position.column}` : problem.file;
  const what = [problem.subject, problem.field ? `field ${problem.field}` : ''].filter(Boolean).join(', ');
  const guide = problem.guide ? ` See content/README.md#${problem.guide}` : '';
  return `${where} ${what ? `${what}: ` : ''}${problem.message}${guide}`;
}

/** The list a build stops with: every problem, one a line, counted. */
export function formatProblems(problems: Problem[]): string {
  const lines = problems.map(formatProblem);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  - ${lines.join('\n  - ')}`;
}

export type FieldPath = (string | number)[];

/** `['series', 0, 'points', 1, 'source']` → `series[0].points[1].source`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** `series[0].points[1].source` → `['series', 0, 'points', 1, 'source']`. */
export function fieldPath(name: string): FieldPath {
  return [...name.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]!));
}

/** Finds where a field sits in a YAML text; a missing field points at the nearest enclosing one. */
export interface YamlText {
  data: unknown;
  locate(path: FieldPath): Position | undefined;
}

/** Parses YAML keeping positions. `firstLine` is the file line the text starts on (2 for front matter). Throws a Problem-shaped error on bad YAML. */
export function readYaml(text: string, file: string, guide: string, firstLine = 1): YamlText {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const shift = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const problem: Problem = {
      file,
      position: shift(error.pos[0]),
      message: `not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Check indentation, quotes and the ":" after each field name.`,
      guide,
    };
    throw new ContentProblems([problem]);
  }
  return {
    data: document.toJS(),
    locate(path) {
      let node: unknown = document.contents;
      let position: Position | undefined = node && (node as { range?: number[] }).range ? shift((node as { range: number[] }).range[0]!) : undefined;
      for (const part of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
          if (!pair) break;
          const key = pair.key as { range?: number[] };
          if (key.range) position = shift(key.range[0]!);
          node = pair.value;
        } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
          node = node.items[part];
          const range = (node as { range?: number[] }).range;
          if (range) position = shift(range[0]!);
        } else break;
      }
      return position;
    },
  };
}

/** The front matter of a Markdown or MDX file: its YAML text (starting on line 2) and where the body starts. */
export function frontMatter(text: string): { yaml: string; present: boolean } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { yaml: match[1]!, present: true } : { yaml: '', present: false };
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value && typeof value === 'object') return 'a group of fields';
  return String(value);
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  date: 'a date such as 2026-11-22',
};

/** What a field needs, for the fields whose shape is not obvious from its type. */
const shapeHints: Record<string, string> = {
  source: '{ article: "000", paragraph: N }',
  stated: '{ value: N, unit: …, source: { article: "000", paragraph: N } }',
  date: '{ value: "…", inferred: true or false }',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

/** One zod issue in a writer's words: what is there and what was expected. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  const value = valueAt(data, path);
  const last = path.at(-1);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = (typeof last === 'string' && shapeHints[last] && issue.expected === 'object' ? shapeHints[last] : undefined) ?? typeWords[issue.expected] ?? issue.expected;
      return value === undefined
        ? { path, message: `missing; expected ${expected}.` }
        : { path, message: `${describeValue(value)} is not ${expected.startsWith('a ') || expected.startsWith('{') || expected.startsWith('text') || expected.startsWith('true') ? '' : 'a '}${expected}; expected ${expected}.` };
    }
    case 'invalid_value':
      return { path, message: `${describeValue(value)} is not allowed; expected one of ${issue.values.map((allowed) => String(allowed)).join(', ')}.` };
    case 'unrecognized_keys':
      return { path, message: `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `\`${key}\``).join(', ')}; check the spelling against the fields listed in the guide.` };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      const what = issue.origin === 'string' ? `at least ${minimum} characters` : issue.origin === 'array' ? `at least ${minimum} item${minimum === 1 ? '' : 's'}` : `${issue.inclusive ? 'at least' : 'more than'} ${minimum}`;
      return { path, message: `${describeValue(value)} is too short or small; expected ${what}.` };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      const what = issue.origin === 'string' ? `at most ${maximum} characters (it has ${String(value ?? '').length})` : issue.origin === 'array' ? `at most ${maximum} items` : `at most ${maximum}`;
      return { path, message: `too long or large; expected ${what}.` };
    }
    case 'invalid_format': {
      // Our schemas give each pattern a message saying what it wants; zod's default names the regex.
      const expected = issue.message && !issue.message.startsWith('Invalid') ? issue.message : `text matching ${issue.pattern ?? issue.format}`;
      return { path, message: `${describeValue(value)} is not in the right form; expected ${expected}.` };
    }
    default:
      return { path, message: `${describeValue(value)}: ${issue.message}.` };
  }
}

/**
 * Validates data against a schema; every issue becomes a located Problem. `locate` finds a field
 * of this data in its file (for one item of a list, it prefixes the item's index).
 */
export function schemaProblems(schema: z.ZodType, data: unknown, locate: (path: FieldPath) => Position | undefined, file: string, guide: string, subject?: string): Problem[] {
  const result = schema.safeParse(data === null || data === undefined ? {} : data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { path, message } = describeIssue(issue, data);
    return { file, position: locate(path as FieldPath), subject, field: path.length > 0 ? fieldName(path) : undefined, message, guide };
  });
}

/** Thrown by loaders: carries every problem, so the build can list them all at once. */
export class ContentProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentProblems';
  }
}
