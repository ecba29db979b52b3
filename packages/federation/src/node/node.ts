import { hkdfSync } from 'node:crypto';
import { createClkEncoder, DEFAULT_SCHEMA, schemaFingerprint, type LinkageSchema } from '@kinlink/linkage';
import type { KinlinkDb } from '@kinlink/store';
import { PinnedDirectory, type SignedDirectory } from '../directory';
import type { OrganisationIdentity } from '../identity';
import { Inbox, type MessageHandler, type Receipt } from '../inbox';
import { MESSAGE_TYPES } from '../messages';
import { Outbox, fetchTransport, type DeliveryReport, type Transport } from '../outbox';
import type { RateLimit } from '../rateLimiter';
import { SqlPeerBudget } from './sqlBudget';
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../backoff';
import { HubService } from './hub';
import { migrateFederation } from './migrations';
import { SocietyService } from './society';
import { SqlInboxStore, SqlOutboxStore, logMessage } from './sqlStores';
import { SqlReplayGuard } from './sqlReplayGuard';
import { federationDb, type FederationDb } from './tables';

export interface FederationNodeOptions {
  readonly db: KinlinkDb;
  readonly identity: OrganisationIdentity;
  /** The hub's organisation id and public key, pinned at installation. */
  readonly hub: { readonly orgId: string; readonly publicKey: string };
  readonly role: 'hub' | 'society';
  /** Federation-wide linkage secret (societies only; the hub never has it). */
  readonly linkageSecret?: Uint8Array;
  readonly schema?: LinkageSchema;
  readonly hubThreshold?: number;
  readonly hubTopK?: number;
  /** Per-peer budget of encodings the hub compares (default 200,000 at once, 50,000 more per hour). */
  readonly hubRateLimit?: RateLimit;
  readonly transport?: Transport;
  readonly backoff?: BackoffPolicy;
  readonly now?: () => Date;
}

/** One kinlink server's membership in the federation: directory, inbox, outbox and its role's service. */
export class FederationNode {
  readonly fdb: FederationDb;
  readonly directory: PinnedDirectory;
  readonly outbox: Outbox;
  readonly inbox: Inbox;
  readonly hub: HubService | undefined;
  readonly society: SocietyService | undefined;
  readonly now: () => Date;

  private constructor(readonly options: FederationNodeOptions) {
    this.now = options.now ?? (() => new Date());
    this.fdb = federationDb(options.db);
    this.directory = new PinnedDirectory(options.hub.orgId, options.hub.publicKey);
    this.outbox = new Outbox(options.identity, this.directory, new SqlOutboxStore(this.fdb), options.transport ?? fetchTransport, options.backoff ?? DEFAULT_BACKOFF);
    const schema = options.schema ?? DEFAULT_SCHEMA;
    const handlers: Record<string, MessageHandler> = {};
    if (options.role === 'hub') {
      const limiter = new SqlPeerBudget(this.fdb, options.hubRateLimit ?? { capacity: 200_000, refillPerHour: 50_000 });
      this.hub = new HubService(this.fdb, this.outbox, limiter, { threshold: options.hubThreshold ?? 0.75, topK: options.hubTopK ?? 3, fingerprint: schemaFingerprint(schema) }, this.now);
      handlers[MESSAGE_TYPES.linkageSubmit] = (envelope) => this.hub!.onSubmit(envelope);
    } else {
      if (options.linkageSecret === undefined) throw new Error('a national society node needs the federation linkage secret');
      const refKey = new Uint8Array(hkdfSync('sha256', options.linkageSecret, options.identity.orgId, 'kinlink/linkage-refs', 32));
      this.society = new SocietyService(this.fdb, this.outbox, createClkEncoder(options.linkageSecret, schema), refKey, options.hub.orgId, this.now);
      const society = this.society;
      handlers[MESSAGE_TYPES.linkageCandidate] = (envelope) => society.onCandidate(envelope);
      handlers[MESSAGE_TYPES.transferOffer] = (envelope) => society.onOffer(envelope);
      handlers[MESSAGE_TYPES.transferResponse] = (envelope) => society.onResponse(envelope);
      handlers[MESSAGE_TYPES.transferStatus] = (envelope) => society.onStatus(envelope);
      handlers[MESSAGE_TYPES.transferConsentWithdrawn] = (envelope) => society.onConsentWithdrawn(envelope);
    }
    this.inbox = new Inbox({ self: options.identity, directory: this.directory, replayGuard: new SqlReplayGuard(this.fdb), store: new SqlInboxStore(this.fdb, this.now), handlers });
  }

  /** Creates the federation tables if needed and re-pins the last adopted directory. */
  static async open(options: FederationNodeOptions): Promise<FederationNode> {
    await migrateFederation(options.db);
    const node = new FederationNode(options);
    const latest = await node.fdb.selectFrom('federation_directory').select('signed').orderBy('version', 'desc').limit(1).executeTakeFirst();
    if (latest !== undefined) node.directory.adopt(JSON.parse(latest.signed));
    return node;
  }

