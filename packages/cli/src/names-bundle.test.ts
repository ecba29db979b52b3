import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareLine } from './commands/names';
import { isFresh, namesBundleMain } from './names-bundle';

const stats = (files: Record<string, { size: number; mtimeMs: number }>) => (file: string) => files[file];

describe('the names bundle cache', () => {
  const manifest = { inputs: { '/r/names.mjs': [900, 1000.5], '/r/a.ts': [10, 2000.25], '/r/b.ts': [20, 3000] } };
  const onDisk = { '/r/names.mjs': { size: 900, mtimeMs: 1000.5 }, '/r/a.ts': { size: 10, mtimeMs: 2000.25 }, '/r/b.ts': { size: 20, mtimeMs: 3000 } };

  it('is fresh while every listed file keeps its size and mtime', () => {
    expect(isFresh(manifest, stats(onDisk))).toBe(true);
  });

  it('is stale when a source was edited, even to the same size, or deleted, or the bundle is gone', () => {
    expect(isFresh(manifest, stats({ ...onDisk, '/r/a.ts': { size: 11, mtimeMs: 2000.25 } }))).toBe(false);
    expect(isFresh(manifest, stats({ ...onDisk, '/r/b.ts': { size: 20, mtimeMs: 3000.001 } }))).toBe(false);
    const { '/r/b.ts': _gone, ...withoutB } = onDisk;
    expect(isFresh(manifest, stats(withoutB))).toBe(false);
    const { '/r/names.mjs': _deleted, ...withoutBundle } = onDisk;
    expect(isFresh(manifest, stats(withoutBundle))).toBe(false);
  });

  it('is stale without a readable manifest', () => {
    for (const broken of [undefined, null, 'text', {}, { inputs: {} }, { inputs: { '/r/a.ts': 'x' } }]) {
      expect(isFresh(broken, stats(onDisk)), JSON.stringify(broken)).toBe(false);
    }
  });

  it('gives no bundle, without throwing, when no cache directory can be made (the bin then uses tsx)', async () => {
    expect(await namesBundleMain(['/dev/null/kinlink'])).toBeUndefined();
  });

  it('gives the bin the same answers as the command in the sources', () => {
    const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/kinlink.js');
    const line = '{"a":"محمد حسين","b":"Mohammed Hussein"}';
    const output = execFileSync(process.execPath, [bin, 'names', 'compare'], { input: `${line}\n`, encoding: 'utf8' });
    expect(output).toBe(`${compareLine(line)}\n`);
  });
});
