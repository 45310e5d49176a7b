#!/usr/bin/env node
// Benchmark: how long a full build takes on this machine, and what each page weighs (JavaScript
// before any chart, chart code, CSS, HTML, requests), checked against the budgets. Writes
// bench/results.json and bench/results.md; exits non-zero when a budget is exceeded.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { budgets, loadPages, pageAssets } from '../tests/support/site-files.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const times = [];
for (let run = 0; run < runs; run++) {
  const start = process.hrtime.bigint();
  const result = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore' });
  if (result.status !== 0) {
    console.error('bench: the build failed; run npm run build to see why.');
    process.exit(2);
  }
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];

const pages = loadPages('dist', '/');
const rows = pages.map((page) => ({ page: page.urlPath, ...pageAssets('dist', '/', page) }));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const over = [];
for (const row of rows) {
  if (row.initialJsGzip > budgets.initialJsGzip) over.push(`${row.page}: JS before charts ${kb(row.initialJsGzip)} KB > ${kb(budgets.initialJsGzip)} KB`);
  if (row.chartJsGzip > budgets.chartJsGzip) over.push(`${row.page}: chart JS ${kb(row.chartJsGzip)} KB > ${kb(budgets.chartJsGzip)} KB`);
  if (row.cssGzip > budgets.cssGzip) over.push(`${row.page}: CSS ${kb(row.cssGzip)} KB > ${kb(budgets.cssGzip)} KB`);
}

// One row per kind of page: the heaviest page of each kind.
const kindOf = (path) => (path === '/' ? 'home' : path.split('/')[1] || 'other');
const heaviest = new Map();
for (const row of rows) {
  const kind = kindOf(row.page);
  const current = heaviest.get(kind);
  if (!current || row.initialJsGzip + row.cssGzip + row.htmlGzip > current.initialJsGzip + current.cssGzip + current.htmlGzip) heaviest.set(kind, row);
}
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores, Node ${process.version}`,
  buildSeconds: { median, runs: times },
  pages: rows.length,
  budgets,
  heaviestByKind: Object.fromEntries(heaviest),
  overBudget: over,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const table = [
  `Measured ${results.date.slice(0, 10)} on ${results.machine}. Full build (astro build, ${rows.length} pages): median ${median.toFixed(1)} s over ${runs} runs.`,
  '',
  '| page kind (heaviest) | JS before charts | chart JS (lazy) | CSS | HTML | requests before charts |',
  '|---|---|---|---|---|---|',
  ...[...heaviest.entries()].map(([kind, row]) => `| ${kind} (\`${row.page}\`) | ${kb(row.initialJsGzip)} KB | ${row.chartJsGzip ? `${kb(row.chartJsGzip)} KB` : '—'} | ${kb(row.cssGzip)} KB | ${kb(row.htmlGzip)} KB | ${row.requests} |`),
  '',
  `Budgets (gzip): JS before charts ≤ ${kb(budgets.initialJsGzip)} KB, chart JS ≤ ${kb(budgets.chartJsGzip)} KB, CSS ≤ ${kb(budgets.cssGzip)} KB. ${over.length ? `**Over budget:** ${over.join('; ')}` : 'All pages within budget.'}`,
];
writeFileSync('bench/results.md', `${table.join('\n')}\n`);
console.log(table.join('\n'));
process.exit(over.length ? 1 : 0);
