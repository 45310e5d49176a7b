/**
 * Checks on the public record the site cites (content/references/) and on the corrections log
 * (content/corrections/): every reference a claim, a long-read or a correction names must exist,
 * and every reference must say who published it, when, and where to read it. Like content-graph.ts
 * it returns problems instead of throwing, so a writer sees all of them at once.
 */
import { fieldPath, formatProblem, type Position } from './content-problems';
import { componentCalls } from './mdx-references';
import type { ArticleData, Claim, Correction, Reference } from './schemas';

interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
  body?: string;
  locate?: (field: (string | number)[]) => Position | undefined;
}

export interface ReferenceSet {
  references: Entry<Partial<Reference>>[];
  corrections: Entry<Correction>[];
  claims: Entry<Claim>[];
  articles: Entry<ArticleData>[];
  glossary: { id: string; filePath?: string; data?: { references?: string[] }; locate?: Entry<unknown>['locate'] }[];
}

/** One place a reference is cited. */
export type ReferenceUse =
  | { kind: 'claim'; claim: string }
  | { kind: 'article'; article: string; line: number; section: string }
  | { kind: 'correction'; correction: string }
  | { kind: 'term'; term: string };

const requiredFields = ['publisher', 'date', 'url'] as const;

export function checkReferences(content: ReferenceSet): string[] {
  const problems: string[] = [];
  const references = new Set(content.references.map((entry) => entry.id));
  const claims = new Set(content.claims.map((entry) => entry.id));
  const articles = new Map(content.articles.map((entry) => [entry.id, entry]));
  const terms = new Set(content.glossary.map((entry) => entry.id));
  const unknown = (reference: string) => `no reference "${reference}" in content/references/.`;
  /** One problem of one entry, at the line of its field when the loader knows it. */
  const report = (entry: { filePath?: string; locate?: Entry<unknown>['locate'] }, fallbackFile: string, subject: string, field: string, message: string, guide = 'references') =>
    problems.push(formatProblem({ file: entry.filePath ?? fallbackFile, position: entry.locate?.(fieldPath(field)), subject, field, message, guide }));

  for (const entry of content.references) {
    for (const field of requiredFields) {
      const value = entry.data[field];
      if (typeof value !== 'string' || value.trim() === '') {
        report(entry, entry.filePath, `reference "${entry.id}"`, field, 'missing; a reference needs a publisher, a date and a URL a reader can follow.');
      }
    }
  }

  for (const entry of content.claims) {
    entry.data.references.forEach((reference, index) => {
      if (!references.has(reference)) report(entry, entry.filePath, `claim "${entry.id}"`, `references[${index}]`, unknown(reference));
    });
  }

  for (const entry of content.glossary) {
    (entry.data?.references ?? []).forEach((reference, index) => {
      if (!references.has(reference)) report(entry, `content/glossary/${entry.id}.md`, `term "${entry.id}"`, `references[${index}]`, unknown(reference));
    });
  }

  for (const { filePath, body = '' } of content.articles) {
    for (const call of componentCalls(body)) {
      if (call.component !== 'Ref') continue;
      const reference = call.attributes.id;
      const place = call.attributePlaces?.id ?? call;
      const message = !reference ? '<Ref> needs id="…".' : !references.has(reference) ? `<Ref> id="${reference}": ${unknown(reference)}` : '';
      if (message) problems.push(formatProblem({ file: filePath, position: { line: place.line, column: place.column }, message, guide: 'references' }));
    }
  }

  for (const entry of content.corrections) {
    const { data } = entry;
    const fix = (field: string, message: string) => report(entry, entry.filePath, `correction "${entry.id}"`, field, message, 'corrections');
    const article = data.article ? articles.get(data.article) : undefined;
    if (data.article && !article) fix('article', `no article "${data.article}".`);
    if (data.note) {
      if (!data.article) fix('note', 'a note id needs the `article` it belongs to.');
      else if (article) {
        const noteIds = new Set(componentCalls(article.body ?? '').filter((call) => call.component === 'Note').map((call) => call.attributes.id));
        if (!noteIds.has(data.note)) fix('note', `no note id="${data.note}" in ${article.filePath}.`);
      }
    }
    if (data.claim && !claims.has(data.claim)) fix('claim', `no claim "${data.claim}".`);
    if (data.term && !terms.has(data.term)) fix('term', `no glossary term "${data.term}".`);
    data.references.forEach((reference, index) => {
      if (!references.has(reference)) fix(`references[${index}]`, unknown(reference));
    });
  }
  return problems;
}

/** Every place each reference is cited: claims, long-reads (by section) and corrections. */
export function referenceUses(content: Pick<ReferenceSet, 'claims' | 'articles' | 'corrections'> & Partial<Pick<ReferenceSet, 'glossary'>>): Map<string, ReferenceUse[]> {
  const uses = new Map<string, ReferenceUse[]>();
  const add = (reference: string, use: ReferenceUse) => uses.set(reference, [...(uses.get(reference) ?? []), use]);
  for (const claim of content.claims) for (const reference of claim.data.references) add(reference, { kind: 'claim', claim: claim.id });
  for (const article of content.articles) {
    for (const call of componentCalls(article.body ?? '')) {
      if (call.component === 'Ref' && call.attributes.id) add(call.attributes.id, { kind: 'article', article: article.id, line: call.line, section: call.section });
    }
  }
  for (const correction of content.corrections) for (const reference of correction.data.references) add(reference, { kind: 'correction', correction: correction.id });
  for (const term of content.glossary ?? []) for (const reference of term.data?.references ?? []) add(reference, { kind: 'term', term: term.id });
  return uses;
}

/** The share of claims whose verdict is still "Cannot be checked", as a fraction of all claims. */
export function uncheckableShare(claims: { data: Pick<Claim, 'verdict'> }[]): number {
  if (claims.length === 0) return 0;
  return claims.filter((claim) => claim.data.verdict === 'unverifiable').length / claims.length;
}
