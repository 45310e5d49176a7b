/**
 * Cross-reference checks over the whole content set. Each collection's own schema checks the
 * shape of one file; this checks that what one file names exists in another, and that every
 * figure can be traced to a paragraph of its source. It returns problems instead of throwing,
 * so a writer sees all of them at once.
 */
import { workCalculation } from './calculations';
import { calculators } from './calculators';
import { interactiveNames } from './interactives';
import { componentCalls } from './mdx-references';
import type { ArticleData, Claim, Dataset, GlossaryTerm, Source, SourceReference } from './schemas';

export interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
  body?: string;
}

export interface ContentSet {
  sources: Entry<Source>[];
  claims: Entry<Claim>[];
  datasets: Entry<Dataset>[];
  glossary: Entry<GlossaryTerm>[];
  articles: Entry<ArticleData>[];
}

export const noteKinds = ['definition', 'context', 'check', 'compare'] as const;

export function checkContent(content: ContentSet): string[] {
  const problems: string[] = [];
  const sources = new Map(content.sources.map((entry) => [entry.id, entry.data]));
  const claims = new Set(content.claims.map((entry) => entry.id));
  const datasets = new Set(content.datasets.map((entry) => entry.id));
  const terms = new Set(content.glossary.map((entry) => entry.id));
  const articles = new Set(content.articles.map((entry) => entry.id));

  function checkReference(where: string, field: string, reference: SourceReference): void {
    const source = sources.get(reference.article);
    if (!source) {
      problems.push(`${where}, field ${field}.article: no source "${reference.article}" (known: ${[...sources.keys()].join(', ')}).`);
    } else if (reference.paragraph > source.paragraphCount) {
      problems.push(`${where}, field ${field}.paragraph: ¶${reference.paragraph} does not exist; source ${reference.article} has ${source.paragraphCount} paragraphs.`);
    }
  }

  function checkId(where: string, field: string, id: string, known: Set<string>, what: string): void {
    if (!known.has(id)) problems.push(`${where}, field ${field}: no ${what} "${id}".`);
  }

  for (const { id, filePath, data } of content.claims) {
    const where = `${filePath}: claim "${id}"`;
    checkReference(where, 'source', data.source);
    if (!id.startsWith(`${data.source.article}-`)) {
      problems.push(`${where}, field id: a claim of source ${data.source.article} must have an id starting "${data.source.article}-".`);
    }
    data.compare.forEach((other, index) => checkId(where, `compare[${index}]`, other, claims, 'claim'));
    const calculation = data.calculation;
    if (!calculation) continue;
    calculation.inputs.forEach((input, index) => {
      if (input.source) checkReference(where, `calculation.inputs[${index}].source`, input.source);
    });
    if (calculation.stated) checkReference(where, 'calculation.stated.source', calculation.stated.source);
    try {
      const worked = workCalculation(calculation);
      if (worked.stated) {
        const mismatchVerdicts = ['does-not-add-up', 'self-contradictory', 'contradicted'];
        if (data.verdict === 'consistent' && !worked.stated.matches) {
          problems.push(`${where}, field verdict: "consistent", but the recomputed ${worked.text} differs from the stated ${worked.stated.text}.`);
        }
        if (mismatchVerdicts.includes(data.verdict) && worked.stated.matches) {
          problems.push(`${where}, field verdict: "${data.verdict}", but the recomputed ${worked.text} matches the stated ${worked.stated.text}.`);
        }
      }
    } catch (error) {
      problems.push(`${where}, field calculation: ${(error as Error).message}.`);
    }
  }

  for (const { id, filePath, data } of content.datasets) {
    const where = `${filePath}: dataset "${id}"`;
    if (!sources.has(data.article)) problems.push(`${where}, field article: no source "${data.article}".`);
    const categories = new Set(data.categories);
    data.series.forEach((series, seriesIndex) => {
      const seen = new Set<string>();
      series.points.forEach((point, pointIndex) => {
        const field = `series[${seriesIndex}].points[${pointIndex}]`;
        checkReference(where, `${field}.source`, point.source);
        if (!categories.has(point.category)) problems.push(`${where}, field ${field}.category: "${point.category}" is not one of the dataset's categories.`);
        if (seen.has(point.category)) problems.push(`${where}, field ${field}.category: "${point.category}" appears twice in one series.`);
        seen.add(point.category);
        if (point.claim) checkId(where, `${field}.claim`, point.claim, claims, 'claim');
      });
    });
  }

  for (const { id, filePath, data } of content.glossary) {
    const where = `${filePath}: term "${id}"`;
    data.related.forEach((other, index) => checkId(where, `related[${index}]`, other, terms, 'glossary term'));
    if (data.explainer) checkId(where, 'explainer', data.explainer, articles, 'article');
  }

  for (const { filePath, data, body = '' } of content.articles) {
    const where = `${filePath}`;
    if (data.source && !sources.has(data.source)) problems.push(`${where}, field source: no source "${data.source}".`);
    data.keyFigures.forEach((claim, index) => checkId(where, `keyFigures[${index}]`, claim, claims, 'claim'));
    const noteIds = new Map<string, number>();
    for (const call of componentCalls(body)) {
      const at = `${filePath}:${call.line}: <${call.component}>`;
      const attribute = (name: string) => call.attributes[name];
      const requireAttribute = (name: string, known: Set<string>, what: string) => {
        const value = attribute(name);
        if (!value) problems.push(`${at} needs ${name}="…".`);
        else if (!known.has(value)) problems.push(`${at} ${name}="${value}": no ${what} "${value}".`);
      };
      switch (call.component) {
        case 'Term':
          requireAttribute('id', terms, 'glossary term');
          break;
        case 'Chart':
          requireAttribute('dataset', datasets, 'dataset');
          break;
        case 'Figure':
          requireAttribute('claim', claims, 'claim');
          break;
        case 'Explainer':
          requireAttribute('article', articles, 'article');
          break;
        case 'Calculator':
          requireAttribute('name', new Set(Object.keys(calculators)), 'calculator');
          break;
        case 'Interactive':
          requireAttribute('name', new Set(interactiveNames), 'interactive');
          break;
        case 'Note': {
          const noteId = attribute('id');
          const kind = attribute('kind');
          if (!noteId || !/^n-[a-z0-9-]+$/.test(noteId)) problems.push(`${at} needs an id="n-…" of lower-case words (got "${noteId ?? ''}").`);
          else if (noteIds.has(noteId)) problems.push(`${at} id="${noteId}" is already used on line ${noteIds.get(noteId)}.`);
          else noteIds.set(noteId, call.line);
          if (!kind || !(noteKinds as readonly string[]).includes(kind)) {
            problems.push(`${at} kind="${kind ?? ''}" must be one of ${noteKinds.join(', ')}.`);
          } else if (kind === 'definition') requireAttribute('term', terms, 'glossary term');
          else if (kind === 'check' || kind === 'compare') requireAttribute('claim', claims, 'claim');
          if (attribute('claim') && kind !== 'check' && kind !== 'compare') requireAttribute('claim', claims, 'claim');
          if (attribute('term') && kind !== 'definition') requireAttribute('term', terms, 'glossary term');
          break;
        }
      }
    }
    data.findings.forEach((finding, index) => {
      if (!noteIds.has(finding.note)) problems.push(`${where}, field findings[${index}].note: no <Note id="${finding.note}"> in this article.`);
      if (!/\d/.test(finding.text)) problems.push(`${where}, field findings[${index}].text: a finding states its number ("${finding.text}").`);
    });
    if (data.source && data.findings.length > 0 && data.findings.length < 3) {
      problems.push(`${where}, field findings: a long-read of a source opens with 3 to 5 findings (it has ${data.findings.length}).`);
    }
  }
  return problems;
}

/** Terms no article links to: reported by the build so the glossary and the prose stay in step. */
export function unlinkedTerms(content: ContentSet): string[] {
  const used = new Set<string>();
  for (const article of content.articles) {
    for (const call of componentCalls(article.body ?? '')) {
      if (call.component === 'Term' && call.attributes.id) used.add(call.attributes.id);
      if (call.component === 'Note' && call.attributes.term) used.add(call.attributes.term);
    }
  }
  return content.glossary.map((entry) => entry.id).filter((id) => !used.has(id)).sort();
}
