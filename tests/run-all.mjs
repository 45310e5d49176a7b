#!/usr/bin/env node
// The whole test suite, in the order it depends on: unit tests, the type check, two builds (at
// the root and under a sub-path), build-output tests on both, the content-error fixtures, and real
// browser tests. Ends with one "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const subPath = { BASE_PATH: '/explainers/', OUT_DIR: '.test-builds/subpath', DIST_DIR: '.test-builds/subpath' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

function vitest(label, project, env = {}) {
  const output = join(resultsDir, `${label.replace(/\W+/g, '-')}.json`);
  run(label, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], env);
  if (!existsSync(output)) {
    totals.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails before running any test still counts as a failure.
  if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) totals.failed += report.numFailedTestSuites;
}

function step(label, command, args, env) {
  if (run(label, command, args, env)) totals.passed += 1;
  else totals.failed += 1;
}

// `--only <suite>` (unit, build, deploy, fixtures, browser) runs one suite, with the builds it needs.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const wanted = (suite) => !only || only === suite;
const needsBuilds = !only || ['build', 'deploy', 'browser'].includes(only);

if (wanted('unit')) vitest('unit tests', 'unit');
if (!only) step('type check (astro check)', 'npx', ['astro', 'check']);
const built = needsBuilds && run('build at the root', 'npx', ['astro', 'build']);
const builtSub = needsBuilds && run('build under /explainers/', 'npx', ['astro', 'build'], subPath);
if (built && wanted('build')) vitest('build output at the root', 'build');
if (builtSub && wanted('build')) vitest('build output under a sub-path', 'build', subPath);
if (built && builtSub && wanted('deploy')) vitest('deployment: _headers and nginx', 'deploy');
if (wanted('fixtures')) vitest('content-error fixtures', 'fixtures');
if (built && builtSub && wanted('browser')) vitest('browser tests in Chromium', 'browser');
const copycheck = '../shared/tools/copycheck.mjs';
if (!only && existsSync(copycheck) && built) step('own words: copycheck dist content', 'node', [copycheck, 'dist', 'content']);

if (needsBuilds && (!built || !builtSub)) totals.failed += 1;
console.log(`\n${failures.length ? `Failed steps: ${failures.join('; ')}` : 'All steps passed.'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failures.length || totals.failed ? 1 : 0);
