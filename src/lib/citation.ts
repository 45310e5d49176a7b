/** A citation of one of our pages, as plain text and as BibTeX. */
import { longDate } from './format';

export interface CitationInput {
  id: string;
  title: string;
  /** Left out when the site's address is unknown (no SITE_URL), rather than invented. */
  url?: string;
  published: Date;
  siteName: string;
}

export function citation(input: CitationInput): { plain: string; bibtex: string } {
  const date = input.published.toISOString().slice(0, 10);
  const year = date.slice(0, 4);
  const key = `${input.id.replace(/[^a-z0-9]+/gi, '')}${year}`;
  const braced = (text: string) => text.replace(/[{}\\]/g, '');
  return {
    plain: `${input.siteName}. “${input.title}.” Published ${longDate(input.published)}.${input.url ? ` ${input.url}` : ''}`,
    bibtex: [
      `@misc{${key},`,
      `  title = {${braced(input.title)}},`,
      `  author = {{${braced(input.siteName)}}},`,
      `  year = {${year}},`,
      `  date = {${date}},`,
      ...(input.url ? [`  url = {${input.url}},`] : []),
      `  note = {Annotated explainer}`,
      '}',
    ].join('\n'),
  };
}
