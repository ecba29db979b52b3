import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findPostgresBinaries } from '@kinlink/store/testing';
import { freePort, sleep } from './processes';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` OS user. */
const asServerUser = (command: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);

function postgresOwner(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new Error("running as root but there is no 'postgres' OS user (apt-get install postgresql)");
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export interface RestartablePostgres {
  readonly url: string;
  /** Stops the server (fast shutdown: clients are disconnected) and waits until it is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same data folder and port, and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  remove(): Promise<void>;
}

/**
 * A private PostgreSQL server that a test can stop and start again on the same port — to restart the
 * database under a running kinlink. (The store's throwaway server cannot be restarted.) Throws with what to
 * install when the server binaries are missing.
 */
export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const { initdb, postgres } = findPostgresBinaries();
  const root = mkdtempSync(path.join(tmpdir(), 'kinlink-pg-restart-'));
  const dataDir = path.join(root, 'data');
  if (asRoot) {
    const { uid, gid } = postgresOwner();
    chownSync(root, uid, gid);
  }
  const [initCommand, initArgs] = asServerUser(initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const init = spawnSync(initCommand, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let child: ChildProcess | undefined;

  const ready = async (): Promise<void> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
      try {
        await client.connect();
        await client.query('select 1');
        await client.end();
        return;
      } catch {
        await client.end().catch(() => undefined);
      }
      if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(`PostgreSQL exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('PostgreSQL did not accept connections within 30 s');
      await sleep(100);
    }
  };
  const handle: RestartablePostgres = {
    url,
    async start() {
      const [command, args] = asServerUser(postgres, [
        '-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', root,
        '-c', 'fsync=off', '-c', 'synchronous_commit=on', '-c', 'max_connections=100', '-c', 'logging_collector=off',
      ]);
      child = spawn(command, args, { stdio: 'ignore' });
      await ready();
    },
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      // SIGINT to the postmaster itself (not runuser): fast shutdown, clients disconnected, open transactions rolled back.
      const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGINT');
      await exited;
    },
    async remove() {
      await handle.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  await handle.start();
  return handle;
}
