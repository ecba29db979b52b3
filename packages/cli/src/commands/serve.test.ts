import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../runtime/paths';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-serve-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('serves the API on the embedded database and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, [path.join(repoRoot, 'packages/cli/bin/kinlink.js'), 'serve', '--port', '0', '--data', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, KINLINK_LOG_LEVEL: 'warn', KINLINK_WEB_DIR: path.join(dataDir, 'no-web') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 45_000);
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  try {
    expect(output).toContain('serving the API only');
    const health = await fetch(`${url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { dialect: 'sqlite' } });
    expect((await fetch(`${url}/api/v1/auth/me`)).status).toBe(401);
    expect(fs.existsSync(path.join(dataDir, 'kinlink.db'))).toBe(true);
  } finally {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  }
}, 60_000);
