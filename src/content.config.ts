/**
 * Wires the schemas in src/lib/schemas.ts to the folders of `content/`. Cross-references between
 * collections are checked later, in src/lib/content-graph.ts, once every collection is loaded.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlListLoader } from './lib/yaml-list-loader';
import {
  articleSchema,
  claimSchema,
  correctionSchema,
  datasetSchema,
  forecastSchema,
  glossarySchema,
  referenceSchema,
  sourceSchema,
} from './lib/schemas';

/** Tests point this at a copy of the content with one deliberate mistake in it. */
const contentRoot = process.env.CONTENT_DIR ?? './content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentRoot}/articles` }),
    schema: articleSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${contentRoot}/glossary` }),
    schema: glossarySchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot}/sources` }),
    schema: sourceSchema,
  }),
  datasets: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot}/datasets` }),
    schema: datasetSchema,
  }),
  claims: defineCollection({
    loader: yamlListLoader(`${contentRoot}/claims`),
    schema: claimSchema,
  }),
  references: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot}/references` }),
    schema: referenceSchema,
  }),
  forecasts: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot}/forecasts` }),
    schema: forecastSchema,
  }),
  corrections: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot}/corrections` }),
    schema: correctionSchema,
  }),
};
