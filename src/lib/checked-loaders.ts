/**
 * Checks every file of `content/` against its schema before Astro loads any collection, and
 * reports every problem at once with its line and column (Astro's own check stops at the first
 * entry and reports zod's raw output at `:0:0`). Each collection's loader is wrapped so that
 * whichever runs first does the whole check; the rest reuse its answer.
 */
import { promises as fs } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { ContentProblems, formatProblems, frontMatter, readYaml, schemaProblems, type Problem } from './content-problems';

export interface ContentRule {
  /** A folder of files (`articles`) or one file (`site.yaml`), relative to the content root. */
  path: string;
  /** File name ending for a folder: `.mdx`, `.md`, `.yaml`. */
  extension?: string;
  /** `yaml`: one entry a file; `yaml-list`: a list of entries with ids; `front-matter`: Markdown or MDX. */
  format: 'yaml' | 'yaml-list' | 'front-matter';
  schema: z.ZodType;
  /** Anchor of the section of content/README.md that explains these files. */
  guide: string;
  /** For a list: what one item is called in messages (`claim "000-x"`). */
  itemName?: string;
}

export async function checkContentFiles(root: string, contentRoot: string, rules: ContentRule[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const listIds = new Map<string, string>();
  for (const rule of rules) {
    const target = resolve(root, contentRoot, rule.path);
    let files: string[];
    if (rule.extension) {
      const names = await fs.readdir(target).catch(() => [] as string[]);
      files = names.filter((name) => name.endsWith(rule.extension!)).sort().map((name) => join(target, name));
    } else files = [target];
    for (const absolute of files) {
      const file = relative(root, absolute);
      let text: string;
      try {
        text = await fs.readFile(absolute, 'utf8');
      } catch {
        problems.push({ file, message: 'the file is missing; every site needs one.', guide: rule.guide });
        continue;
      }
      try {
        problems.push(...checkFile(text, file, rule, listIds));
      } catch (error) {
        if (error instanceof ContentProblems) problems.push(...error.problems);
        else throw error;
      }
    }
  }
  return problems;
}

function checkFile(text: string, file: string, rule: ContentRule, listIds: Map<string, string>): Problem[] {
  if (rule.format === 'front-matter') {
    const front = frontMatter(text);
    if (!front.present) return [{ file, position: { line: 1, column: 1 }, message: 'no front matter; the file must start with a "---" line, its fields, and another "---" line.', guide: rule.guide }];
    const yaml = readYaml(front.yaml, file, rule.guide, 2);
    const problems = schemaProblems(rule.schema, yaml.data, yaml.locate, file, rule.guide);
    if (file.endsWith('.mdx')) {
      try {
        mdxToMdast(text, { position: false });
      } catch (error) {
        const message = (error as Error).message;
        const at = /^(\d+):(\d+):\s*/.exec(message);
        problems.push({
          file,
          position: at ? { line: Number(at[1]), column: Number(at[2]) } : undefined,
          message: `not valid MDX: ${(at ? message.slice(at[0].length) : message).replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')}. A component written <Name …> needs a closing </Name>, or ends with "/>".`,
          guide: 'components',
        });
      }
    }
    return problems;
  }
  const yaml = readYaml(text, file, rule.guide);
  if (rule.format === 'yaml') return schemaProblems(rule.schema, yaml.data, yaml.locate, file, rule.guide);
  if (!Array.isArray(yaml.data)) {
    return [{ file, position: { line: 1, column: 1 }, message: 'expected a YAML list of entries, each starting with a line "- id: …".', guide: rule.guide }];
  }
  const problems: Problem[] = [];
  yaml.data.forEach((item: unknown, index: number) => {
    const locate = (path: (string | number)[]) => yaml.locate([index, ...path]);
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    const subject = `${rule.itemName ?? 'item'} ${typeof id === 'string' ? `"${id}"` : index + 1}`;
    problems.push(...schemaProblems(rule.schema, item, locate, file, rule.guide, subject));
    if (typeof id === 'string') {
      const earlier = listIds.get(id);
      if (earlier) problems.push({ file, position: locate(['id']), subject, field: 'id', message: `"${id}" is already used in ${earlier}; ids must be unique.`, guide: rule.guide });
      else listIds.set(id, `${file}:${locate(['id'])?.line ?? 1}`);
    }
  });
  return problems;
}

/** Every content file's path, size and modification time: cheap to read, changes with any edit. */
async function fingerprint(root: string, contentRoot: string, rules: ContentRule[]): Promise<string> {
  const parts: string[] = [];
  for (const rule of rules) {
    const target = resolve(root, contentRoot, rule.path);
    const names = rule.extension ? (await fs.readdir(target).catch(() => [] as string[])).filter((name) => name.endsWith(rule.extension!)).sort() : [''];
    for (const name of names) {
      const stats = await fs.stat(join(target, name)).catch(() => undefined);
      parts.push(`${join(target, name)}:${stats?.size}:${stats?.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

let last: { fingerprint: string; problems: Promise<Problem[]> } | undefined;

/**
 * Wraps a loader so the whole content folder is checked first. Every collection's loader asks;
 * the check runs once and is reused until a file changes (in `astro dev`, an edit checks again).
 */
export function checked(loader: Loader, contentRoot: string, rules: ContentRule[]): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const current = await fingerprint(root, contentRoot, rules);
      if (last?.fingerprint !== current) last = { fingerprint: current, problems: checkContentFiles(root, contentRoot, rules) };
      const problems = await last.problems;
      if (problems.length > 0) {
        throw new AstroError(formatProblems(problems), 'Fix each file at the line named above; content/README.md explains every field.');
      }
      await loader.load(context);
    },
  };
}

/** Loads one YAML file as a collection of one entry, `id` the file's name without `.yaml`. */
export function yamlFileLoader(file: string): Loader {
  return {
    name: 'yaml-file-loader',
    load: async ({ store, parseData, config }) => {
      const root = fileURLToPath(config.root);
      const absolute = resolve(root, file);
      const filePath = relative(root, absolute);
      const yaml = readYaml(await fs.readFile(absolute, 'utf8'), filePath, 'site-words');
      const id = filePath.replace(/^.*\//, '').replace(/\.yaml$/, '');
      store.clear();
      store.set({ id, data: await parseData({ id, data: yaml.data as Record<string, unknown>, filePath }), filePath });
    },
  };
}
