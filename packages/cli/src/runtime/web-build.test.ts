import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webBuildState } from './web-build';

const dirs: string[] = [];
function webPackage(scripts: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-webpkg-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@kinlink/web', scripts }));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(path.join(dir, 'src', 'main.tsx'), 'export {}');
  return dir;
}
const touch = (file: string, when: number) => fs.utimesSync(file, when / 1000, when / 1000);

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('deciding whether to build the web app', () => {
  it('says so when the web package cannot be built yet', () => {
    expect(webBuildState(webPackage({})).kind).toBe('no-build-script');
  });

  it('builds when dist is missing or older than a source file, not otherwise', () => {
    const dir = webPackage({ build: 'vite build' });
    expect(webBuildState(dir).kind).toBe('missing');
    fs.mkdirSync(path.join(dir, 'dist'));
    const index = path.join(dir, 'dist', 'index.html');
    fs.writeFileSync(index, '<!doctype html>');
    const t = Date.now();
    for (const f of [path.join(dir, 'package.json'), path.join(dir, 'src', 'main.tsx'), path.join(dir, 'src')]) touch(f, t - 60_000);
    touch(index, t);
    expect(webBuildState(dir).kind).toBe('fresh');
    touch(path.join(dir, 'src', 'main.tsx'), t + 60_000);
    expect(webBuildState(dir).kind).toBe('stale');
  });
});
