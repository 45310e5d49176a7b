// Lighthouse (mobile preset) on one page of each kind, in Debian's Chromium, against the built
// site served locally. Scores are 0–100 per category.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
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
    for (const path of paths) {
      const run = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const scores = Object.fromEntries(categories.map((category) => [category, Math.round((run?.lhr.categories[category]?.score ?? 0) * 100)]));
      const failing = Object.values(run?.lhr.audits ?? {})
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      results.push({ path: `/${path}`, ...scores, failing, lcpMs: Math.round(run?.lhr.audits['largest-contentful-paint']?.numericValue ?? 0), cls: run?.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0 });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return results;
}
