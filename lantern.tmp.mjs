import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { chromiumFlags, findChromium } from './tests/support/browser.mjs';
import { serve } from './tests/support/static-server.mjs';
const paths = process.argv.slice(2);
const server = await serve(process.env.DIST||'dist', '/');
const { path } = await findChromium();
const chrome = await chromeLauncher.launch({ chromePath: path, chromeFlags: chromiumFlags });
for (const p of paths) {
  const run = await lighthouse(`${server.url.replace(/\/$/,'')}${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = run.lhr.audits;
  console.log(p, Math.round(run.lhr.categories.performance.score*100), ['first-contentful-paint','largest-contentful-paint','speed-index','total-blocking-time'].map(m=>Math.round(a[m].numericValue)).join(' '), 'observedFCP', a.metrics.details.items[0].observedFirstContentfulPaint);
  const art = run.artifacts;
  const data = { trace: art.Trace, devtoolsLog: art.DevtoolsLog, gatherContext: art.GatherContext, settings: run.lhr.configSettings, URL: art.URL, SourceMaps: art.SourceMaps, simulator: null, HostDPR: art.HostDPR };
  const context = { computedCache: new Map(), settings: run.lhr.configSettings };
  for (const [name, M] of [['FCP', LanternFirstContentfulPaint], ['LCP', LanternLargestContentfulPaint]]) {
    const r = await M.request(data, context);
    for (const kind of ['optimistic', 'pessimistic']) {
      const est = r[`${kind}Estimate`];
      console.log(` ${name} ${kind} ${Math.round(est.timeInMs)}`);
      for (const [node, t] of est.nodeTimings) {
        const label = node.type === 'network' ? `net ${node.request.url.replace(/^https?:\/\/[^/]+/, '')} ${node.request.transferSize}B` : `cpu ${Math.round(node.duration/1000)}ms-observed`;
        console.log(`    ${label.padEnd(70)} ${Math.round(t.startTime)}→${Math.round(t.endTime)}`);
      }
    }
  }
}
await chrome.kill(); await server.close();
