/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Suites: `unit` (pure functions in src/lib), `build` (parses the built HTML in dist/), `fixtures`
 * (broken content must fail the build), `deploy` (real nginx, CDN headers) and `browser` (real
 * Chromium). tests/run-all.mjs builds the site between them.
 */
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 } },
      { extends: true, test: { name: 'fixtures', include: ['tests/fixtures/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000, fileParallelism: false } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
      { extends: true, test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false } },
    ],
  },
});
