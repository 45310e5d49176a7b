import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { datesInWords, longDate } from '../../src/lib/format';

const root = process.env.DIST_DIR ?? 'dist';
// Links carry the base path the site is built for ("/" or "/explainers/").
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const page = (path: string) => parseHtml(readFileSync(join(root, path, 'index.html'), 'utf8'));
const yamlFiles = (folder: string) => readdirSync(folder).filter((file) => file.endsWith('.yaml'));

describe('the public record in the built site', () => {
  const references = page('references');

  it('lists every reference with publisher, date and a link to the document', () => {
    for (const file of yamlFiles('content/references')) {
      const id = file.replace(/\.yaml$/, '');
      const data = parse(readFileSync(join('content/references', file), 'utf8')) as { publisher: string; url: string; date: string };
      const entry = references.querySelector(`#ref-${id}`);
      expect(entry, id).toBeTruthy();
      expect(entry!.querySelector('.reference-publisher')!.text).toBe(data.publisher);
      expect(entry!.querySelector(`a[href="${data.url}"]`), `${id} links to its URL`).toBeTruthy();
      // A reader's date ("29 May 2026", "November 2023"), with the data file's date for machines.
      expect(entry!.text).toContain(datesInWords(data.date));
      expect(entry!.querySelector(`time[datetime="${data.date}"]`), id).toBeTruthy();
      expect(entry!.querySelector('.reference-date')!.text, id).not.toMatch(/\d{4}-\d{2}/);
    }
  });

  it('shows, under each reference, every claim that cites it', () => {
    const claims = ['000.yaml', '002.yaml', 'comparisons.yaml'].flatMap((file) => parse(readFileSync(join('content/claims', file), 'utf8')) as { id: string; references?: string[] }[]);
    for (const claim of claims) {
      for (const reference of claim.references ?? []) {
        expect(references.querySelector(`#ref-${reference} a[href$="/claims/#${claim.id}"]`), `${reference} → ${claim.id}`).toBeTruthy();
      }
    }
    // Each use is named in words (the claim's opening, the correction's date and change), never by id.
    const useLinks = references.querySelectorAll('.reference-uses a');
    expect(useLinks.length).toBeGreaterThan(20);
    for (const link of useLinks) expect(link.text, link.getAttribute('href')).not.toMatch(/^(\d{3}|comparison)-[a-z0-9-]+$|^\d{4}-\d{2}-\d{2}/);
  });

  it('shows, in the note for a re-examined claim, the documents its verdict rests on', () => {
    const note = page('articles/anthropic-s1-deep-dive').querySelector('#n-openai')!;
    const links = note.querySelectorAll('.claim-references a').map((link) => link.getAttribute('href'));
    expect(links).toEqual(['latimes-2023-microsoft-openai', 'hindustantimes-2024-openai-tender', 'lushbinary-2026-openai-852-billion'].map((id) => `${base}references/#ref-${id}`));
  });

  it('links each <Ref> in a long-read to its entry', () => {
    const article = page('articles/anthropic-s1-deep-dive');
    const refs = article.querySelectorAll('.public-ref a');
    expect(refs.length).toBeGreaterThan(5);
    for (const link of refs) expect(references.querySelector(`#${link.getAttribute('href')!.split('#')[1]}`)).toBeTruthy();
  });
});

describe('the forecast as a system', () => {
  it('shows the stated and derived rows in the S-1 long-read', () => {
    const table = page('articles/anthropic-s1-deep-dive').querySelector('#forecast-system-002 table')!;
    expect(table).toBeTruthy();
    const rows = table.querySelectorAll('tbody tr');
    const row = (label: string) => rows.find((candidate) => candidate.querySelector('th')!.text.startsWith(label))!;
    expect(row('Cost of revenue').querySelectorAll('td').map((cell) => cell.text)).toEqual(['$0.304B', '$0.864B', '$1.58B', '$2.47B', '$7.5B']);
    expect(row('Price per million tokens the gross margin needs').querySelectorAll('td')[1]!.text).toBe('$1,111');
    expect(row('EBITDA (').classList.contains('row-implied')).toBe(true);
    expect(row('EBITDA margin').classList.contains('row-stated')).toBe(true);
  });
});

describe('the corrections log', () => {
  const entries = yamlFiles('content/corrections').map((file) => ({ id: file.replace(/\.yaml$/, ''), ...(parse(readFileSync(join('content/corrections', file), 'utf8')) as { article?: string; date: string }) }));

  it('lists every entry on /corrections/', () => {
    const log = page('corrections');
    for (const entry of entries) expect(log.querySelector(`#correction-${entry.id}`), entry.id).toBeTruthy();
  });

  it('shows each long-read its own entries, dated', () => {
    for (const article of new Set(entries.flatMap((entry) => (entry.article ? [entry.article] : [])))) {
      const section = page(`articles/${article}`).querySelector('.corrections-log');
      expect(section, article).toBeTruthy();
      const own = entries.filter((entry) => entry.article === article);
      expect(section!.querySelectorAll('li').length).toBe(own.length);
      for (const date of new Set(own.map((entry) => String(entry.date)))) expect(section!.text, `${article} ${date}`).toContain(longDate(date));
      expect(section!.text, article).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('worked sums as text', () => {
  it('keep a space between their lines, so search excerpts and copied text do not run "¶3)Run" together', () => {
    const sums = ['claims', 'articles/anthropic-s1-deep-dive'].flatMap((path) => page(path).querySelectorAll('.note-sum'));
    expect(sums.length).toBeGreaterThan(20);
    for (const sum of sums) expect(sum.text, sum.text.slice(0, 80)).not.toMatch(/[)\w%×](?=[A-Z][a-z])/);
  });
  it('write a negative operand in brackets with a true minus sign', () => {
    const sums = page('articles/anthropic-s1-deep-dive').querySelectorAll('.note-summary strong').map((strong) => strong.text);
    expect(sums).toContain('45% − (−10%) = 55 percentage points');
    for (const sum of sums) expect(sum, sum).not.toMatch(/(^|[\s(])-\d/);
  });
});
