import type { KinlinkDb } from '@kinlink/store';
import { signedDirectorySchema, type Peer } from '../directory';
import { federationDb } from './tables';

export interface Exchange {
  readonly at: string;
  readonly direction: 'in' | 'out';
  readonly type: string | null;
  readonly outcome: string;
}

export interface FederationStatus {
  /** False when this database never joined a federation (no federation tables). */
  readonly joined: boolean;
  readonly directory: { readonly issuer: string; readonly version: number; readonly adoptedAt: string } | null;
  readonly peers: readonly (Peer & { readonly lastExchange: Exchange | null })[];
  readonly outbox: { readonly pending: number; readonly parked: number; readonly delivered: number; readonly oldestPending: string | null; readonly lastError: string | null };
  /** The latest message to or from the hub (at the hub itself: with any peer). */
  readonly lastHubExchange: (Exchange & { readonly peer: string }) | null;
}

const EMPTY_OUTBOX = { pending: 0, parked: 0, delivered: 0, oldestPending: null, lastError: null };

/** A read-only summary of a server's federation state from its database: directory, peers, outbox, last exchanges. */
export async function federationStatus(db: KinlinkDb, options: { self?: string | undefined } = {}): Promise<FederationStatus> {
  const tables = await db.introspection.getTables();
  if (!tables.some((table) => table.name === 'federation_outbox')) return { joined: false, directory: null, peers: [], outbox: EMPTY_OUTBOX, lastHubExchange: null };
  const fdb = federationDb(db);
  const latest = await fdb.selectFrom('federation_directory').select(['signed', 'adopted_at']).orderBy('version', 'desc').limit(1).executeTakeFirst();
  const signed = latest === undefined ? undefined : signedDirectorySchema.parse(JSON.parse(latest.signed)).directory;

  const counts = await fdb.selectFrom('federation_outbox').select(['status', fdb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
  const count = (status: string): number => Number(counts.find((row) => row.status === status)?.n ?? 0);
  const oldest = await fdb.selectFrom('federation_outbox').select(['created_at', 'last_error']).where('status', '=', 'pending').orderBy('created_at').limit(1).executeTakeFirst();
  const failed = await fdb.selectFrom('federation_outbox').select('last_error').where('status', '!=', 'delivered').where('last_error', 'is not', null).orderBy('next_attempt_at', 'desc').limit(1).executeTakeFirst();

  const lastWith = async (peer: string | undefined): Promise<(Exchange & { peer: string }) | null> => {
    let query = fdb.selectFrom('federation_message_log').select(['at', 'direction', 'type', 'outcome', 'peer']).orderBy('at', 'desc').limit(1);
    if (peer !== undefined) query = query.where('peer', '=', peer);
    const row = await query.executeTakeFirst();
    return row === undefined ? null : { at: row.at, direction: row.direction as 'in' | 'out', type: row.type, outcome: row.outcome, peer: row.peer };
  };
  const peers = [];
  for (const peer of signed?.peers ?? []) {
    const last = await lastWith(peer.orgId);
    peers.push({ ...peer, lastExchange: last === null ? null : { at: last.at, direction: last.direction, type: last.type, outcome: last.outcome } });
  }
  const hub = signed?.peers.find((peer) => peer.role === 'hub');
  // At the hub itself every exchange is a hub exchange.
  const atHub = hub !== undefined && options.self === hub.orgId;
  return {
    joined: true,
    directory: signed === undefined || latest === undefined ? null : { issuer: signed.issuer, version: signed.version, adoptedAt: latest.adopted_at },
    peers,
    outbox: { pending: count('pending'), parked: count('dead'), delivered: count('delivered'), oldestPending: oldest?.created_at ?? null, lastError: failed?.last_error ?? null },
    lastHubExchange: hub === undefined ? null : await lastWith(atHub ? undefined : hub.orgId),
  };
}