  /** Verify and pin a newer directory (throws DirectoryError with the reason) and remember it. */
  async adoptDirectory(signed: SignedDirectory): Promise<void> {
    const directory = this.directory.adopt(signed);
    await this.fdb.insertInto('federation_directory').values({ version: directory.version, signed: JSON.stringify(signed), adopted_at: this.now().toISOString() }).execute();
  }

  /**
   * Fetch the hub's published directory and adopt it when it is newer. A forged or older directory is
   * refused by the pinned hub key and version (DirectoryError).
   */
  async refreshDirectory(fetchImpl: typeof fetch = fetch): Promise<{ version: number; changed: boolean }> {
    const hub = this.directory.peer(this.options.hub.orgId);
    if (hub === undefined) throw new Error('the pinned directory does not list the hub');
    const response = await fetchImpl(new URL('/api/v1/federation/directory', hub.url), { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`hub directory: HTTP ${response.status}`);
    const signed = (await response.json()) as SignedDirectory;
    if (signed?.directory?.version <= this.directory.version) return { version: this.directory.version, changed: false };
    await this.adoptDirectory(signed);
    return { version: this.directory.version, changed: true };
  }

  async signedDirectory(): Promise<SignedDirectory | undefined> {
    const latest = await this.fdb.selectFrom('federation_directory').select('signed').orderBy('version', 'desc').limit(1).executeTakeFirst();
    return latest === undefined ? undefined : (JSON.parse(latest.signed) as SignedDirectory);
  }

  async receive(body: unknown): Promise<Receipt> {
    const receipt = await this.inbox.receive(body, this.now());
    const envelope = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    await logMessage(this.fdb, {
      direction: 'in',
      peer: typeof envelope.from === 'string' ? envelope.from.slice(0, 100) : '?',
      messageId: typeof envelope.id === 'string' ? envelope.id.slice(0, 100) : undefined,
      type: typeof envelope.type === 'string' ? envelope.type.slice(0, 100) : undefined,
      outcome: receipt.outcome === 'rejected' ? `rejected:${receipt.reason}` : receipt.outcome,
      detail: receipt.outcome === 'rejected' ? receipt.detail : undefined,
      at: this.now(),
    });
    return receipt;
  }

  async deliverDue(): Promise<DeliveryReport> {
    const report = await this.outbox.deliverDue(this.now().getTime());
    const at = this.now();
    for (const id of report.delivered) await logMessage(this.fdb, { direction: 'out', peer: await this.peerOf(id), messageId: id, outcome: 'delivered', at });
    for (const retry of report.retrying) await logMessage(this.fdb, { direction: 'out', peer: await this.peerOf(retry.id), messageId: retry.id, outcome: 'retrying', detail: retry.error, at });
    for (const id of report.dead) await logMessage(this.fdb, { direction: 'out', peer: await this.peerOf(id), messageId: id, outcome: 'dead', at });
    return report;
  }

  /**
   * Deliver until nothing is due (messages that fail stay queued for their backoff time). At the hub, first
   * let pending comparisons finish; at a society, first queue notices of withdrawn consent.
   */
  async flush(maxRounds = 10): Promise<number> {
    await this.hub?.idle();
    await this.society?.propagateConsentWithdrawals();
    let delivered = 0;
    for (let round = 0; round < maxRounds; round++) {
      const report = await this.deliverDue();
      delivered += report.delivered.length;
      if (report.delivered.length === 0) break;
    }
    return delivered;
  }

  private timer: NodeJS.Timeout | undefined;

  /** Background outbox delivery every `intervalMs`; societies also look for a newer hub directory every `directoryEveryMs`. */
  startDelivery(intervalMs = 5_000, directoryEveryMs = 15 * 60_000): void {
    this.stopDelivery();
    let running = false;
    let nextDirectoryCheck = Date.now() + directoryEveryMs;
    this.timer = setInterval(() => {
      if (running) return;
      running = true;
      const checkDirectory = this.options.role === 'society' && Date.now() >= nextDirectoryCheck;
      if (checkDirectory) nextDirectoryCheck = Date.now() + directoryEveryMs;
      (checkDirectory ? this.refreshDirectory().catch(() => undefined) : Promise.resolve())
        .then(() => this.flush())
        .catch(() => undefined)
        .finally(() => (running = false));
    }, intervalMs);
    this.timer.unref();
  }

  stopDelivery(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async peerOf(id: string): Promise<string> {
    return (await this.fdb.selectFrom('federation_outbox').select('to_org').where('id', '=', id).executeTakeFirst())?.to_org ?? '?';
  }
}
