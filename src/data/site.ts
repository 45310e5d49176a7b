/**
 * The one place pages read content from. It loads every collection, checks all cross-references
 * once (failing the build with every problem listed by file and field), and offers lookups.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { workCalculation, type WorkedCalculation } from '../lib/calculations';
import { checkContent, unlinkedTerms, type ContentSet } from '../lib/content-graph';
import { frontMatter, readYaml, type FieldPath, type Position } from '../lib/content-problems';
import { mdxComponentNames } from '../lib/mdx-component-names';
import { componentCalls, notesRightAfterNotes, readingMinutes, termUses, type TermUse } from '../lib/mdx-references';
import { referenceUses, type ReferenceUse } from '../lib/reference-checks';
import type { SiteSettings, Verdict } from '../lib/schemas';
import { fillWords } from '../lib/site-words';
import { smartQuotes } from '../lib/typography';
import { verdictTones, type VerdictTone } from '../lib/verdicts';
import type { WidgetContent } from '../lib/widget-content';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type DatasetEntry = CollectionEntry<'datasets'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type ClaimEntry = CollectionEntry<'claims'>;
export type ReferenceEntry = CollectionEntry<'references'>;
export type CorrectionEntry = CollectionEntry<'corrections'>;

export interface ClaimPlace {
  article: ArticleEntry;
  /** The note that annotates the claim, or the section the claim's figure appears in. */
  anchor: string;
}

export interface Site {
  /** The published articles (drafts too with SHOW_DRAFTS=1), in home-page order. */
  articles: ArticleEntry[];
  /** Articles marked `draft: true`: checked like the rest, shown nowhere in a build. */
  drafts: ArticleEntry[];
  /** content/site.yaml with every {placeholder} filled in from the collections. */
  words: SiteSettings;
  /** A verdict as readers see it: its name and meaning (content/site.yaml) and its colour family. */
  verdict(verdict: Verdict): { label: string; explanation: string; tone: VerdictTone };
  terms: TermEntry[];
  datasets: DatasetEntry[];
  sources: SourceEntry[];
  claims: ClaimEntry[];
  /** Public documents cited beyond the two sources, by publisher name. */
  references: ReferenceEntry[];
  /** The corrections log, newest first. */
  corrections: CorrectionEntry[];
  reference(id: string): ReferenceEntry;
  /** Where each reference is cited: claims, long-reads and corrections. */
  referenceUses(id: string): ReferenceUse[];
  claim(id: string): ClaimEntry;
  term(id: string): TermEntry;
  dataset(id: string): DatasetEntry;
  source(id: string): SourceEntry;
  /** A calculator's or interactive's content: defaults, labels and their sources. */
  widget(name: string): WidgetContent;
  /** The name of every calculator's and interactive's content file (content/calculators/<name>.yaml). */
  widgetNames: string[];
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
  /** A note's number on its article's page: 1, 2, 3… in the order of the text. */
  noteNumber(articleId: string, noteId: string): number | undefined;
  /** Whether the note is written straight after another, its marker the second of a pair. */
  noteFollowsNote(articleId: string, noteId: string): boolean;
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

/** The file's text, front matter included, so MDX positions are the file's own lines. */
function fileText(filePath: string, fallback: string): string {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return fallback;
  }
}

/**
 * Finds a field in a YAML file (or a Markdown file's front matter, or one item of a ledger),
 * reading the file only when a problem needs a line number.
 */
function yamlLocator(filePath: string, kind: 'yaml' | 'front-matter' | { listItem: string }): (path: FieldPath) => Position | undefined {
  let locate: ((path: FieldPath) => Position | undefined) | undefined;
  return (path) => {
    try {
      if (!locate) {
        const text = readFileSync(filePath, 'utf8');
        const yaml = kind === 'front-matter' ? readYaml(frontMatter(text).yaml, filePath, '', 2) : readYaml(text, filePath, '');
        if (typeof kind === 'object') {
          const index = Array.isArray(yaml.data) ? yaml.data.findIndex((item: { id?: unknown }) => item?.id === kind.listItem) : -1;
          locate = (inner) => yaml.locate([index, ...inner]);
        } else locate = yaml.locate;
      }
      return locate(path);
    } catch {
      return undefined;
    }
  };
}

