/** The calculator and interactive content files, parsed with their schema, for unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { widgetSchema, type WidgetContent } from '../../src/lib/widget-schema';

const folder = new URL('../../content/calculators/', import.meta.url);

export function widgetEntries(): { id: string; filePath: string; data: WidgetContent }[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), filePath: `content/calculators/${file}`, data: widgetSchema.parse(parse(readFileSync(new URL(file, folder), 'utf8'))) }));
}

export function widget(name: string): WidgetContent {
  const entry = widgetEntries().find((candidate) => candidate.id === name);
  if (!entry) throw new Error(`no content/calculators/${name}.yaml`);
  return entry.data;
}
