import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forEachDialect } from '@kinlink/store/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../runtime/paths';
import { workerCount, workersRefusal } from './serve-workers';

const bin = path.join(repoRoot, 'packages/cli/bin/kinlink.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-workers-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, 'serve', '--host', '127.0.0.1', ...args], {
    cwd: repoRoot,
    env: { ...process.env, KINLINK_LOG_LEVEL: 'warn', KINLINK_WEB_DIR: path.join(dataDir, 'no-web'), KINLINK_JOBS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const childrenOf = (pid: number): number[] =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map((l) => Number(l.trim())).filter((n) => n > 0);

describe('kinlink serve --workers', () => {
  it('reads the worker count and refuses configurations one process must serve', () => {
    expect(workerCount(undefined)).toBe(1);
    expect(workerCount('4')).toBe(4);
    expect(() => workerCount('0')).toThrow(/1 to 64/);
    expect(() => workerCount('two')).toThrow(/KINLINK_WORKERS/);
    expect(workersRefusal({ databaseUrl: undefined }, false)).toMatch(/PostgreSQL/);
    expect(workersRefusal({ databaseUrl: 'postgres://db/k' }, true)).toMatch(/federation/);
    expect(workersRefusal({ databaseUrl: 'postgres://db/k' }, false)).toBeUndefined();
  });

  it('refuses several workers on SQLite', async () => {
    const run = serve(['--port', '0', '--data', dataDir, '--workers', '2']);
    expect(await run.exited).not.toBe(0);
    expect(run.output()).toMatch(/need PostgreSQL/);
  }, 60_000);
});

forEachDialect((ctx) => {
  it('serves one port from two processes on PostgreSQL and stops them all on SIGTERM', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const run = serve(['--port', String(port), '--workers', '2'], { KINLINK_DATABASE_URL: ctx.url });
    const url = `http://127.0.0.1:${port}`;
    try {
      const deadline = Date.now() + 45_000;
      while ((await fetch(`${url}/api/v1/ready`).then((r) => r.status, () => 0)) !== 200) {
        if (Date.now() > deadline || run.child.exitCode !== null) throw new Error(`not ready:\n${run.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // Both workers listen: wait until the second has started too.
      await expect.poll(() => childrenOf(run.child.pid as number).length, { timeout: 30_000 }).toBe(2);
      for (let i = 0; i < 10; i++) expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
    } finally {
      const workers = childrenOf(run.child.pid as number);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
    }
  }, 90_000);
}, { dialects: ['postgres'] });
