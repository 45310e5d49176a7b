/**
 * The contract between writers and code. Every collection in `content/` is validated against these
 * schemas; content/README.md explains them in prose for writers.
 */
import { z } from 'astro/zod';
import { claimCategories, figureKinds, glossaryCategories, noteKinds, operations, units, verdicts } from './vocabulary';

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
  /** Ids of public documents in content/references/ that the verdict rests on. */
  references: z.array(z.string()).default([]),
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
        /**
         * The name printed at a line's end, where a phone has room for two short lines. Without it the
         * label before any parenthesis is used; the build stops if that would have to be cut short.
         */
        directLabel: z.string().min(1).optional(),
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
  /** Public documents (content/references/) behind facts in the body that are not from the sources. */
  references: z.array(z.string()).default([]),
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
  /** A draft is built and checked but kept off the home page, feeds, sitemap, search and ledger. */
  draft: z.boolean().default(false),
  /**
   * What we found, in a sentence each with its number, shown in a box under the title; each links
   * to the note (in this article) that shows the working. `home: true` also puts it on the home page.
   */
  findings: z
    .array(
      z.strictObject({
        text: z.string().min(20).max(220),
        note: z.string().regex(/^n-[a-z0-9-]+$/, 'a note id of this article, such as "n-run-rate"'),
        home: z.boolean().default(false),
      }),
    )
    .max(5)
    .default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;

export const sourceSchema = z.strictObject({
  title: z.string().min(3),
  /** True where the article has no title and `title` is our neutral description. */
  titleIsDescriptive: z.boolean().default(false),
  /** What a reader calls the source in one line, such as "Rosario Fortugno's blog essay"; defaults to the title. */
  shortTitle: z.string().min(3).max(60).optional(),
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

/** Text of content/site.yaml: may use {sourceCount}-style placeholders and [words](page) links. */
const siteText = (minimum: number) =>
  z
    .string()
    .min(minimum)
    .refine((text) => [...text.matchAll(/\]\((\w+)\)/g)].every((match) => ['home', 'claims', 'sources', 'glossary', 'search', 'references', 'corrections'].includes(match[1]!)), {
      message: 'each link must name, in brackets after its words, one of the pages home, claims, sources, glossary, search, references, corrections',
    });

/** content/site.yaml: the words every page shares (site name, descriptions, footer). */
export const siteSettingsSchema = z.strictObject({
  name: siteText(3),
  /** What the site is about, as it ends a sentence. */
  subject: siteText(3),
  description: siteText(20),
  home: z.strictObject({
    eyebrow: siteText(3),
    headline: siteText(5),
    description: siteText(20),
    intro: siteText(20),
    shareTitle: siteText(3),
    shareEyebrow: siteText(3),
  }),
  footer: siteText(20),
  sources: z.strictObject({
    title: siteText(3),
    description: siteText(20),
    intro: siteText(20),
  }),
  /** Every verdict's name and one-line meaning: the record must name each verdict, no more. */
  verdicts: z.record(verdictSchema, z.strictObject({ label: z.string().min(3), explanation: z.string().min(10) })),
  noteKinds: z.record(z.enum(noteKinds), z.string().min(3)),
  figureKinds: z.record(figureKindSchema, z.string().min(3)),
  glossaryCategories: z.record(z.enum(glossaryCategories), z.string().min(3)),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** A calendar date as a publisher gives it: a year, a year and month, or a full date. */
const publicationDate = z
  .string({ error: 'a reference needs a `date` (YYYY, YYYY-MM or YYYY-MM-DD)' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * One public document the site cites for a fact that is not in the two source articles. Publisher,
 * date and URL are what a reader needs to find it again, so each is required.
 */
export const referenceSchema = z.strictObject({
  publisher: z.string({ error: 'a reference needs a `publisher`' }).min(2, 'a reference needs a `publisher`'),
  title: z.string({ error: 'a reference needs a `title`' }).min(3),
  date: publicationDate,
  url: z.url({ error: 'a reference needs a `url` (https://…) that was read in a stored copy' }),
  /** What the document establishes, in our words. */
  establishes: z.string().min(10),
  /** When we read it. */
  read: z.coerce.date(),
  /** Optional caveat: a secondary report of a primary document, an excerpt only, and so on. */
  note: z.string().optional(),
});
export type Reference = z.infer<typeof referenceSchema>;

/** One dated entry of the corrections log: what changed on the site and why. */
export const correctionSchema = z.strictObject({
  date: z.coerce.date(),
  /** The long-read the change belongs to; omit for a site-wide change. */
  article: z.string().optional(),
  /** The note (permalink id in `article`) or claim the change concerns. */
  note: z.string().regex(/^n-[a-z0-9-]+$/).optional(),
  claim: z.string().optional(),
  term: z.string().optional(),
  what: z.string().min(10),
  why: z.string().min(10),
  references: z.array(z.string()).default([]),
});
export type Correction = z.infer<typeof correctionSchema>;

/** One source's forecast table and the assumptions stated around it (content/forecasts/<source>.yaml). */
export const forecastSchema = z.strictObject({
  article: z.string().regex(/^\d{3}$/),
  table: z.strictObject({
    source: sourceReferenceSchema,
    /** The paragraph each column's figures come from, cited beside every stated row and check. */
    columns: z.strictObject({ revenue: sourceReferenceSchema, grossMargin: sourceReferenceSchema, ebitdaMargin: sourceReferenceSchema, freeCashFlow: sourceReferenceSchema }),
    years: z
      .array(z.strictObject({ year: z.number().int(), revenue: z.number(), grossMargin: z.number().lt(100), ebitdaMargin: z.number(), freeCashFlow: z.number() }))
      .min(1),
  }),
  assumptions: z.strictObject({
    tokensPerMonth: z.strictObject({ start: z.number().positive(), startYear: z.number().int(), end: z.number().positive(), endYear: z.number().int(), source: sourceReferenceSchema }),
    costPerThousand: z.strictObject({ now: z.number().positive(), nowUntilYear: z.number().int(), later: z.number().positive(), laterFromYear: z.number().int(), source: sourceReferenceSchema }),
    priceDecline: z.strictObject({ low: z.number(), high: z.number(), source: sourceReferenceSchema }),
    trailing: z.strictObject({ revenue: z.number(), growthAbove: z.number(), grossMarginAbove: z.number(), source: sourceReferenceSchema }),
    multiples: z.array(z.strictObject({ multiple: z.number().positive(), stated: z.number().positive(), source: sourceReferenceSchema })),
  }),
});
export type Forecast = z.infer<typeof forecastSchema>;
