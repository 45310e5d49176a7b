// Builds the Pagefind full-text index after every `astro build`, in process, into <outDir>/pagefind.
// Pagefind indexes only elements marked data-pagefind-body (long-reads, terms, the ledger).
import { fileURLToPath } from 'node:url';

export function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        // Permalink "#" marks and eyebrow labels ("Glossary · Finance") are navigation, not text:
        // indexed, they would show up as debris in excerpts.
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.heading-anchor', '.eyebrow', '.note-marker'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
