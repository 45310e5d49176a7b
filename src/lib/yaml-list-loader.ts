import { promises as fs } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Loads every `*.yaml` file in a folder as a list of entries, each with its own `id`. Astro's
 * `file()` loader takes one file and only logs a parse error; a ledger split per source must fail
 * loudly and name the file, so this loader throws instead.
 */
export function yamlListLoader(folder: string): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config }) => {
      const root = fileURLToPath(config.root);
      const directory = resolve(root, folder);
      const names = (await fs.readdir(directory)).filter((name) => name.endsWith('.yaml')).sort();
      store.clear();
      const seen = new Map<string, string>();
      for (const name of names) {
        const filePath = relative(root, join(directory, name));
        const items = parseYamlList(await fs.readFile(join(directory, name), 'utf8'), filePath);
        for (const [index, item] of items.entries()) {
          const id = typeof item.id === 'string' ? item.id : '';
          if (!id) throw new Error(`${filePath}: item ${index + 1} has no \`id\` field.`);
          const earlier = seen.get(id);
          if (earlier) throw new Error(`${filePath}: the id "${id}" is already used in ${earlier}.`);
          seen.set(id, filePath);
          const data = await parseData({ id, data: item, filePath });
          store.set({ id, data, filePath });
        }
      }
    },
  };
}

export function parseYamlList(text: string, filePath: string): Record<string, unknown>[] {
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    throw new Error(`${filePath}: not valid YAML. ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${filePath}: expected a YAML list of entries (lines starting with "- id: …").`);
  return parsed.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new Error(`${filePath}: item ${index + 1} is not a mapping of fields.`);
    }
    return item as Record<string, unknown>;
  });
}
