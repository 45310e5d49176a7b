/**
 * Cross-reference checks over the whole content set. Each collection's own schema checks the
 * shape of one file; this checks that what one file names exists in another, and that every
 * figure can be traced to a paragraph of its source. It returns problems instead of throwing,
 * so a writer sees all of them at once.
 */
import { workCalculation } from './calculations';
import { directLabelProblem } from './chart-labels';
import { claimMentions } from './claim-mentions';
import { seriesName } from './chart-spec';
import { calculators } from './calculators';
import { fieldPath, formatProblem, type Position } from './content-problems';
import { interactiveNames } from './interactives';
import { componentCalls, type ComponentCall } from './mdx-references';
import { checkReferences } from './reference-checks';
import { noteKinds, type ArticleData, type Claim, type Correction, type Dataset, type GlossaryTerm, type Reference, type Source, type SourceReference } from './schemas';
import { checkWidgets, type WidgetContent } from './widget-content';
import { widgetNeeds } from './widget-registry';

export interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
  /** For MDX: the whole file, front matter included, so lines and columns are the file's own. */
  body?: string;
  /** Where a field (`series[0].points[1].source`) sits in the file, when the loader knows. */
  locate?: (field: (string | number)[]) => Position | undefined;
}

export interface ContentSet {
  sources: Entry<Source>[];
  claims: Entry<Claim>[];
  datasets: Entry<Dataset>[];
  glossary: Entry<GlossaryTerm>[];
  articles: Entry<ArticleData>[];
  /** Public documents cited beyond the two sources, and the corrections log (src/lib/reference-checks.ts). */
  references?: Entry<Partial<Reference>>[];
  corrections?: Entry<Correction>[];
  /** Ids of content/forecasts/ files, for <ForecastSystem source="…">. */
  forecasts?: string[];
  /** content/calculators: calculator and interactive defaults (optional for older fixtures). */
  calculators?: Entry<WidgetContent>[];
}

export interface CheckOptions {
  /**
   * The component names MDX may use (the keys of src/components/mdx-components.ts). A capitalised
   * tag not in this list is reported: MDX would fail to render it, or render nothing.
   */
  components?: readonly string[];
}

/** The sections of content/README.md that explain each kind of file. */
const guides = { sources: 'sources', claims: 'claims', datasets: 'datasets', glossary: 'glossary-terms', articles: 'articles', components: 'components', calculators: 'calculators', paragraphs: 'citing-a-source-paragraph' } as const;

type Report = (field: string, message: string, guide?: string) => void;

