#!/usr/bin/env node
// npm run shots: screenshots of the whole site for a person to look at before committing. Every kind
// of page (full length), every chart, every calculator, interactive and diagram, at 390 and 1440 px
// in light and dark, plus each chart without JavaScript on a phone, gathered into one contact sheet:
// .shots/index.html (an ignored folder).
//
//   npm run shots                  build, then shoot everything
//   npm run shots -- --no-build    shoot the existing dist/
//   npm run shots -- --only chart  only shots whose name contains "chart"
//   npm run shots -- --dist path   shoot a build in another folder (implies --no-build)
//   npm run shots -- --out path    write the shots to another folder than .shots (two people at once)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/support/browser.mjs';
import { serve } from '../tests/support/static-server.mjs';

const argv = process.argv.slice(2);
const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : '.shots';
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : '';
const dist = argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : 'dist';
const widths = [
  { name: '390', viewport: { width: 390, height: 844 } },
  { name: '1440', viewport: { width: 1440, height: 900 } },
];
const themes = ['light', 'dark'];
// A full-page shot longer than this is cut: Chromium cannot paint an arbitrarily tall surface.
const maxHeight = 16000;

if (dist === 'dist' && (!argv.includes('--no-build') || !existsSync('dist/index.html'))) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** One page of each kind, found in dist/ so new articles and figures appear without editing this. */
function pagesToShoot() {
  const pages = [['home', '/']];
  const folders = (path) => (existsSync(join(dist, path)) ? readdirSync(join(dist, path), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort() : []);
  for (const article of folders('articles')) pages.push([`article ${article}`, `/articles/${article}/`]);
  pages.push(['claims ledger', '/claims/'], ['glossary', '/glossary/'], ['sources', '/sources/'], ['search', '/search/?q=run+rate']);
  const terms = folders('glossary');
  if (terms.length) pages.push([`glossary term ${terms[0]}`, `/glossary/${terms[0]}/`]);
  for (const page of ['references', 'corrections']) if (existsSync(join(dist, page, 'index.html'))) pages.push([page, `/${page}/`]);
  const figures = folders('figures');
  if (figures.length) pages.push([`figure page ${figures[0]}`, `/figures/${figures[0]}/`]);
  const embeds = folders('embed');
  if (embeds.length) pages.push([`embed ${embeds[0]}`, `/embed/${embeds[0]}/`]);
  pages.push(['not found', '/no-such-page/']);
  return { pages, figures };
}

async function drawEverything(page) {
  // A phone lays out only the blocks near the screen (content-visibility); a full-page shot must show
  // every one, as a reader scrolling down would see them.
  // (Through the CSSOM: the page's Content Security Policy refuses an injected stylesheet.)
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('*')) if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
  });
  // Charts draw when they near the viewport: walk down the page so every one is drawn, then return.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(250);
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const server = await serve(dist, '/');
  const browser = await launch();
  const { pages, figures } = pagesToShoot();
  const shots = [];
  const keep = (name) => !only || name.includes(only);
  try {
    for (const theme of themes) {
      for (const width of widths) {
        const context = await browser.newContext({ viewport: width.viewport, colorScheme: theme, reducedMotion: 'reduce', deviceScaleFactor: 1 });
        const page = await context.newPage();
        // The faces are font-display: optional, so a first visit on a busy machine may paint in the
        // (metric-matched) fallback; load them once so every shot shows the page a reader sees.
        await page.goto(server.url, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        for (const [name, path] of pages) {
          if (!keep(name)) continue;
          await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'networkidle' });
          await drawEverything(page);
          const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), maxHeight);
          const file = `page-${slug(name)}-${width.name}-${theme}.png`;
          await page.screenshot({ path: join(out, file), clip: { x: 0, y: 0, width: width.viewport.width, height }, fullPage: true });
          shots.push({ group: 'Pages', name, width: width.name, theme, file });
        }
        for (const figure of figures) {
          const name = `chart ${figure}`;
          if (!keep(name)) continue;
          await page.goto(`${server.url}figures/${figure}/`, { waitUntil: 'networkidle' });
          const element = page.locator('figure.chart-figure').first();
          await element.scrollIntoViewIfNeeded();
          await page.waitForTimeout(300);
          const file = `chart-${slug(figure)}-${width.name}-${theme}.png`;
          await element.screenshot({ path: join(out, file) });
          shots.push({ group: 'Charts', name, width: width.name, theme, file });
        }
        // Calculators, interactives and diagrams, wherever the long-reads and explainers place them.
        for (const [, path] of pages.filter(([name]) => name.startsWith('article '))) {
          await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'networkidle' });
          const widgets = page.locator('.calculator, .interactive, figure.diagram');
          for (let index = 0; index < (await widgets.count()); index += 1) {
            const widget = widgets.nth(index);
            const id = (await widget.getAttribute('id')) ?? `${slug(path)}-${index}`;
            const name = `widget ${id}`;
            if (!keep(name)) continue;
            await widget.scrollIntoViewIfNeeded();
            await page.waitForTimeout(150);
            const file = `widget-${slug(id)}-${width.name}-${theme}.png`;
            await widget.screenshot({ path: join(out, file) });
            shots.push({ group: 'Calculators, interactives and diagrams', name, width: width.name, theme, file });
          }
        }
        await context.close();
      }
    }
    // Without JavaScript, a phone sees each chart's static drawing.
    const context = await browser.newContext({ viewport: widths[0].viewport, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const figure of figures) {
      const name = `chart ${figure} (no JavaScript)`;
      if (!keep(name)) continue;
      await page.goto(`${server.url}figures/${figure}/`);
      const file = `nojs-${slug(figure)}-390.png`;
      await page.locator('figure.chart-figure').first().screenshot({ path: join(out, file) });
      shots.push({ group: 'Charts without JavaScript (390 px)', name, width: '390', theme: 'light', file });
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(join(out, 'index.html'), contactSheet(shots));
  console.log(`${shots.length} screenshots: ${join(out, 'index.html')}`);
}

function contactSheet(shots) {
  const escape = (text) => String(text).replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]);
  const groups = [...new Set(shots.map((shot) => shot.group))];
  const sections = groups.map((group) => {
    const names = [...new Set(shots.filter((shot) => shot.group === group).map((shot) => shot.name))];
    const rows = names.map((name) => {
      const cells = shots
        .filter((shot) => shot.group === group && shot.name === name)
        .map((shot) => `<figure><a href="${shot.file}"><img src="${shot.file}" loading="lazy" alt=""></a><figcaption>${shot.width} px · ${shot.theme}</figcaption></figure>`)
        .join('');
      return `<section><h3>${escape(name)}</h3><div class="row">${cells}</div></section>`;
    });
    return `<h2>${escape(group)}</h2>${rows.join('')}`;
  });
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Contact sheet</title>
<style>body{font:14px system-ui;margin:1rem;background:#eee}h3{margin:1.5rem 0 .3rem}.row{display:flex;gap:12px;align-items:flex-start;overflow-x:auto}
figure{margin:0;background:#fff;padding:4px}figure img{display:block;max-height:640px;max-width:480px}figcaption{font-size:12px;color:#555}</style>
<h1>Contact sheet, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC</h1>${sections.join('')}</html>\n`;
}

await main();
