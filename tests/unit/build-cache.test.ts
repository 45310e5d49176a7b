import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedBytes, cachedTree, hashKey, packageVersion, treeDigest } from '../../src/lib/build-cache.mjs';
import { documentHead } from '../../scripts/write-headers.mjs';

let scratch = '';
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'build-cache-'));
  delete process.env.BUILD_CACHE;
});
afterEach(async () => {
  delete process.env.BUILD_CACHE;
  await rm(scratch, { recursive: true, force: true });
});

const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe('hashKey', () => {
  it('changes with any part and keeps part boundaries', () => {
    expect(hashKey('sharp 1', '<svg/>')).toBe(hashKey('sharp 1', '<svg/>'));
    expect(hashKey('sharp 1', '<svg/>')).not.toBe(hashKey('sharp 2', '<svg/>'));
    expect(hashKey('ab', 'c')).not.toBe(hashKey('a', 'bc'));
  });
});

describe('cachedBytes', () => {
  it('makes the bytes once and serves them from then on', async () => {
    let made = 0;
    const produce = async () => {
      made++;
      return bytes('png');
    };
    const first = await cachedBytes(scratch, hashKey('a'), 'png', produce);
    const second = await cachedBytes(scratch, hashKey('a'), 'png', produce);
    expect([first.hit, second.hit, made]).toEqual([false, true, 1]);
    expect(Buffer.from(second.bytes).toString()).toBe('png');
    // Another key is another entry.
    expect((await cachedBytes(scratch, hashKey('b'), 'png', produce)).hit).toBe(false);
  });

  it('makes the bytes every time with BUILD_CACHE=off and stores nothing', async () => {
    process.env.BUILD_CACHE = 'off';
    await cachedBytes(scratch, hashKey('a'), 'png', async () => bytes('png'));
    expect((await cachedBytes(scratch, hashKey('a'), 'png', async () => bytes('png'))).hit).toBe(false);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('leaves no partial file behind', async () => {
    await cachedBytes(scratch, hashKey('a'), 'png', async () => bytes('png'));
    const shard = (await readdir(scratch))[0] ?? '';
    expect((await readdir(join(scratch, shard))).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

describe('cachedTree', () => {
  it('copies a stored folder instead of making it again', async () => {
    const store = join(scratch, 'store');
    const target = join(scratch, 'site', 'index');
    let made = 0;
    const produce = async () => {
      made++;
      await mkdir(join(target, 'part'), { recursive: true });
      await writeFile(join(target, 'part', 'one.txt'), 'one');
    };
    expect(await cachedTree(store, 'k', target, produce)).toBe(false);
    await rm(join(scratch, 'site'), { recursive: true });
    expect(await cachedTree(store, 'k', target, produce)).toBe(true);
    expect(made).toBe(1);
    expect(await readFile(join(target, 'part', 'one.txt'), 'utf8')).toBe('one');
  });
});

describe('treeDigest', () => {
  it('changes when an included file is edited, added or renamed, not for excluded ones', async () => {
    await mkdir(join(scratch, 'a'), { recursive: true });
    await writeFile(join(scratch, 'a', 'index.html'), '<p>one</p>');
    const html = (path: string) => path.endsWith('.html');
    const before = await treeDigest(scratch, html);
    await writeFile(join(scratch, 'a', 'image.png'), 'png');
    expect(await treeDigest(scratch, html)).toBe(before);
    await writeFile(join(scratch, 'a', 'index.html'), '<p>two</p>');
    const edited = await treeDigest(scratch, html);
    expect(edited).not.toBe(before);
    await writeFile(join(scratch, 'b.html'), '');
    expect(await treeDigest(scratch, html)).not.toBe(edited);
  });
});

describe('documentHead', () => {
  it('keeps the head, where a meta policy counts, and drops the body', () => {
    expect(documentHead('<html><head><meta http-equiv="x"></head><body><p>long</p></body></html>')).toBe('<html><head><meta http-equiv="x">');
    expect(documentHead('<html><HEAD></HEAD ><body>')).toBe('<html><HEAD>');
    expect(documentHead('<p>no head</p>')).toBe('<p>no head</p>');
  });
});

describe('packageVersion', () => {
  it('reads the version even of a package that does not export its package.json', () => {
    expect(packageVersion('pagefind')).toMatch(/^\d+\.\d+\.\d+/);
    expect(() => packageVersion('no-such-package-here')).toThrow(/not installed/);
  });
});
