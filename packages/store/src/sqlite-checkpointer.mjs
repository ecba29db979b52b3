// Worker thread of sqlite-checkpoints.ts: its own connection to the database file copies the write-ahead log
// into the database every `everyMs` (a PASSIVE checkpoint: it never blocks the serving connection's readers
// and writers), so that the fsyncs of a checkpoint happen here instead of inside a request's commit.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.file);
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}, workerData.everyMs);
parentPort?.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
