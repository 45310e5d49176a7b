/**
 * A cache of rendered images that survives between builds. An image is stored under a hash of
 * what it draws (for a share card, its SVG text) and of the renderer's version, so an unchanged
 * image is never rendered twice and any change to the drawing, the data or the renderer makes a
 * new one. Lives in node_modules/.cache (ignored by git, kept by CI caches of node_modules).
 * `RENDER_CACHE=off` turns it off (the bench's cold builds); `RENDER_CACHE_DIR` moves it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const folder = process.env.RENDER_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'trillion-explainer', 'images');
const enabled = process.env.RENDER_CACHE !== 'off';

/** Counts for the build log: how many images came from the cache and how many were drawn. */
export const renderCacheStats = { hits: 0, misses: 0 };

/** The cache key: a hash of the renderer's version and everything it draws. */
export function renderKey(version: string, input: string | Uint8Array): string {
  return createHash('sha256').update(version).update('\0').update(input).digest('hex');
}

/**
 * Returns the stored image for `key`, or renders it, stores it and returns it. A failed write
 * (read-only disk) costs only the cache, never the build.
 */
export async function cachedRender(key: string, extension: string, render: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(folder, key.slice(0, 2), `${key}.${extension}`);
  if (enabled) {
    try {
      const stored = await readFile(file);
      renderCacheStats.hits++;
      return new Uint8Array(stored);
    } catch {
      // Not rendered before: fall through.
    }
  }
  const image = await render();
  renderCacheStats.misses++;
  if (enabled) {
    try {
      await mkdir(join(folder, key.slice(0, 2)), { recursive: true });
      // Write then rename, so a build stopped halfway never leaves half an image under a valid key.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, image);
      await rename(partial, file);
    } catch {
      // The cache is an optimisation only.
    }
  }
  return image;
}
