/**
 * The one place pages read content from. It loads every collection, checks all cross-references
 * once (failing the build with every problem listed by file and field), and offers lookups.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { workCalculation, type WorkedCalculation } from '../lib/calculations';
import { checkContent, unlinkedTerms, type ContentSet } from '../lib/content-graph';
import { componentCalls, readingMinutes, termUses, type TermUse } from '../lib/mdx-references';
import type { WidgetContent } from '../lib/widget-content';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type DatasetEntry = CollectionEntry<'datasets'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type ClaimEntry = CollectionEntry<'claims'>;

export interface ClaimPlace {
  article: ArticleEntry;
  /** The note that annotates the claim, or the section the claim's figure appears in. */
  anchor: string;
}

export interface Site {
  articles: ArticleEntry[];
  terms: TermEntry[];
  datasets: DatasetEntry[];
  sources: SourceEntry[];
  claims: ClaimEntry[];
  claim(id: string): ClaimEntry;
  term(id: string): TermEntry;
  dataset(id: string): DatasetEntry;
  source(id: string): SourceEntry;
  /** A calculator's or interactive's content: defaults, labels and their sources. */
  widget(name: string): WidgetContent;
  /** A claim's arithmetic, recomputed once at load; undefined for a claim without a calculation. */
  worked(claimId: string): WorkedCalculation | undefined;
  /** The charts that plot a claim's figure, with the long-read each sits in. */
  claimCharts(id: string): { article: ArticleEntry; dataset: DatasetEntry }[];
  /** Where each claim is discussed in a long-read. */
  claimPlaces(id: string): ClaimPlace[];
  /** Which articles place each dataset as a chart. */
  datasetPlaces(id: string): ArticleEntry[];
  termUses(id: string): (TermUse & { article: ArticleEntry })[];
  readingMinutes(article: ArticleEntry): number;
  unlinkedTerms: string[];
}

let loading: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  loading ??= buildSite();
  return loading;
}

function byId<T extends { id: string }>(entries: T[], what: string): (id: string) => T {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new AstroError(`No ${what} "${id}".`);
    return entry;
  };
}

async function buildSite(): Promise<Site> {
  const [articles, terms, datasets, sources, claims, widgets] = await Promise.all([
    getCollection('articles'),
    getCollection('glossary'),
    getCollection('datasets'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('calculators'),
  ]);
  articles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
  const set: ContentSet = {
    sources: sources.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/sources/${entry.id}.yaml`, data: entry.data })),
    claims: claims.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? 'content/claims', data: entry.data })),
    datasets: datasets.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/datasets/${entry.id}.yaml`, data: entry.data })),
    glossary: terms.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/glossary/${entry.id}.md`, data: entry.data })),
    articles: articles.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/articles/${entry.id}.mdx`, data: entry.data, body: entry.body ?? '' })),
    calculators: widgets.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/calculators/${entry.id}.yaml`, data: entry.data })),
  };
  const problems = checkContent(set);
  if (problems.length > 0) {
    throw new AstroError(
      `The content has ${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n  - ${problems.join('\n  - ')}`,
      'Fix each file and field named above; content/README.md describes every field.',
    );
  }

  const claimPlaces = new Map<string, ClaimPlace[]>();
  const datasetPlaces = new Map<string, ArticleEntry[]>();
  const uses = new Map<string, (TermUse & { article: ArticleEntry })[]>();
  for (const article of articles) {
    const body = article.body ?? '';
    for (const call of componentCalls(body)) {
      const claimId = call.attributes.claim;
      if (claimId && (call.component === 'Note' || call.component === 'Figure')) {
        const anchor = call.component === 'Note' ? call.attributes.id! : call.section;
        const list = claimPlaces.get(claimId) ?? [];
        if (!list.some((place) => place.article.id === article.id && place.anchor === anchor)) list.push({ article, anchor });
        claimPlaces.set(claimId, list);
      }
      if (call.component === 'Chart' && call.attributes.dataset) {
        const list = datasetPlaces.get(call.attributes.dataset) ?? [];
        if (!list.includes(article)) list.push(article);
        datasetPlaces.set(call.attributes.dataset, list);
      }
    }
    for (const use of termUses(body)) {
      const list = uses.get(use.term) ?? [];
      list.push({ ...use, article });
      uses.set(use.term, list);
    }
  }
  const worked = new Map(claims.flatMap((claim) => (claim.data.calculation ? [[claim.id, workCalculation(claim.data.calculation)] as const] : [])));
  const claimCharts = new Map<string, { article: ArticleEntry; dataset: DatasetEntry }[]>();
  for (const dataset of datasets) {
    const article = datasetPlaces.get(dataset.id)?.[0];
    if (!article) continue;
    const claimIds = new Set(dataset.data.series.flatMap((series) => series.points.flatMap((point) => (point.claim ? [point.claim] : []))));
    for (const claimId of claimIds) claimCharts.set(claimId, [...(claimCharts.get(claimId) ?? []), { article, dataset }]);
  }
  const minutes = new Map(articles.map((article) => [article.id, readingMinutes(article.body ?? '')]));
  const unlinked = unlinkedTerms(set);
  // Not an error (a term may serve readers of the sources), but writers should know.
  if (unlinked.length > 0) console.warn(`[content] ${unlinked.length} glossary term(s) no long-read links to: ${unlinked.join(', ')}`);

  return {
    articles,
    terms,
    datasets,
    sources,
    claims,
    claim: byId(claims, 'claim'),
    term: byId(terms, 'glossary term'),
    dataset: byId(datasets, 'dataset'),
    source: byId(sources, 'source'),
    widget: (name) => byId(widgets, 'calculator or interactive content file')(name).data,
    worked: (claimId) => worked.get(claimId),
    claimCharts: (id) => claimCharts.get(id) ?? [],
    claimPlaces: (id) => claimPlaces.get(id) ?? [],
    datasetPlaces: (id) => datasetPlaces.get(id) ?? [],
    termUses: (id) => uses.get(id) ?? [],
    readingMinutes: (article) => minutes.get(article.id) ?? 1,
    unlinkedTerms: unlinked,
  };
}
