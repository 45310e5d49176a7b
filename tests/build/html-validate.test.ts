/**
 * Every built page (dist/ by default; DIST_DIR for the sub-path build) through html-validate with
 * the project's .htmlvalidate.json: html-validate:recommended, with these changes, each because the
 * rule flags valid output:
 * - valid-id relaxed: claim ids such as "000-run-rate" are valid HTML ids and are the ledger's
 *   permalinks (/claims/#000-run-rate); the strict mode applies the old rule that ids start with a letter.
 * - form-dup-name shares names among checkboxes too: a group of checkboxes with one name is how a
 *   form submits several chosen values.
 * - no-trailing-whitespace off: a rule for hand-written source; Astro's HTML compression leaves a
 *   space before the line break it keeps next to an expression.
 * - long-title off: a search-display length heuristic (70 characters), not a markup rule; titles read
 *   "<page> · <site name>" so that a cut-off title loses the site name, not the page's.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/site-files.mjs';

const root = process.env.DIST_DIR ?? 'dist';
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'))));
let files: string[] = [];

beforeAll(() => {
  files = listFiles(root, '.html');
  if (files.length === 0) throw new Error(`No pages in ${root}: run npm run build first.`);
});

/** "file:line:column: rule: message (selector)" for each error html-validate reports. */
async function errors(file: string, html = readFileSync(file, 'utf8')) {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.filter((message) => message.severity === 2).map((message) => `${relative('.', file)}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`),
  );
}

describe(`HTML of ${root}`, () => {
  it('catches invalid markup with this configuration', async () => {
    const broken = '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a"><div>y</div></body></html>';
    const found = await errors('broken.html', broken);
    expect(found.some((line) => line.includes('no-dup-id'))).toBe(true);
  });

  it('has no validation errors on any page', async () => {
    const found = (await Promise.all(files.map((file) => errors(file)))).flat();
    expect(found).toEqual([]);
  });
});
