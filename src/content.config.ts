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
  datasetSchema,
  glossarySchema,
  sourceSchema,
} from './lib/schemas';
import { widgetSchema } from './lib/widget-schema';

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
  /** Calculator and interactive defaults, one file each, named for the widget. */
  calculators: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot}/calculators` }),
    schema: widgetSchema,
  }),
};
