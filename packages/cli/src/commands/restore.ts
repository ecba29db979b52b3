import { copyFileSync, createReadStream, mkdtempSync, openSync, readSync, closeSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { DumpCounts, KinlinkDb } from '@kinlink/store';
import { dumpToFile, migrateToLatest, openDatabase, restoreDatabase, verifyAuditChain } from '@kinlink/store';
import { federationTablesToDump, federationTablesToRestore } from '@kinlink/federation';
import { configFrom, describeDatabase, withDatabase, type DatabaseOptions } from '../runtime/environment';
import { fail } from '../runtime/output';

const SQLITE_MAGIC = 'SQLite format 3\0';

/** 'sqlite' for a SQLite database file (`kinlink backup` of SQLite), 'dump' for a kinlink JSON-lines dump. */
export function backupKind(file: string): 'sqlite' | 'dump' {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const read = readSync(fd, head, 0, head.length, 0);
    if (read === head.length && head.toString('latin1') === SQLITE_MAGIC) return 'sqlite';
    return 'dump';
  } finally {
    closeSync(fd);
  }
}

/**
 * A SQLite backup becomes a dump first: opened from a private copy (the backup stays untouched), brought to
 * the current migrations (an older backup restores into a newer kinlink), dumped dialect-neutrally.
 */
async function dumpOfSqliteBackup(file: string, workDir: string): Promise<string> {
  const copy = path.join(workDir, 'backup.db');
  copyFileSync(file, copy);
  const source = openDatabase({ url: `sqlite:${copy}` });
  try {
    await migrateToLatest(source);
    const dump = path.join(workDir, 'backup.jsonl');
    await dumpToFile(source, dump, await federationTablesToDump(source));
    return dump;
  } finally {
    await source.destroy();
  }
}

/**
 * The file's lines, read with backpressure (a stream's own async iterator: nothing is read ahead of the
 * consumer, so a slow restore transaction cannot lose lines), closed however the consumer stops.
 */
async function* fileLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file, { encoding: 'utf8' });
  let rest = '';
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) yield line;
    }
    if (rest !== '') yield rest;
  } finally {
    input.destroy();
  }
}

/** The store's tables and the federation's (created empty on the target first, whether or not the dump has rows for them). */
const restoreLines = async (db: KinlinkDb, dump: string): Promise<DumpCounts> => restoreDatabase(db, fileLines(dump), await federationTablesToRestore(db));

/** Restores a backup or dump into an empty database; all of it arrives in one transaction, or nothing does. */
export async function restoreBackup(db: KinlinkDb, file: string): Promise<DumpCounts> {
  if (!existsSync(file)) throw new Error(`no backup file at ${file}`);
  const workDir = mkdtempSync(path.join(tmpdir(), 'kinlink-restore-'));
  try {
    const dump = backupKind(file) === 'sqlite' ? await dumpOfSqliteBackup(file, workDir) : file;
    return await restoreLines(db, dump);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

export function addRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description('Restore a backup (SQLite file or kinlink dump, from either database) into an empty database')
    .requiredOption('--from <file>', 'the backup file (kinlink backup --to FILE)')
    .option('--data <dir>', 'data directory of the embedded SQLite database to restore into (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL database to restore into (env KINLINK_DATABASE_URL)')
    .option('--config <file>', 'JSON configuration file (env KINLINK_CONFIG)')
    .action(async (options: DatabaseOptions & { from: string }) => {
      const config = configFrom(options);
      await withDatabase(config, async (db) => {
        let counts: DumpCounts;
        try {
          counts = await restoreBackup(db, path.resolve(options.from));
        } catch (error) {
          fail(`nothing was restored: ${error instanceof Error ? error.message : String(error)}`);
        }
        const audit = await verifyAuditChain(db);
        const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
        console.log(`restored ${rows} rows into ${describeDatabase(config)}: ${counts.cases} cases, ${counts.persons} persons, ${counts.audit_log} audit entries`);
        if (!audit.ok) fail(`the restored audit log does not verify at entry #${audit.firstBrokenSeq}: ${audit.reason}`, 2);
        console.log(`audit log intact: ${audit.count} entries verified`);
      });
    });
}
