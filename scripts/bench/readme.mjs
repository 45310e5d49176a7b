// Puts the benchmark's table into README.md between the bench markers, so the README always quotes
// the latest measured figures. `node scripts/bench/readme.mjs` does it from bench/results.md.
import { readFileSync, writeFileSync } from 'node:fs';

export function quoteInReadme(markdown, readme = 'README.md') {
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${readme} has no ${start} … ${end} markers`);
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${markdown.trim()}\n${text.slice(to)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) quoteInReadme(readFileSync('bench/results.md', 'utf8'));
