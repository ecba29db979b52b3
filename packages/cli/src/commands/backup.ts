import path from 'node:path';
import { backupSqlite, dialectOf, dumpToFile } from '@kinlink/store';
import { federationTablesToDump } from '@kinlink/federation';
import type { Command } from 'commander';
import { configFrom, withDatabase, type DatabaseOptions } from '../runtime/environment';
import { fail } from '../runtime/output';

export function addBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('Write a consistent copy of the live database to a new file (SQLite: a database file; PostgreSQL: a kinlink dump)')
    .requiredOption('--to <file>', 'the new file to write (must not exist)')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: DatabaseOptions & { to: string }) => {
      const target = path.resolve(options.to);
      await withDatabase(configFrom(options), async (db) => {
        try {
          if (dialectOf(db) === 'sqlite') {
            const { bytes } = await backupSqlite(db, target);
            console.log(`backed up the SQLite database to ${target} (${(bytes / 1024).toFixed(0)} KiB)`);
          } else {
            const counts = await dumpToFile(db, target, await federationTablesToDump(db));
            const rows = Object.values(counts).reduce((a, b) => a + b, 0);
            console.log(`dumped the PostgreSQL database to ${target} (${rows} rows; restore with the store's restoreFromFile)`);
          }
        } catch (error) {
          fail(error instanceof Error ? error.message : String(error));
        }
      });
    });
}