export function checkContent(content: ContentSet, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const sources = new Map(content.sources.map((entry) => [entry.id, entry.data]));
  const claims = new Set(content.claims.map((entry) => entry.id));
  const datasets = new Set(content.datasets.map((entry) => entry.id));
  const terms = new Set(content.glossary.map((entry) => entry.id));
  const articles = new Set(content.articles.map((entry) => entry.id));

  /** Reports problems of one entry: file, line and column of the field, the entry, the field. */
  function reporter(entry: Entry<unknown>, subject: string, guide: string): Report {
    return (field, message, specificGuide) => {
      const position = entry.locate?.(fieldPath(field));
      problems.push(formatProblem({ file: entry.filePath, position, subject, field, message, guide: specificGuide ?? guide }));
    };
  }

  function checkReference(report: Report, field: string, reference: SourceReference): void {
    const source = sources.get(reference.article);
    if (!source) {
      report(`${field}.article`, `no source "${reference.article}" (known: ${[...sources.keys()].join(', ')}).`, guides.sources);
    } else if (reference.paragraph > source.paragraphCount) {
      report(`${field}.paragraph`, `¶${reference.paragraph} does not exist; source ${reference.article} has ${source.paragraphCount} paragraphs.`, guides.paragraphs);
    }
  }

  function checkId(report: Report, field: string, id: string, known: Set<string>, what: string): void {
    if (!known.has(id)) report(field, `no ${what} "${id}".`);
  }

  for (const entry of content.claims) {
    const { id, data } = entry;
    const report = reporter(entry, `claim "${id}"`, guides.claims);
    checkReference(report, 'source', data.source);
    if (!id.startsWith(`${data.source.article}-`)) {
      report('id', `a claim of source ${data.source.article} must have an id starting "${data.source.article}-".`);
    }
    data.compare.forEach((other, index) => checkId(report, `compare[${index}]`, other, claims, 'claim'));
    // "(002-ttm-revenue)" in the reasoning becomes a link to that claim; an unknown id would show raw.
    for (const mentioned of claimMentions(data.reasoning)) checkId(report, 'reasoning', mentioned, claims, 'claim');
    const calculation = data.calculation;
    if (!calculation) continue;
    calculation.inputs.forEach((input, index) => {
      if (input.source) checkReference(report, `calculation.inputs[${index}].source`, input.source);
    });
    if (calculation.stated) checkReference(report, 'calculation.stated.source', calculation.stated.source);
    try {
      const worked = workCalculation(calculation);
      if (worked.stated) {
        const mismatchVerdicts = ['does-not-add-up', 'self-contradictory', 'contradicted'];
        if (data.verdict === 'consistent' && !worked.stated.matches) {
          report('verdict', `"consistent", but the recomputed ${worked.text} differs from the stated ${worked.stated.text}.`);
        }
        if (mismatchVerdicts.includes(data.verdict) && worked.stated.matches) {
          report('verdict', `"${data.verdict}", but the recomputed ${worked.text} matches the stated ${worked.stated.text}.`);
        }
      }
    } catch (error) {
      report('calculation', `${(error as Error).message}.`);
    }
  }

  for (const entry of content.datasets) {
    const { id, data } = entry;
    const report = reporter(entry, `dataset "${id}"`, guides.datasets);
    if (!sources.has(data.article)) report('article', `no source "${data.article}".`);
    const categories = new Set(data.categories);
    data.series.forEach((series, seriesIndex) => {
      if (data.chart === 'line') {
        const problem = directLabelProblem(seriesName(series));
        if (problem) report(`series[${seriesIndex}].${series.directLabel ? 'directLabel' : 'label'}`, problem);
      }
      const seen = new Set<string>();
      series.points.forEach((point, pointIndex) => {
        const field = `series[${seriesIndex}].points[${pointIndex}]`;
        checkReference(report, `${field}.source`, point.source);
        if (!categories.has(point.category)) report(`${field}.category`, `"${point.category}" is not one of the dataset's categories (${data.categories.join(', ')}).`);
        if (seen.has(point.category)) report(`${field}.category`, `"${point.category}" appears twice in one series.`);
        seen.add(point.category);
        if (point.claim) checkId(report, `${field}.claim`, point.claim, claims, 'claim');
      });
    });
  }

  for (const entry of content.glossary) {
    const report = reporter(entry, `term "${entry.id}"`, guides.glossary);
    entry.data.related.forEach((other, index) => checkId(report, `related[${index}]`, other, terms, 'glossary term'));
    if (entry.data.explainer) checkId(report, 'explainer', entry.data.explainer, articles, 'article');
  }

  const components = options.components ? new Set(options.components.filter((name) => /^[A-Z]/.test(name))) : undefined;
  for (const entry of content.articles) {
    const { filePath, data, body = '' } = entry;
    const report = reporter(entry, '', guides.articles);
    if (data.source && !sources.has(data.source)) report('source', `no source "${data.source}".`);
    data.keyFigures.forEach((claim, index) => checkId(report, `keyFigures[${index}]`, claim, claims, 'claim'));
    const noteIds = new Map<string, number>();
    for (const call of componentCalls(body)) {
      const callProblem = (message: string, attributeName?: string) => {
        const place = (attributeName && call.attributePlaces[attributeName]) || call;
        problems.push(formatProblem({ file: filePath, position: { line: place.line, column: place.column }, message: `<${call.component}> ${message}`, guide: guides.components }));
      };
      if (components && !components.has(call.component)) {
        callProblem(`is not a component long-reads can use; the components are ${[...components].join(', ')}.`);
        continue;
      }
      for (const name of call.expressionAttributes) callProblem(`${name}={…}: write the value as plain text in quotes, ${name}="…", so the build can check it.`, name);
      checkCall(call, callProblem);
    }

    function checkCall(call: ComponentCall, callProblem: (message: string, attributeName?: string) => void): void {
      const attribute = (name: string) => call.attributes[name];
      const requireAttribute = (name: string, known: Set<string>, what: string) => {
        const value = attribute(name);
        if (!value) {
          if (!call.expressionAttributes.includes(name)) callProblem(`needs ${name}="…".`);
        } else if (!known.has(value)) callProblem(`${name}="${value}": no ${what} "${value}".`, name);
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
        case 'Calculator':
          requireAttribute('name', new Set(Object.keys(calculators)), 'calculator');
          break;
        case 'Interactive':
          requireAttribute('name', new Set(interactiveNames), 'interactive');
          break;
        case 'Ref':
          // Checked with the other reference rules in reference-checks.ts.
          break;
        case 'ForecastSystem':
          if (!call.attributes.source) callProblem('needs source="…" (a file in content/forecasts/).');
          else if (content.forecasts && !content.forecasts.includes(call.attributes.source)) callProblem(`source="${call.attributes.source}": no content/forecasts/${call.attributes.source}.yaml.`, 'source');
          break;
        case 'Note': {
          const noteId = attribute('id');
          const kind = attribute('kind');
          if (call.expressionAttributes.includes('id')) {
            // Reported above: an {expression} cannot be checked.
          } else if (!noteId || !/^n-[a-z0-9-]+$/.test(noteId)) callProblem(`needs an id="n-…" of lower-case words (got "${noteId ?? ''}").`, 'id');
          else if (noteIds.has(noteId)) callProblem(`id="${noteId}" is already used on line ${noteIds.get(noteId)}.`, 'id');
          else noteIds.set(noteId, call.line);
          if (!kind || !(noteKinds as readonly string[]).includes(kind)) {
            callProblem(`kind="${kind ?? ''}" must be one of ${noteKinds.join(', ')}.`, 'kind');
          } else if (kind === 'definition') requireAttribute('term', terms, 'glossary term');
          else if (kind === 'check' || kind === 'compare') requireAttribute('claim', claims, 'claim');
          if (attribute('claim') && kind !== 'check' && kind !== 'compare') requireAttribute('claim', claims, 'claim');
          if (attribute('term') && kind !== 'definition') requireAttribute('term', terms, 'glossary term');
          // A space before the note is a place to break the line: its number would start a line alone.
          if (call.inline && /[ \t]/.test(body.charAt(call.offset - 1))) callProblem('has a space before it: write it straight after the word or punctuation it annotates ("…a trillion.<Note …/>"), so its number cannot wrap onto a line of its own.');
          break;
        }
      }
    }
    data.findings.forEach((finding, index) => {
      if (!noteIds.has(finding.note)) report(`findings[${index}].note`, `no <Note id="${finding.note}"> in this article.`);
      if (!/\d/.test(finding.text)) report(`findings[${index}].text`, `a finding states its number ("${finding.text}").`);
    });
    if (data.source && data.findings.length > 0 && data.findings.length < 3) {
      report('findings', `a long-read of a source opens with 3 to 5 findings (it has ${data.findings.length}).`);
    }
  }
  problems.push(...checkReferences({
    references: content.references ?? [],
    corrections: content.corrections ?? [],
    claims: content.claims,
    articles: content.articles,
    glossary: content.glossary,
  }));
  if (content.calculators) {
    problems.push(...checkWidgets(content.calculators, widgetNeeds, (entry) => reporter(entry, `widget "${entry.id}"`, guides.calculators), checkReference));
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
