// Builds the Pagefind full-text index after every `astro build`, in process, into <outDir>/pagefind.
// Pagefind indexes only elements marked data-pagefind-body (long-reads, terms, the ledger).
//
// The index depends only on the built HTML, Pagefind's version and its options, and Pagefind
// writes the same bytes for the same input, so it is kept in the build cache under a hash of all
// three: a build whose pages did not change copies the index instead of making it again.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot, cachedTree, hashKey, packageVersion, treeDigest } from '../lib/build-cache.mjs';

// Permalink "#" marks, note numbers and eyebrow labels ("Glossary · Finance") are navigation, not text:
// indexed, they would show up as debris in excerpts.
const options = { excludeSelectors: ['.heading-anchor', '.eyebrow', '.note-marker', '.note-permalink'] };

async function writeIndex(site, logger) {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex(options);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
  logger.info(`search index: ${added.page_count} pages`);
}

export function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // What Pagefind reads: every HTML file (its default glob), the index it may find from before excluded.
        const pages = await treeDigest(site, (path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
        const key = hashKey(`pagefind ${packageVersion('pagefind')}`, JSON.stringify(options), pages);
        const reused = await cachedTree(join(cacheRoot(), 'search-index'), key, join(site, 'pagefind'), () => writeIndex(site, logger));
        if (reused) logger.info('search index: unchanged pages, index copied from the build cache');
      },
    },
  };
}
