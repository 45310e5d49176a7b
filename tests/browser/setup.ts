/**
 * Shared browser fixtures: one Chromium, the built site served at the root and a sub-path build
 * served under /explainers/, and a page factory that fails a test on any console error, page
 * error, failed request or Content Security Policy violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launch } from '../support/browser.mjs';
import { serve } from '../support/static-server.mjs';

export const site = { root: '', subPath: '' };
let browser: Browser;
let servers: { close: () => Promise<void> }[] = [];
const problemsByPage = new WeakMap<Page, string[]>();

beforeAll(async () => {
  // DIST_DIR, as for the build-output tests: a build in another folder (two people at once).
  const root = await serve(process.env.DIST_DIR ?? 'dist', '/');
  const sub = await serve(process.env.SUBPATH_DIST ?? '.test-builds/subpath', '/explainers/');
  servers = [root, sub];
  site.root = root.url;
  site.subPath = sub.url;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

export async function openPage(path: string, options: BrowserContextOptions & { base?: string; allowErrors?: boolean; beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<Page> {
  const { base = site.root, allowErrors = false, beforeLoad, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  problemsByPage.set(page, problems);
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowErrors) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still fetching (chart code starts loading at the reader's
    // first pointer movement, so a click on a link can cancel it): not a failure of the site.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !allowErrors) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await beforeLoad?.(page);
  await page.goto(new URL(path, base).toString(), { waitUntil: 'load' });
  return page;
}

/**
 * Scrolls a chart into view and acts as a reader would (a pointer movement), which is what lets
 * chart.js take over from the SVG; resolves once it has drawn.
 */
export async function wakeChart(page: Page, index = 0): Promise<void> {
  const host = page.locator('chart-canvas').nth(index);
  await host.scrollIntoViewIfNeeded();
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
  await expect.poll(() => host.getAttribute('data-drawn'), { timeout: 15_000 }).toBe('true');
}

/** Fails the test if the page logged an error, a failed request or a CSP violation. */
export async function expectClean(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  expect(problemsByPage.get(page) ?? []).toEqual([]);
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (through the DevTools protocol, so the page's CSP does not block it). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // target-size is off in axe by default; Lighthouse checks it, and so do we (24 px or spaced).
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
    // WCAG 2.5.8's inline exception: a note's number inside a sentence is sized by the line it sits
    // in (axe misses that for superscripts whose notes sit in the margin). Phones give it 44 px.
    const inSentence = (selector: string[]) => document.querySelector(selector.join(' '))?.matches('.longread-body p .note-marker, .longread-body li .note-marker') ?? false;
    return result.violations
      .map((violation: { id: string; nodes: { target: string[] }[] }) => ({ ...violation, nodes: violation.id === 'target-size' ? violation.nodes.filter((node) => !inSentence(node.target)) : violation.nodes }))
      .filter((violation: { nodes: unknown[] }) => violation.nodes.length > 0)
      .map((violation: { id: string; nodes: { target: string[] }[] }) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
  });
  return violations as string[];
}
