import type { Command } from 'commander';
import { federationStatus, type FederationStatus } from '@kinlink/federation';
import { environmentWithConfigFile } from '@kinlink/server';
import { configFrom, describeDatabase, withDatabase, type DatabaseOptions } from '../runtime/environment';

function describeStatus(status: FederationStatus): string[] {
  if (!status.joined) return ['this server has not joined a federation (no federation tables; see kinlink serve --federation)'];
  const lines: string[] = [];
  lines.push(status.directory ? `directory: v${status.directory.version} issued by ${status.directory.issuer}, adopted ${status.directory.adoptedAt}` : 'directory: none pinned yet');
  const { outbox } = status;
  lines.push(`outbox: ${outbox.pending} pending, ${outbox.parked} parked, ${outbox.delivered} delivered${outbox.oldestPending ? `; oldest pending since ${outbox.oldestPending}` : ''}`);
  if (outbox.lastError) lines.push(`  last delivery error: ${outbox.lastError}`);
  const hub = status.lastHubExchange;
  lines.push(hub ? `last hub exchange: ${hub.at} ${hub.direction === 'in' ? 'from' : 'to'} ${hub.peer} ${hub.type ?? ''} ${hub.outcome}`.replace(/\s+/g, ' ') : 'last hub exchange: never');
  lines.push(`peers (${status.peers.length}):`);
  for (const peer of status.peers) {
    const last = peer.lastExchange ? `last ${peer.lastExchange.direction} ${peer.lastExchange.at} ${peer.lastExchange.outcome}` : 'no exchange yet';
    lines.push(`  ${peer.orgId.padEnd(24)} ${peer.role.padEnd(8)} ${(peer.country ?? '').padEnd(4)} ${peer.url}  ${last}`);
  }
  return lines;
}

export function addFederationStatusCommand(federation: Command): void {
  federation
    .command('status')
    .description("This server's federation state: pinned directory and peers, outbox pending/parked, last exchange with the hub")
    .option('--json', 'print the status as JSON')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .option('--config <file>', 'JSON configuration file (env KINLINK_CONFIG)')
    .action(async (options: DatabaseOptions & { json?: boolean }) => {
      const config = configFrom(options);
      const self = environmentWithConfigFile(process.env, options.config).KINLINK_FEDERATION_ORG_ID?.trim();
      const status = await withDatabase(config, (db) => federationStatus(db, { self }));
      if (options.json) console.log(JSON.stringify(status, null, 2));
      else console.log([`federation status of ${describeDatabase(config)}`, ...describeStatus(status)].join('\n'));
    });
}
