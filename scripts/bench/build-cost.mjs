// What a build costs as content grows, and what the image cache saves: for one content folder,
// a cold build (empty image cache), a warm build (nothing changed), and a rebuild after a
// one-paragraph edit of one article. Each build gets the same scratch cache folder, so the warm
// and edited builds reuse what the cold one drew and nothing else on the machine interferes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

export function buildCost({ contentDir, outDir, cacheDir }) {
  rmSync(cacheDir, { recursive: true, force: true });
  const env = { CONTENT_DIR: `./${contentDir}`, OUT_DIR: outDir, RENDER_CACHE_DIR: cacheDir };
  const cold = timedBuild(env);
  const warm = timedBuild(env);
  editOneParagraph(contentDir);
  const edited = timedBuild(env);
  return { cold, warm, edited };
}
