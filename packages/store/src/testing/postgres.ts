import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface ThrowawayPostgres {
  /** Superuser connection URL of the `postgres` database, e.g. postgres://postgres@127.0.0.1:54321/postgres */
  readonly url: string;
  /**
   * The same over the server's unix socket (postgres://postgres@/postgres?host=<folder>&port=<port>): how a server
   * on the same machine usually connects, without the loopback TCP stack's cost per message.
   */
  readonly socketUrl: string;
  /** Stops the server (fast shutdown) and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

export const POSTGRES_MISSING_MESSAGE =
  "PostgreSQL server binaries not found: install the Debian package 'postgresql' (apt-get install postgresql)";

/** Finds the folder holding `initdb` and `postgres`: PATH first, then /usr/lib/postgresql/<newest>/bin. */
export function findPostgresBinaries(
  where: { path?: string; debianRoot?: string } = {},
): { initdb: string; postgres: string } {
  const candidates = (where.path ?? process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const debianRoot = where.debianRoot ?? '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debianRoot, v, 'bin')));
  }
  for (const dir of candidates) {
    const initdb = path.join(dir, 'initdb');
    const postgres = path.join(dir, 'postgres');
    if (existsSync(initdb) && existsSync(postgres)) return { initdb, postgres };
  }
  throw new Error(POSTGRES_MISSING_MESSAGE);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not obtain a free port'));
      });
    });
  });
}

const runsAsRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root, run its programs as the `postgres` OS user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return runsAsRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function postgresUserIds(): { uid: number; gid: number } {
  const result = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gidResult = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (result.status !== 0 || gidResult.status !== 0) {
    throw new Error("running as root but there is no 'postgres' OS user to run PostgreSQL as (install the Debian package 'postgresql')");
  }
  return { uid: Number(result.stdout.trim()), gid: Number(gidResult.stdout.trim()) };
}

function runInitdb(initdb: string, dataDir: string): void {
  const base = ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'];
  // C.UTF-8 gives Unicode-aware lower()/upper() for names in any script; fall back to plain C.
  for (const locale of [['--locale=C.UTF-8'], ['--no-locale']]) {
    const [command, args] = asServerUser(initdb, [...base, ...locale]);
    const result = spawnSync(command, args, { encoding: 'utf8' });
    if (result.status === 0) return;
    rmSync(dataDir, { recursive: true, force: true });
    if (locale[0] === '--no-locale') {
      throw new Error(`initdb failed (exit ${result.status}): ${result.stderr || result.stdout}`);
    }
  }
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`PostgreSQL exited with code ${child.exitCode} before accepting connections:\n${output()}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within ${timeoutMs} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a private PostgreSQL server for tests: initdb into a fresh temporary folder, listen on 127.0.0.1
 * only on a free port, unix socket inside that folder, trust authentication for the `postgres` superuser.
 * Throws a clear error when the server binaries are not installed — never skips.
 */
export async function startThrowawayPostgres(options: { timeoutMs?: number } = {}): Promise<ThrowawayPostgres> {
  const { initdb, postgres } = findPostgresBinaries();
  const root = mkdtempSync(path.join(tmpdir(), 'kinlink-pg-'));
  const dataDir = path.join(root, 'data');
  if (runsAsRoot()) {
    const { uid, gid } = postgresUserIds();
    chownSync(root, uid, gid);
  }
  try {
    runInitdb(initdb, dataDir);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }

  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const settings = [
      '-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', root,
      // Throwaway data: durability is not needed, speed is.
      '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
      '-c', 'max_connections=300', '-c', 'logging_collector=off',
    ];
    const [command, args] = asServerUser(postgres, settings);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    try {
      await waitUntilReady(url, child, () => output, options.timeoutMs ?? 30_000);
    } catch (error) {
      lastError = error;
      child.kill('SIGKILL');
      const pid = postmasterPid(dataDir);
      if (pid) killQuietly(pid, 'SIGQUIT');
      continue;
    }
    return handleFor({ url, socketUrl: `postgres://postgres@/postgres?host=${encodeURIComponent(root)}&port=${port}` }, child, root, dataDir);
  }
  rmSync(root, { recursive: true, force: true });
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function handleFor(urls: { url: string; socketUrl: string }, child: ChildProcess, root: string, dataDir: string): ThrowawayPostgres {
  // If the test process dies without calling stop(), do not leave a server and its files behind.
  const onExit = (): void => {
    const pid = postmasterPid(dataDir);
    if (pid) killQuietly(pid, 'SIGQUIT');
    rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  let stopped: Promise<void> | undefined;
  return {
    ...urls,
    stop() {
      stopped ??= (async () => {
        process.removeListener('exit', onExit);
        const exited = new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) resolve();
          else child.once('exit', () => resolve());
        });
        const pid = postmasterPid(dataDir);
        if (pid) killQuietly(pid, 'SIGINT'); // fast shutdown: disconnect clients, no waiting
        else child.kill('SIGINT');
        const timer = setTimeout(() => {
          const stuck = postmasterPid(dataDir);
          if (stuck) killQuietly(stuck, 'SIGKILL');
          child.kill('SIGKILL');
        }, 10_000);
        await exited;
        clearTimeout(timer);
        rmSync(root, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
