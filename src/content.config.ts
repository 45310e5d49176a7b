/**
 * Wires the schemas in src/lib/schemas.ts to the folders of `content/`. Before any collection
 * loads, every file is checked against its schema and every problem is reported at once with its
 * line (src/lib/checked-loaders.ts). Cross-references between collections are checked later, in
 * src/lib/content-graph.ts, once every collection is loaded.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checked, yamlFileLoader, type ContentRule } from './lib/checked-loaders';
import { yamlListLoader } from './lib/yaml-list-loader';
import {
  articleSchema,
  claimSchema,
  correctionSchema,
  datasetSchema,
  forecastSchema,
  glossarySchema,
  referenceSchema,
  siteSettingsSchema,
  sourceSchema,
} from './lib/schemas';
import { widgetSchema } from './lib/widget-schema';

/** Tests point this at a copy of the content with one deliberate mistake in it. */
const contentRoot = process.env.CONTENT_DIR ?? './content';

/** Every file of content/, its schema and the section of content/README.md that explains it. */
const rules: ContentRule[] = [
  { path: 'site.yaml', format: 'yaml', schema: siteSettingsSchema, guide: 'site-words' },
  { path: 'sources', extension: '.yaml', format: 'yaml', schema: sourceSchema, guide: 'sources' },
  { path: 'claims', extension: '.yaml', format: 'yaml-list', schema: claimSchema, guide: 'claims', itemName: 'claim' },
  { path: 'datasets', extension: '.yaml', format: 'yaml', schema: datasetSchema, guide: 'datasets' },
  { path: 'glossary', extension: '.md', format: 'front-matter', schema: glossarySchema, guide: 'glossary-terms' },
  { path: 'articles', extension: '.mdx', format: 'front-matter', schema: articleSchema, guide: 'articles' },
  { path: 'references', extension: '.yaml', format: 'yaml', schema: referenceSchema, guide: 'references' },
  { path: 'forecasts', extension: '.yaml', format: 'yaml', schema: forecastSchema, guide: 'forecasts' },
  { path: 'corrections', extension: '.yaml', format: 'yaml', schema: correctionSchema, guide: 'corrections' },
  { path: 'calculators', extension: '.yaml', format: 'yaml', schema: widgetSchema, guide: 'calculators' },
];

export const collections = {
  articles: defineCollection({
    loader: checked(glob({ pattern: '**/*.mdx', base: `${contentRoot}/articles` }), contentRoot, rules),
    schema: articleSchema,
  }),
  glossary: defineCollection({
    loader: checked(glob({ pattern: '**/*.md', base: `${contentRoot}/glossary` }), contentRoot, rules),
    schema: glossarySchema,
  }),
  sources: defineCollection({
    loader: checked(glob({ pattern: '*.yaml', base: `${contentRoot}/sources` }), contentRoot, rules),
    schema: sourceSchema,
  }),
  datasets: defineCollection({
    loader: checked(glob({ pattern: '*.yaml', base: `${contentRoot}/datasets` }), contentRoot, rules),
    schema: datasetSchema,
  }),
  claims: defineCollection({
    loader: checked(yamlListLoader(`${contentRoot}/claims`), contentRoot, rules),
    schema: claimSchema,
  }),
  settings: defineCollection({
    loader: checked(yamlFileLoader(`${contentRoot}/site.yaml`), contentRoot, rules),
    schema: siteSettingsSchema,
  }),
  references: defineCollection({
    loader: checked(glob({ pattern: '*.yaml', base: `${contentRoot}/references` }), contentRoot, rules),
    schema: referenceSchema,
  }),
  forecasts: defineCollection({
    loader: checked(glob({ pattern: '*.yaml', base: `${contentRoot}/forecasts` }), contentRoot, rules),
    schema: forecastSchema,
  }),
  corrections: defineCollection({
    loader: checked(glob({ pattern: '*.yaml', base: `${contentRoot}/corrections` }), contentRoot, rules),
    schema: correctionSchema,
  }),
  /** Calculator and interactive defaults, one file each, named for the widget. */
  calculators: defineCollection({
    loader: checked(glob({ pattern: '*.yaml', base: `${contentRoot}/calculators` }), contentRoot, rules),
    schema: widgetSchema,
  }),
};
