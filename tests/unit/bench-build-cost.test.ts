import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { differingFiles, fileHashes } from '../../scripts/bench/build-cost.mjs';
import { markedBlock, quotedBlock, replaceBlocks } from '../../scripts/bench/readme.mjs';

let scratch = '';
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'bench-files-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('bench: cold and warm builds compared', () => {
  it('names the files whose bytes differ or that only one build has', async () => {
    await mkdir(join(scratch, 'x'), { recursive: true });
    await writeFile(join(scratch, 'x', 'a.html'), 'a');
    await writeFile(join(scratch, 'b.png'), 'b');
    const cold = fileHashes(scratch);
    expect([...cold.keys()].sort()).toEqual(['b.png', 'x/a.html']);
    expect(differingFiles(cold, fileHashes(scratch))).toEqual([]);
    await writeFile(join(scratch, 'x', 'a.html'), 'changed');
    await writeFile(join(scratch, 'c.csv'), 'new');
    expect(differingFiles(cold, fileHashes(scratch))).toEqual(['c.csv', 'x/a.html']);
  });
});

describe('bench: README blocks', () => {
  const readme = ['intro', markedBlock('bench', 'old weights'), 'between', markedBlock('bench-lighthouse', 'old scores'), 'end'].join('\n');

  it('replaces only the blocks a run measured, leaving the others and the prose as they were', () => {
    const updated = replaceBlocks(readme, { bench: 'new weights' });
    expect(quotedBlock(updated, 'bench')).toBe('new weights');
    expect(quotedBlock(updated, 'bench-lighthouse')).toBe('old scores');
    expect(updated.startsWith('intro\n')).toBe(true);
    expect(updated.endsWith('\nend')).toBe(true);
  });

  it('refuses a README without the block, so figures are never silently unquoted', () => {
    expect(() => replaceBlocks(readme, { 'bench-build-cost': 'x' })).toThrow(/bench-build-cost:start/);
    expect(quotedBlock(readme, 'bench-build-cost')).toBeUndefined();
  });
});
