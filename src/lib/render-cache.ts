/**
 * Rendered images that survive between builds: each is stored under a hash of what it draws (for
 * a share card, its SVG text) and of the renderer's version, so an unchanged image is never
 * rendered twice and any change to the drawing, the data or the renderer makes a new one. Kept in
 * the build cache's `images` folder (see build-cache.ts for where that is and how to bypass it).
 */
import { join } from 'node:path';
import { cacheRoot, cachedBytes, hashKey } from './build-cache.mjs';

/** Counts for the build log: how many images came from the cache and how many were drawn. */
export const renderCacheStats = { hits: 0, misses: 0 };

/** The cache key: a hash of the renderer's version and everything it draws. */
export function renderKey(version: string, input: string | Uint8Array): string {
  return hashKey(version, input);
}

/** Returns the stored image for `key`, or renders it, stores it and returns it. */
export async function cachedRender(key: string, extension: string, render: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const { bytes, hit } = await cachedBytes(join(cacheRoot(), 'images'), key, extension, render);
  if (hit) renderCacheStats.hits++;
  else renderCacheStats.misses++;
  return bytes;
}
