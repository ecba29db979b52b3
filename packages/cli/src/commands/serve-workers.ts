import cluster, { type Worker } from 'node:cluster';

/** Parses `--workers` / KINLINK_WORKERS: a whole number from 1 to 64 (default 1). */
export function workerCount(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`--workers (KINLINK_WORKERS) must be a whole number from 1 to 64, got "${raw}"`);
  return n;
}

/** Why several processes cannot serve this configuration, or undefined when they can. */
export function workersRefusal(config: { databaseUrl: string | undefined }, federation: boolean): string | undefined {
  if (!config.databaseUrl) {
    return 'several worker processes need PostgreSQL (--database-url): on SQLite every request writes the audit log, and one process is the safe writer';
  }
  if (federation) return 'the federation runs in one serving process: start it without --workers';
  return undefined;
}

const STOPPING = 'kinlink:stopping';

/** In a worker: tell the primary when a signal starts this worker's own graceful stop. */
export function reportStopping(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.send?.(STOPPING));
}

/**
 * The primary of `kinlink serve --workers N` (node:cluster): starts N workers that share the port (each one
 * a whole kinlink serve: API, readiness, metrics, job worker; jobs are claimed with SKIP LOCKED, so they
 * share the queue), replaces a worker that dies, and on SIGTERM/SIGINT passes the signal on to every worker
 * that did not get it itself (a terminal's Ctrl-C reaches them all), then exits when all have stopped.
 */
export function runPrimary(workers: number, log: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const stoppingWorkers = new Set<number>();
    const startedAt = new Map<number, number>();
    let stopping = false;
    let exitCode = 0;
    const start = (): Worker => {
      const worker = cluster.fork();
      startedAt.set(worker.id, Date.now());
      worker.on('message', (message: unknown) => {
        if (message === STOPPING) stoppingWorkers.add(worker.id);
      });
      return worker;
    };
    cluster.on('exit', (worker, code, signal) => {
      // While stopping, a worker still starting (its graceful stop not yet in place) ends by the signal itself.
      const stoppedBySignal = stopping && (signal === 'SIGTERM' || signal === 'SIGINT');
      if (code !== 0 && !stoppedBySignal) exitCode = code ?? 1;
      // A worker that dies while starting (port taken, database unreachable) would only die again.
      const dyingAtStart = Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000;
      if (!stopping && dyingAtStart) log(`kinlink: worker ${worker.process.pid} failed while starting (${signal ?? code}); not replaced`);
      if (!stopping && !dyingAtStart) {
        log(`kinlink: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
        start();
        return;
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) resolve(exitCode);
    });
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      // Workers that got the signal themselves (a process group signal) say so at once; the others get it now.
      setTimeout(() => {
        for (const worker of Object.values(cluster.workers ?? {})) {
          if (worker && !stoppingWorkers.has(worker.id)) worker.process.kill(signal);
        }
      }, 200).unref();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    for (let i = 0; i < workers; i++) start();
  });
}
