/**
 * Self-hosted type, cut to what the site prints. Before every build (and dev server), the body serif
 * (Source Serif 4) and the heading and interface sans (Source Sans 3, its designed companion) are
 * subset to the characters that appear in content/ and src/, keeping only the weights the styles
 * use, and written to src/generated/ with a stylesheet of @font-face rules. Each face gets a
 * size-adjusted local fallback (Capsize's method, with the system metrics Astro's font API ships),
 * so text set in the fallback takes about the same space. The faces are preloaded and use
 * `font-display: optional`: a face that has not arrived by the first paint is not swapped in on that
 * page view, because where the metric-matched fallback is missing (Android has no Times New Roman
 * or Arial) a late swap re-wraps every paragraph and moves the page. The next page has it cached.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromBuffer } from '@capsizecss/unpack';
import subsetFont from 'subset-font';
import { cacheRoot, cachedBytes, hashKey, packageVersion } from '../lib/build-cache.mjs';

const require = createRequire(import.meta.url);

export const faces = [
  {
    family: 'Body Serif',
    file: 'body-serif.woff2',
    source: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    weight: { min: 400, max: 700 },
    // Times New Roman's metrics, as Astro's font API records them. Liberation Serif (most Linux
    // systems) and Tinos (ChromeOS) are drawn to the same metrics, so one adjustment fits all three.
    fallback: { local: ['Times New Roman', 'Liberation Serif', 'Tinos'], ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 },
  },
  {
    family: 'Heading Sans',
    file: 'heading-sans.woff2',
    source: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
    weight: { min: 400, max: 700 },
    // Arial's metrics, as Astro's font API records them; Liberation Sans and Arimo share them.
    fallback: { local: ['Arial', 'Liberation Sans', 'Arimo'], ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 },
  },
];

/** Every character the site's words and code can print: all text under content/ and src/, plus printable ASCII. */
export function siteCharacters(roots = ['content', 'src']) {
  const characters = new Set();
  for (let code = 0x20; code < 0x7f; code++) characters.add(String.fromCharCode(code));
  const visit = (path) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (entry === 'generated') continue;
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.(mdx?|ya?ml|astro|ts|mjs|json)$/.test(entry)) for (const character of readFileSync(full, 'utf8')) characters.add(character);
    }
  };
  roots.forEach(visit);
  // Typographic marks the formatters add (thin and no-break spaces, minus, multiplication, ellipsis).
  for (const character of '\u00a0\u2009\u202f\u2212\u00d7\u2026\u2013\u2014\u2018\u2019\u201c\u201d\u00b6\u00b7\u2192') characters.add(character);
  return [...characters].filter((character) => character >= ' ').sort().join('');
}

const percent = (value) => `${Number.parseFloat((value * 100).toFixed(4))}%`;

/** The fallback face: the local font scaled and spaced to take the web font's room (Capsize). */
function fallbackFace(family, metrics, fallback) {
  const sizeAdjust = metrics.xWidthAvg / metrics.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = metrics.unitsPerEm * sizeAdjust;
  return `@font-face {
  font-family: '${family} fallback';
  src: ${fallback.local.map((name) => `local('${name}')`).join(', ')};
  size-adjust: ${percent(sizeAdjust)};
  ascent-override: ${percent(metrics.ascent / em)};
  descent-override: ${percent(Math.abs(metrics.descent) / em)};
  line-gap-override: ${percent(metrics.lineGap / em)};
}`;
}

export async function buildFonts(outDir = 'src/generated') {
  mkdirSync(join(outDir, 'fonts'), { recursive: true });
  const text = siteCharacters();
  const rules = [];
  for (const face of faces) {
    const original = readFileSync(require.resolve(face.source));
    const options = { targetFormat: 'woff2', variationAxes: { wght: face.weight } };
    // Subsetting takes seconds and depends only on the font, the characters, the options and the
    // subsetter, so the result is kept in the build cache under a hash of all four.
    const key = hashKey(`subset-font ${packageVersion('subset-font')}`, JSON.stringify(options), text, original);
    const { bytes } = await cachedBytes(join(cacheRoot(), 'fonts'), key, 'woff2', async () => new Uint8Array(await subsetFont(original, text, options)));
    const subset = Buffer.from(bytes);
    writeFileSync(join(outDir, 'fonts', face.file), subset);
    const metrics = await fromBuffer(subset);
    rules.push(`@font-face {
  font-family: '${face.family}';
  src: url('./fonts/${face.file}') format('woff2');
  font-weight: ${face.weight.min} ${face.weight.max};
  font-style: normal;
  font-display: optional;
}`, fallbackFace(face.family, metrics, face.fallback));
  }
  writeFileSync(join(outDir, 'fonts.css'), `/* Written by src/integrations/font-subset.mjs on every build; do not edit. */\n${rules.join('\n')}\n`);
  writeFileSync(join(outDir, 'font-characters.txt'), text);
}

/** The Astro integration: subset before the build reads any stylesheet. */
export default function fontSubset() {
  return {
    name: 'font-subset',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        await buildFonts();
        logger.info(`fonts subset: ${faces.map((face) => `${face.file} ${(statSync(join('src/generated/fonts', face.file)).size / 1024).toFixed(1)} KB`).join(', ')}`);
      },
    },
  };
}
