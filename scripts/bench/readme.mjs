// Puts the benchmark's tables into README.md, each between its own markers (<!-- name:start -->
// … <!-- name:end -->), so the README always quotes the latest measured figures. A run that skips a
// part (Lighthouse with BENCH_LIGHTHOUSE=0) leaves that part's block, with its own date, as it was,
// rather than erasing figures it did not measure. `node scripts/bench/readme.mjs` does it again
// from bench/results.md, which holds the same blocks with their markers.
import { readFileSync, writeFileSync } from 'node:fs';

const markers = (name) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];

/** The markdown between a block's markers in `text`, or undefined when the block is not there. */
export function quotedBlock(text, name) {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  return from === -1 || to < from ? undefined : text.slice(from + start.length, to).trim();
}

/** `markdown` between the block's markers, ready to stand in results.md or the README. */
export function markedBlock(name, markdown) {
  const [start, end] = markers(name);
  return `${start}\n${markdown.trim()}\n${end}`;
}

/** Replaces each named block of `readmeText` with the given markdown; a missing block is an error. */
export function replaceBlocks(readmeText, blocks) {
  let text = readmeText;
  for (const [name, markdown] of Object.entries(blocks)) {
    const [start, end] = markers(name);
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`the README has no ${start} … ${end} markers`);
    text = `${text.slice(0, from + start.length)}\n${markdown.trim()}\n${text.slice(to)}`;
  }
  return text;
}

export function quoteInReadme(blocks, readme = 'README.md') {
  writeFileSync(readme, replaceBlocks(readFileSync(readme, 'utf8'), blocks));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = readFileSync('bench/results.md', 'utf8');
  const names = [...results.matchAll(/<!-- ([\w-]+):start -->/g)].map((match) => match[1]);
  quoteInReadme(Object.fromEntries(names.map((name) => [name, quotedBlock(results, name) ?? ''])));
}
