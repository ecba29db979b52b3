import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { cliBin, distDir, repoRoot } from './paths';

/** Builds the web app once when there is no build (the server serves whatever dist holds). */
export function ensureWebBuild(): void {
  if (fs.existsSync(path.join(distDir, 'index.html'))) return;
  const result = spawnSync('npm', ['run', 'build', '-w', '@kinlink/web'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TestServer {
  url: string;
  dataDir: string;
  password: string;
  stop: () => Promise<void>;
}

function cli(args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, [cliBin, ...args], { cwd: repoRoot, env, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`kinlink ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`kinlink serve exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`kinlink serve did not become healthy:\n${log()}`);
}

/**
 * Starts `kinlink serve` on 127.0.0.1 with a fresh SQLite database in a temporary directory, loaded with
 * the demo data (organisations, users, cases and registrations), serving the built web app.
 */
export async function startServer(): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-web-e2e-'));
  const password = 'e2e-demo-password-1234';
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KINLINK_DATA_DIR: dataDir,
    KINLINK_DEMO_PASSWORD: password,
    KINLINK_WEB_DIR: distDir,
    KINLINK_LOG_LEVEL: 'warn',
    // Administrators need a second factor; tracing officers sign in with their password.
    KINLINK_TOTP_REQUIRED_ROLES: 'administrator',
  };
  cli(['demo', '--data', dataDir], env);
  const child = spawn(process.execPath, [cliBin, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  return {
    url,
    dataDir,
    password,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
