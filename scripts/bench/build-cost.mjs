// What a build costs as content grows, and what the build cache saves: for one content folder,
// a cold build, a warm build (nothing changed) and a rebuild after a one-paragraph edit of one
// article. Cold means no cache of any kind: each content size gets its own BUILD_CACHE_DIR, which
// holds our caches (images, fonts, search index) and Astro's and Vite's (Astro's parsed content
// store), and the cold build starts with that folder and the output folder deleted. The warm and
// edited builds reuse what the cold one left and nothing else, so other builds on the machine
// cannot warm or spoil them. The warm build must write exactly the bytes the cold one wrote.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

/** Seconds one `astro build` takes with these environment variables; stops the bench if it fails. */
export function timedBuild(env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`bench: the build failed (${JSON.stringify(env)}); run npm run build to see why.`);
    process.exit(2);
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Adds a sentence to the first paragraph of the first long-read: the edit a writer makes most. */
function editOneParagraph(contentDir) {
  const folder = join(contentDir, 'articles');
  const file = join(folder, readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort()[0]);
  const text = readFileSync(file, 'utf8');
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  const paragraphEnd = text.indexOf('\n\n', text.indexOf('\n\n', bodyStart - 1) + 2);
  writeFileSync(file, `${text.slice(0, paragraphEnd)} A sentence added by the benchmark.${text.slice(paragraphEnd)}`);
}

/** Every file of a build by its path, with a hash of its bytes. */
export function fileHashes(folder, prefix = '') {
  const hashes = new Map();
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [name, hash] of fileHashes(folder, path)) hashes.set(name, hash);
    else hashes.set(path, createHash('sha256').update(readFileSync(join(folder, path))).digest('hex'));
  }
  return hashes;
}

/** The paths whose bytes differ between two builds, or that only one of them has. */
export function differingFiles(before, after) {
  return [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
}

/** The one-minute load average, the honest context of a time measured on a shared machine. */
const load = () => Number(loadavg()[0].toFixed(2));

export function buildCost({ contentDir, outDir, cacheDir }) {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const env = { CONTENT_DIR: `./${contentDir}`, OUT_DIR: outDir, BUILD_CACHE_DIR: resolve(cacheDir) };
  const loadAverage = { cold: load() };
  const cold = timedBuild(env);
  const coldFiles = fileHashes(outDir);
  loadAverage.warm = load();
  const warm = timedBuild(env);
  const warmDiffers = differingFiles(coldFiles, fileHashes(outDir));
  editOneParagraph(contentDir);
  loadAverage.edited = load();
  const edited = timedBuild(env);
  return { cold, warm, edited, loadAverage, files: coldFiles.size, warmDiffers };
}
