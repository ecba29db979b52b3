import { verifyAuditChain } from '@kinlink/store';
import type { Command } from 'commander';
import { configFrom, withDatabase, type DatabaseOptions } from '../runtime/environment';
import { fail } from '../runtime/output';

export function addAuditCommand(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description('Recompute the hash chain of the audit log; exits non-zero and names the first broken entry')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: DatabaseOptions) => {
      const result = await withDatabase(configFrom(options), (db) => verifyAuditChain(db));
      if (result.ok) {
        console.log(`audit log intact: ${result.count} entries verified`);
        return;
      }
      const which = result.firstBrokenId ? `entry #${result.firstBrokenSeq} (id ${result.firstBrokenId})` : `entry #${result.firstBrokenSeq}`;
      fail(`audit log BROKEN at ${which}: ${result.reason}; ${result.count} entries before it verify`, 2);
    });
}
