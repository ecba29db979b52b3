import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const kinlinkBin = path.join(repoRoot, 'packages/cli/bin/kinlink.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `condition` holds; fails with `what` after the time limit. */
export async function eventually(what: string, condition: () => Promise<boolean>, timeoutMs = 20_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await sleep(everyMs);
  }
}

export interface KinlinkProcess {
  readonly url: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** What the process wrote (warnings, errors), for failure messages. */
  output(): string;
  /** Sends a signal and waits until the process has exited. */
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts a real `kinlink serve` process on 127.0.0.1 and waits until `/api/v1/ready` answers 200. The
 * environment chooses the database (KINLINK_DATABASE_URL or KINLINK_DATA_DIR) and the worker's timing.
 */
export async function startKinlink(env: Record<string, string>, timeoutMs = 60_000): Promise<KinlinkProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [kinlinkBin, 'serve', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: repoRoot,
    env: { ...process.env, KINLINK_LOG_LEVEL: 'warn', KINLINK_WEB_DIR: path.join(repoRoot, 'no-web-build'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const handle: KinlinkProcess = {
    url,
    pid: child.pid ?? -1,
    child,
    output: () => output,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`kinlink serve exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    const ready = await fetch(`${url}/api/v1/ready`).then((r) => r.status === 200, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      await handle.kill('SIGKILL');
      throw new Error(`kinlink serve on port ${port} was not ready within ${timeoutMs} ms:\n${output}`);
    }
    await sleep(200);
  }
  return handle;
}
