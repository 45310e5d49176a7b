/**
 * Words that depend on the content: "two" or "three" from the number of sources, the templates of
 * content/site.yaml filled in, and its `[words](page)` links split out for a component to render.
 */
import { routes } from './urls';

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 3 → "three"; numbers above twelve stay digits, as in print. */
export function numberWord(count: number): string {
  return numberWords[count] ?? String(count);
}

/**
 * An article's name in a list of links: its title up to the colon ("A trillion on paper: checking the
 * report…" → "A trillion on paper"). The title's first part names the piece; the rest describes it.
 */
export function titleHead(title: string): string {
  const colon = title.indexOf(': ');
  return colon > 0 ? title.slice(0, colon) : title;
}

/** "margins" → "Margins": category values and some dates are lower-case words in the content. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "two" for two sources: for sentences such as "the {sourceCount} source articles". */
export function sourceCountWords(count: number): string {
  return numberWord(count);
}

/** All of the sources, as a reader says it: "the source article", "both sources", "all three sources". */
export function sourcesPhrase(count: number): string {
  if (count === 1) return 'the source';
  if (count === 2) return 'both sources';
  return `all ${numberWord(count)} sources`;
}

export interface WordCounts {
  sources: number;
  claims: number;
  terms: number;
}

export interface SiteWordValues extends WordCounts {
  subject: string;
}

/** Fills `{sourceCount}`, `{SourceCount}`, `{claimCount}`, `{termCount}` and `{subject}`; an unknown `{name}` stays as written. */
export function fillWords(template: string, values: SiteWordValues): string {
  const table: Record<string, string> = {
    sourceCount: sourceCountWords(values.sources),
    SourceCount: capitalise(sourceCountWords(values.sources)),
    claimCount: String(values.claims),
    termCount: String(values.terms),
    subject: values.subject,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => table[name] ?? whole);
}

/** The pages a `[words](page)` link in site.yaml may name. */
export const linkablePages = {
  home: routes.home,
  claims: routes.claims,
  sources: routes.sources,
  glossary: routes.glossary,
  search: routes.search,
  references: routes.references,
  corrections: routes.corrections,
} as const;

export type LinkablePage = keyof typeof linkablePages;

/** Splits text at `[words](page)` links: plain runs and links, in order, for a component to render. */
export function linkedWords(text: string): ({ text: string } | { text: string; path: string })[] {
  const parts: ({ text: string } | { text: string; path: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[([^\]]+)\]\((\w+)\)/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const page = linkablePages[match[2] as LinkablePage];
    parts.push(page ? { text: match[1]!, path: page() } : { text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A source as a reader names it: its short title capitalised ("Rosario Fortugno's blog essay"), else its title. */
export function sourceName(source: { title: string; shortTitle?: string | undefined }): string {
  const name = source.shortTitle ?? source.title;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
