// Lighthouse (mobile preset) on one page of each kind, in Debian's Chromium, against the built
// site served locally. Scores are 0–100 per category, from the median of several runs of each page
// (BENCH_LIGHTHOUSE_RUNS, default 5): one run's performance score moves a point or two between runs
// of the same page (Lighthouse's docs/variability.md: the median of five runs is twice as stable as
// one), and a budget should not pass or fail on that. Three was not enough here: a 29 KB page with
// less than 1 KB of script read 99 in one bench and 100 in seven runs of its own. Lighthouse's
// computeMedianRun picks the run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumFlags, findChromium } from '../../tests/support/browser.mjs';
import { serve } from '../../tests/support/static-server.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(root, paths) {
  const server = await serve(root, '/');
  const { path, origin } = await findChromium();
  console.log(`Lighthouse browser: ${origin} (${path})`);
  const chrome = await chromeLauncher.launch({ chromePath: path, chromeFlags: chromiumFlags });
  const results = [];
  try {
    const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5));
    for (const path of paths) {
      const lhrs = [];
      for (let attempt = 0; attempt < runs; attempt++) {
        const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
        if (result) lhrs.push(result.lhr);
      }
      const run = lhrs.length ? { lhr: computeMedianRun(lhrs) } : undefined;
      const scores = Object.fromEntries(categories.map((category) => [category, Math.round((run?.lhr.categories[category]?.score ?? 0) * 100)]));
      const failing = Object.values(run?.lhr.audits ?? {})
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      results.push({ path: `/${path}`, runs: lhrs.length, ...scores, failing, lcpMs: Math.round(run?.lhr.audits['largest-contentful-paint']?.numericValue ?? 0), cls: run?.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0 });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return results;
}
