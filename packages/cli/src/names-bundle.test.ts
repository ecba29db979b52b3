import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareLine } from './commands/names';
import { isFresh, namesBundleMain } from './names-bundle';

const stats = (files: Record<string, { size: number; mtimeMs: number }>) => (file: string) => files[file];

describe('the names bundle cache', () => {
  const manifest = { builtFor: 'here', inputs: { '/r/names.mjs': [900, 1000.5], '/r/a.ts': [10, 2000.25], '/r/b.ts': [20, 3000] } };
  const onDisk = { '/r/names.mjs': { size: 900, mtimeMs: 1000.5 }, '/r/a.ts': { size: 10, mtimeMs: 2000.25 }, '/r/b.ts': { size: 20, mtimeMs: 3000 } };

  it('is fresh while every listed file keeps its size and mtime', () => {
    expect(isFresh(manifest, stats(onDisk), 'here')).toBe(true);
  });

  it('is stale when a source was edited, even to the same size, or deleted, or the bundle is gone', () => {
    expect(isFresh(manifest, stats({ ...onDisk, '/r/a.ts': { size: 11, mtimeMs: 2000.25 } }), 'here')).toBe(false);
    expect(isFresh(manifest, stats({ ...onDisk, '/r/b.ts': { size: 20, mtimeMs: 3000.001 } }), 'here')).toBe(false);
    const { '/r/b.ts': _gone, ...withoutB } = onDisk;
    expect(isFresh(manifest, stats(withoutB), 'here')).toBe(false);
    const { '/r/names.mjs': _deleted, ...withoutBundle } = onDisk;
    expect(isFresh(manifest, stats(withoutBundle), 'here')).toBe(false);
  });

  it('is stale without a readable manifest', () => {
    for (const broken of [undefined, null, 'text', {}, { inputs: {} }, { inputs: { '/r/a.ts': 'x' } }]) {
      expect(isFresh(broken, stats(onDisk), 'here'), JSON.stringify(broken)).toBe(false);
    }
  });

  it('is stale when it was built for another checkout, entry or esbuild (a repo copied with its cache)', () => {
    expect(isFresh(manifest, stats(onDisk), 'elsewhere')).toBe(false);
    expect(isFresh({ inputs: manifest.inputs }, stats(onDisk), 'here')).toBe(false);
  });

  it('gives no bundle, without throwing, when no cache directory can be made (the bin then uses tsx)', async () => {
    expect(await namesBundleMain(['/dev/null/kinlink'])).toBeUndefined();
  });

  it('builds a bundle and gives its entry, and refuses a link planted in place of its directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-bundle-test-'));
    try {
      const main = await namesBundleMain([path.join(dir, 'cache')]);
      expect(typeof main).toBe('function');
      expect(fs.readdirSync(path.join(dir, 'cache')).filter((f) => /^names-[0-9a-f]{12}\.mjs$/.test(f))).toHaveLength(1);
      fs.symlinkSync(path.join(dir, 'cache'), path.join(dir, 'planted'));
      expect(await namesBundleMain([path.join(dir, 'planted')])).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the bin the same answers as the command in the sources', () => {
    const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/kinlink.js');
    const line = '{"a":"محمد حسين","b":"Mohammed Hussein"}';
    const output = execFileSync(process.execPath, [bin, 'names', 'compare'], { input: `${line}\n`, encoding: 'utf8' });
    expect(output).toBe(`${compareLine(line)}\n`);
  });
});