async function buildSite(): Promise<Site> {
  const [allArticles, terms, datasets, sources, claims, settings, references, corrections, forecasts, widgets] = await Promise.all([
    getCollection('articles'),
    getCollection('glossary'),
    getCollection('datasets'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('settings'),
    getCollection('references'),
    getCollection('corrections'),
    getCollection('forecasts'),
    getCollection('calculators'),
  ]);
  references.sort((a, b) => a.data.publisher.localeCompare(b.data.publisher, 'en', { sensitivity: 'base' }) || a.data.date.localeCompare(b.data.date));
  corrections.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
  allArticles.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  // Drafts are checked with everything else but published nowhere; SHOW_DRAFTS=1 shows them
  // (`SHOW_DRAFTS=1 npm run dev` to read one). Not import.meta.env.DEV: a build started from a
  // test runner runs in test mode, where DEV is true.
  const articles = allArticles.filter((article) => !article.data.draft || process.env.SHOW_DRAFTS === '1');
  const drafts = allArticles.filter((article) => article.data.draft);
  terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
  const located = <T>(entry: { id: string; filePath?: string; data: T }, fallback: string, kind: 'yaml' | 'front-matter' | 'list') => {
    const filePath = entry.filePath ?? fallback;
    return { id: entry.id, filePath, data: entry.data, locate: yamlLocator(filePath, kind === 'list' ? { listItem: entry.id } : kind) };
  };
  const articleTexts = new Map(allArticles.map((entry) => [entry.id, fileText(entry.filePath ?? '', entry.body ?? '')]));
  const set: ContentSet = {
    sources: sources.map((entry) => located(entry, `content/sources/${entry.id}.yaml`, 'yaml')),
    claims: claims.map((entry) => located(entry, 'content/claims', 'list')),
    datasets: datasets.map((entry) => located(entry, `content/datasets/${entry.id}.yaml`, 'yaml')),
    glossary: terms.map((entry) => located(entry, `content/glossary/${entry.id}.md`, 'front-matter')),
    articles: allArticles.map((entry) => ({ ...located(entry, `content/articles/${entry.id}.mdx`, 'front-matter'), body: articleTexts.get(entry.id) ?? '' })),
    references: references.map((entry) => located(entry, `content/references/${entry.id}.yaml`, 'yaml')),
    corrections: corrections.map((entry) => located(entry, `content/corrections/${entry.id}.yaml`, 'yaml')),
    forecasts: forecasts.map((entry) => entry.id),
    calculators: widgets.map((entry) => located(entry, `content/calculators/${entry.id}.yaml`, 'yaml')),
  };
  const problems = checkContent(set, { components: [...mdxComponentNames] });
  if (problems.length > 0) {
    throw new AstroError(
      `The content has ${problems.length} broken reference${problems.length === 1 ? '' : 's'}:\n  - ${problems.join('\n  - ')}`,
      'Fix each file at the line named above; content/README.md explains every field.',
    );
  }
  // Checked as written; shown with typographer's quotes (see typesetContent).
  typesetContent({ claims, corrections, references, datasets, sources, terms, articles: allArticles, widgets });
  const words = siteWords(settings[0]!.data, { sources: sources.length, claims: claims.length, terms: terms.length });

  const claimPlaces = new Map<string, ClaimPlace[]>();
  const datasetPlaces = new Map<string, ArticleEntry[]>();
  const uses = new Map<string, (TermUse & { article: ArticleEntry })[]>();
  const noteNumbers = new Map<string, Map<string, number>>();
  const pairedNotes = new Map<string, Set<string>>();
  for (const article of articles) {
    const body = articleTexts.get(article.id) ?? article.body ?? '';
    const numbers = new Map<string, number>();
    noteNumbers.set(article.id, numbers);
    pairedNotes.set(article.id, notesRightAfterNotes(body));
    for (const call of componentCalls(body)) {
      if (call.component === 'Note' && call.attributes.id) numbers.set(call.attributes.id, numbers.size + 1);
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
  const citations = referenceUses(set as Required<ContentSet>);
  // Not an error (a term may serve readers of the sources), but writers should know.
  if (unlinked.length > 0) console.warn(`[content] ${unlinked.length} glossary term(s) no long-read links to: ${unlinked.join(', ')}`);

  return {
    articles,
    drafts,
    words,
    verdict: (verdict) => ({ ...words.verdicts[verdict], tone: verdictTones[verdict] }),
    terms,
    datasets,
    sources,
    claims,
    references,
    corrections,
    reference: byId(references, 'reference'),
    referenceUses: (id) => citations.get(id) ?? [],
    claim: byId(claims, 'claim'),
    term: byId(terms, 'glossary term'),
    dataset: byId(datasets, 'dataset'),
    source: byId(sources, 'source'),
    widget: (name) => byId(widgets, 'calculator or interactive content file')(name).data,
    widgetNames: widgets.map((entry) => entry.id),
    worked: (claimId) => worked.get(claimId),
    claimCharts: (id) => claimCharts.get(id) ?? [],
    claimPlaces: (id) => claimPlaces.get(id) ?? [],
    datasetPlaces: (id) => datasetPlaces.get(id) ?? [],
    termUses: (id) => uses.get(id) ?? [],
    readingMinutes: (article) => minutes.get(article.id) ?? 1,
    noteNumber: (articleId, noteId) => noteNumbers.get(articleId)?.get(noteId),
    noteFollowsNote: (articleId, noteId) => pairedNotes.get(articleId)?.has(noteId) ?? false,
    unlinkedTerms: unlinked,
  };
}

/**
 * Curly quotes in the prose fields of the YAML content, once, after the checks: the same text then
 * reaches note, ledger, chart, table and CSV. Ids, dates, URLs, units and kinds are left alone, and a
 * dataset's categories change with its points' categories, so they still match.
 */
function typesetContent(content: {
  claims: ClaimEntry[];
  corrections: CorrectionEntry[];
  references: ReferenceEntry[];
  datasets: DatasetEntry[];
  sources: SourceEntry[];
  terms: TermEntry[];
  articles: ArticleEntry[];
  widgets: { data: unknown }[];
}): void {
  const typeset = <T extends string | undefined>(text: T): T => (text === undefined ? text : (smartQuotes(text) as T));
  for (const { data } of content.claims) {
    Object.assign(data, { statement: typeset(data.statement), reasoning: typeset(data.reasoning) });
    for (const input of data.calculation?.inputs ?? []) input.label = typeset(input.label);
  }
  for (const { data } of content.corrections) Object.assign(data, { what: typeset(data.what), why: typeset(data.why) });
  for (const { data } of content.references) Object.assign(data, { title: typeset(data.title), establishes: typeset(data.establishes), note: typeset(data.note) });
  for (const { data } of content.terms) data.short = typeset(data.short);
  for (const { data } of content.articles) {
    Object.assign(data, { title: typeset(data.title), summary: typeset(data.summary) });
    for (const finding of data.findings) finding.text = typeset(finding.text);
  }
  for (const { data } of content.sources) {
    Object.assign(data, { title: typeset(data.title), shortTitle: typeset(data.shortTitle), authorNote: typeset(data.authorNote), kind: typeset(data.kind), reliability: data.reliability.map(typeset) });
    data.date.note = typeset(data.date.note);
    data.cites = data.cites.map(typeset);
  }
  // Calculators and interactives: the words a reader reads, wherever they sit in the file.
  const widgetWords = new Set(['question', 'intro', 'headline', 'label', 'about', 'caution', 'illustrative', 'articleSays']);
  const typesetWidget = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(typesetWidget);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'string' && widgetWords.has(key)) (value as Record<string, unknown>)[key] = smartQuotes(inner);
        else typesetWidget(inner);
      }
    }
  };
  for (const { data } of content.widgets) typesetWidget(data);
  for (const { data } of content.datasets) {
    Object.assign(data, { title: typeset(data.title), subtitle: typeset(data.subtitle), note: typeset(data.note), categories: data.categories.map(typeset) });
    for (const series of data.series) {
      Object.assign(series, { label: typeset(series.label), directLabel: typeset(series.directLabel) });
      for (const point of series.points) Object.assign(point, { category: typeset(point.category), asOf: typeset(point.asOf), note: typeset(point.note) });
    }
  }
}

/** Every text of content/site.yaml with its placeholders filled in. */
function siteWords(settings: SiteSettings, counts: { sources: number; claims: number; terms: number }): SiteSettings {
  const fill = (value: unknown): unknown =>
    typeof value === 'string'
      ? smartQuotes(fillWords(value, { ...counts, subject: settings.subject }))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]))
        : value;
  return fill(settings) as SiteSettings;
}
