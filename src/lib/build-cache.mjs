/**
 * What a build keeps for the next one, so that work whose input has not changed is never done
 * twice: rendered share images, subset fonts and the search index (Astro keeps its own content
 * store beside them, see astro.config.mjs). Every entry is stored under a hash of everything that
 * produced it (the input and the producing tool's version), so any change to either makes a new
 * entry and a stale one is never served: a build from the cache writes the same bytes as one
 * without it.
 *
 * BUILD_CACHE_DIR moves the folder (the bench gives each content size its own, so a cold build
 * is really cold); BUILD_CACHE=off bypasses it. Default: node_modules/.cache, which git ignores
 * and CI caches of node_modules keep.
 *
 * Plain JavaScript with JSDoc types, not TypeScript, because the integrations that use it are
 * loaded by Node itself when Astro reads its config, before any bundler runs.
 */
// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';

/** The folder every cache of the build lives under. Read when called, so tests can move it. */
/** @returns {string} */
export function cacheRoot() {
  return process.env.BUILD_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'trillion-explainer');
}

function cacheEnabled() {
  return process.env.BUILD_CACHE !== 'off';
}

/**
 * A hash of every part in order; a separator keeps ("ab", "c") apart from ("a", "bc").
 * @param {...(string | Uint8Array)} parts
 * @returns {string}
 */
export function hashKey(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * The installed version of a package, for cache keys: a new version may write other bytes. Read
 * from its package.json by path, since packages such as Pagefind do not export that file.
 * @param {string} name
 * @returns {string}
 */
export function packageVersion(name) {
  for (const folder of createRequire(import.meta.url).resolve.paths(name) ?? []) {
    try {
      return JSON.parse(readFileSync(join(folder, name, 'package.json'), 'utf8')).version;
    } catch {
      // Not installed in this folder: try the next one up.
    }
  }
  throw new Error(`build cache: package ${name} is not installed`);
}

/**
 * Writes to a private name, then renames, so a build stopped halfway never leaves half an entry under a valid key.
 * @param {string} entry
 * @param {(partial: string) => Promise<void>} write
 */
async function storeAtomically(entry, write) {
  const partial = `${entry}.${process.pid}.partial`;
  try {
    await write(partial);
    await rename(partial, entry);
  } catch {
    // The cache only saves time: a failed write (read-only disk, another build stored it first) costs nothing else.
    await rm(partial, { recursive: true, force: true });
  }
}

/**
 * Returns the bytes stored in `folder` under `key`, or makes them with `produce`, stores them and returns them.
 * @param {string} folder
 * @param {string} key
 * @param {string} extension
 * @param {() => Promise<Uint8Array<ArrayBuffer>>} produce
 * @returns {Promise<{ bytes: Uint8Array<ArrayBuffer>, hit: boolean }>}
 */
export async function cachedBytes(folder, key, extension, produce) {
  const shard = join(folder, key.slice(0, 2));
  const file = join(shard, `${key}.${extension}`);
  if (cacheEnabled()) {
    try {
      return { bytes: new Uint8Array(await readFile(file)), hit: true };
    } catch {
      // Not made before: fall through.
    }
  }
  const bytes = await produce();
  if (cacheEnabled()) {
    await mkdir(shard, { recursive: true }).catch(() => undefined);
    await storeAtomically(file, (partial) => writeFile(partial, bytes));
  }
  return { bytes, hit: false };
}

/**
 * Fills the folder `target` from the copy stored in `folder` under `key`, or runs `produce` (which
 * writes `target`) and stores a copy of what it wrote. Says whether the stored copy was used.
 * @param {string} folder
 * @param {string} key
 * @param {string} target
 * @param {() => Promise<void>} produce
 * @returns {Promise<boolean>}
 */
export async function cachedTree(folder, key, target, produce) {
  const entry = join(folder, key);
  if (cacheEnabled() && (await stat(entry).catch(() => undefined))?.isDirectory()) {
    await rm(target, { recursive: true, force: true });
    await cp(entry, target, { recursive: true });
    return true;
  }
  await produce();
  if (cacheEnabled()) {
    await mkdir(folder, { recursive: true }).catch(() => undefined);
    await storeAtomically(entry, (partial) => cp(target, partial, { recursive: true }));
  }
  return false;
}

/**
 * A hash of the files under `folder` that `include` accepts (by path relative to `folder`, with
 * forward slashes): their paths and their bytes, in sorted order, so the same tree always gives
 * the same hash and renaming, adding, removing or editing any file changes it.
 * @param {string} folder
 * @param {(path: string) => boolean} include
 * @returns {Promise<string>}
 */
export async function treeDigest(folder, include) {
  const hash = createHash('sha256');
  /** @param {string} directory */
  const visit = async (directory) => {
    const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        await visit(path);
        continue;
      }
      const name = relative(folder, path).split(sep).join('/');
      if (!include(name)) continue;
      hash.update(name).update('\0').update(createHash('sha256').update(await readFile(path)).digest()).update('\0');
    }
  };
  await visit(folder);
  return hash.digest('hex');
}
