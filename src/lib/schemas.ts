/**
 * The contract between writers and code. Every collection in `content/` is validated against these
 * schemas; content/README.md explains them in prose for writers.
 */
import { z } from 'astro/zod';
import { claimCategories, figureKinds, glossaryCategories, operations, units, verdicts } from './vocabulary';

export * from './vocabulary';


/** `{ article: "000", paragraph: 3 }`: the N-th non-empty line of a source's text file. */
export const sourceReferenceSchema = z.strictObject({
  article: z.string().regex(/^\d{3}$/, 'a three-digit source id such as "000"'),
  paragraph: z.number().int().positive(),
});
export type SourceReference = z.infer<typeof sourceReferenceSchema>;

export const unitSchema = z.enum(units);

export const figureKindSchema = z.enum(figureKinds);

export const verdictSchema = z.enum(verdicts);



export const calculationInputSchema = z
  .strictObject({
    label: z.string().min(1),
    value: z.number(),
    unit: unitSchema,
    source: sourceReferenceSchema.optional(),
    /** For a constant that is no source's claim, such as 86,400 seconds in a day. */
    basis: z.literal('definition').optional(),
  })
  .refine((input) => Boolean(input.source) !== Boolean(input.basis), {
    message: 'an input needs exactly one of `source` (where the figure comes from) or `basis: definition`',
  });
export type CalculationInput = z.infer<typeof calculationInputSchema>;

export const calculationSchema = z.strictObject({
  operation: z.enum(operations),
  inputs: z.array(calculationInputSchema).min(1),
  resultUnit: unitSchema,
  /** Only for `cagr`: the number of years between the first and the second input. */
  years: z.number().positive().optional(),
  /** The value the article states for this result, when it states one. */
  stated: z
    .strictObject({ value: z.number(), unit: unitSchema, source: sourceReferenceSchema })
    .optional(),
  /** Relative tolerance for calling the stated value consistent with the recomputed one. */
  tolerance: z.number().min(0).max(1).default(0.01),
});
export type Calculation = z.infer<typeof calculationSchema>;

export const claimSchema = z.strictObject({
  id: z.string().regex(/^\d{3}-[a-z0-9-]+$/, 'a claim id is the source id, a hyphen, then lower-case words: "000-run-rate"'),
  source: sourceReferenceSchema,
  category: z.enum(claimCategories),
  statement: z.string().min(10),
  kind: figureKindSchema.optional(),
  verdict: verdictSchema,
  reasoning: z.string().min(10),
  calculation: calculationSchema.optional(),
  compare: z.array(z.string()).default([]),
});
export type Claim = z.infer<typeof claimSchema>;

export const dataPointSchema = z.strictObject({
  category: z.string().min(1),
  value: z.number(),
  asOf: z.string().min(1),
  source: sourceReferenceSchema,
  claim: z.string().optional(),
  note: z.string().optional(),
});
export type DataPoint = z.infer<typeof dataPointSchema>;

export const datasetSchema = z.strictObject({
  title: z.string().min(10),
  subtitle: z.string().min(3),
  article: z.string().regex(/^\d{3}$/),
  chart: z.enum(['bar', 'line']),
  scale: z.enum(['linear', 'logarithmic']).default('linear'),
  unit: unitSchema,
  categories: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
  /** Labelled lines across the plot at a value, such as the $1 trillion mark. */
  referenceLines: z.array(z.strictObject({ value: z.number(), label: z.string().min(1) })).default([]),
  /** The one thing the reader should see: a short text pointing at one point of one series. */
  annotation: z.strictObject({ category: z.string().min(1), series: z.number().int().min(0).default(0), text: z.string().min(3).max(90) }).optional(),
  series: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        /** One kind per series, so a run rate and a trailing revenue can never share a line. */
        kind: figureKindSchema,
        points: z.array(dataPointSchema).min(1),
      }),
    )
    .min(1),
});
export type Dataset = z.infer<typeof datasetSchema>;


export const glossarySchema = z.strictObject({
  term: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  category: z.enum(glossaryCategories),
  short: z.string().min(10).max(240),
  related: z.array(z.string()).default([]),
  explainer: z.string().optional(),
});
export type GlossaryTerm = z.infer<typeof glossarySchema>;

export const articleSchema = z.strictObject({
  title: z.string().min(5),
  summary: z.string().min(20).max(320),
  source: z.string().regex(/^\d{3}$/).optional(),
  kind: z.enum(['long-read', 'explainer', 'comparison']).default('long-read'),
  published: z.coerce.date(),
  updated: z.coerce.date().optional(),
  order: z.number().int().default(100),
  keyFigures: z.array(z.string()).default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;

export const sourceSchema = z.strictObject({
  title: z.string().min(3),
  /** True where the article has no title and `title` is our neutral description. */
  titleIsDescriptive: z.boolean().default(false),
  author: z.string().optional(),
  authorNote: z.string().optional(),
  date: z.strictObject({
    value: z.string().min(4),
    inferred: z.boolean(),
    note: z.string().optional(),
  }),
  kind: z.string().min(3),
  paragraphCount: z.number().int().positive(),
  cites: z.array(z.string()).default([]),
  reliability: z.array(z.string()).min(1),
});
export type Source = z.infer<typeof sourceSchema>;
