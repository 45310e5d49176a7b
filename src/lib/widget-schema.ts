/**
 * The schema of a calculator or interactive's content file (content/calculators/<name>.yaml):
 * every default a reader starts from, its unit and label, where it comes from (an article's
 * paragraph, or marked as an illustration or an assumption the reader sets), and the words around
 * the arithmetic. content/README.md explains the fields for writers; widget-content.ts checks
 * what a schema cannot (paragraphs exist, the arithmetic gets the inputs it reads).
 */
import { z } from 'astro/zod';
import { sourceReferenceSchema } from './schemas';

const key = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'a short name in lower case, such as "start" or "top-k"');

/** Where a default comes from. Only "article" defaults cite a paragraph; the others say why not. */
export const defaultBases = ['article', 'illustrative', 'assumption'] as const;

export const widgetNumberInputSchema = z.strictObject({
  key,
  label: z.string().min(1),
  unit: z.string().min(1),
  default: z.number(),
  min: z.number().optional(),
  max: z.number(),
  allowZero: z.boolean().optional(),
  integer: z.boolean().optional(),
  basis: z.enum(defaultBases),
  source: sourceReferenceSchema.optional(),
  /** One sentence for "Where these numbers come from". */
  about: z.string().min(1),
});
export type WidgetNumberInput = z.infer<typeof widgetNumberInputSchema>;

export const widgetChoiceSchema = z.strictObject({
  value: key,
  label: z.string().min(1),
  amount: z.number(),
  /** The year a forecast figure belongs to, for discounting. */
  year: z.number().int().optional(),
  source: sourceReferenceSchema,
  about: z.string().min(1),
});

export const widgetChoiceInputSchema = z.strictObject({
  kind: z.literal('choice'),
  key,
  label: z.string().min(1),
  unit: z.string().min(1),
  default: z.string(),
  options: z.array(widgetChoiceSchema).min(1),
});
export type WidgetChoiceInput = z.infer<typeof widgetChoiceInputSchema>;

/** A figure the arithmetic needs that is not an input: a stated result to compare with, say. */
export const widgetFigureSchema = z.strictObject({
  label: z.string().min(1),
  value: z.number(),
  source: sourceReferenceSchema,
  /** How the article puts it, in a few words: "about $450 billion". */
  articleSays: z.string().min(1),
});

export const widgetSchema = z.strictObject({
  /** The question the widget answers, as its title. */
  question: z.string().min(1),
  intro: z.string().min(1),
  /** For interactives whose numbers describe no real case: said above the inputs. */
  illustrative: z.string().optional(),
  /** The headline result's label. */
  headline: z.string().min(1),
  inputs: z.array(z.union([widgetChoiceInputSchema, widgetNumberInputSchema])).default([]),
  figures: z.record(key, widgetFigureSchema).default({}),
  /** A sentence shown under the results where a number could be read the wrong way. */
  caution: z.string().optional(),
});
export type WidgetContent = z.infer<typeof widgetSchema>;
export type WidgetInput = WidgetContent['inputs'][number];
