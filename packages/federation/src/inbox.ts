import { ZodError } from 'zod';
import type { PinnedDirectory } from './directory';
import { DEFAULT_SKEW_MS, replayKey, verifyEnvelope, type Envelope, type RejectionReason } from './envelope';
import type { OrganisationIdentity } from './identity';
import type { ReplayGuard } from './replayGuard';

/** Remembers which message ids were applied; `applyOnce` runs `apply` and records the id atomically. */
export interface InboxStore {
  applyOnce(envelope: Envelope, apply: () => Promise<void>): Promise<'applied' | 'duplicate'>;
}

export class MemoryInboxStore implements InboxStore {
  readonly processed = new Map<string, Envelope>();
  private readonly running = new Map<string, Promise<void>>();

  async applyOnce(envelope: Envelope, apply: () => Promise<void>): Promise<'applied' | 'duplicate'> {
    const key = `${envelope.from}/${envelope.id}`;
    if (this.processed.has(key)) return 'duplicate';
    const inFlight = this.running.get(key);
    if (inFlight !== undefined) {
      await inFlight;
      return 'duplicate';
    }
    const run = apply();
    this.running.set(key, run);
    try {
      await run;
      this.processed.set(key, envelope);
      return 'applied';
    } finally {
      this.running.delete(key);
    }
  }
}

export type MessageHandler = (envelope: Envelope) => Promise<void>;

/**
 * Thrown by a handler that will never accept this message (invalid body, wrong schema): answered 422 so
 * the sender parks it instead of retrying. With `retryAfter` it is a throttle instead (429, retry later).
 */
export class MessageRefused extends Error {
  override name = 'MessageRefused';
  constructor(
    message: string,
    readonly throttled = false,
  ) {
    super(message);
  }
}

export type Receipt =
  | { readonly outcome: 'applied' | 'duplicate'; readonly id: string; readonly type: string; readonly from: string }
  | { readonly outcome: 'rejected'; readonly reason: RejectionReason | 'unknown-type' | 'refused' | 'throttled' | 'handler-failed'; readonly detail: string };

export interface InboxOptions {
  readonly self: OrganisationIdentity;
  readonly directory: PinnedDirectory;
  readonly replayGuard: ReplayGuard;
  readonly store: InboxStore;
  readonly handlers: Readonly<Record<string, MessageHandler>>;
  readonly skewMs?: number;
}

/** Verify, then apply each message id at most once. Every outcome is returned for the receiver's log. */
export class Inbox {
  constructor(private readonly options: InboxOptions) {}

  async receive(input: unknown, now: Date): Promise<Receipt> {
    const { self, directory, replayGuard, store, handlers, skewMs } = this.options;
    const verified = verifyEnvelope(input, { self: self.orgId, directory, replayGuard, now, ...(skewMs === undefined ? {} : { skewMs }) });
    if (!verified.ok) return { outcome: 'rejected', reason: verified.reason, detail: verified.detail };
    const { envelope } = verified;
    if (replayGuard.persist !== undefined && !(await replayGuard.persist(replayKey(envelope), Date.parse(envelope.sentAt) + (skewMs ?? DEFAULT_SKEW_MS), now.getTime()))) {
      return { outcome: 'rejected', reason: 'replayed', detail: `nonce ${envelope.nonce} from ${envelope.from} was already used (recorded before a restart)` };
    }
    const handler = handlers[envelope.type];
    if (handler === undefined) return { outcome: 'rejected', reason: 'unknown-type', detail: `no handler for message type "${envelope.type}"` };
    try {
      const outcome = await store.applyOnce(envelope, () => handler(envelope));
      return { outcome, id: envelope.id, type: envelope.type, from: envelope.from };
    } catch (error) {
      if (error instanceof MessageRefused) return { outcome: 'rejected', reason: error.throttled ? 'throttled' : 'refused', detail: error.message };
      if (error instanceof ZodError) return { outcome: 'rejected', reason: 'refused', detail: error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
      return { outcome: 'rejected', reason: 'handler-failed', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** HTTP status for a receipt: 200 applied/duplicate (sender stops retrying), 4xx/5xx otherwise. */
export function receiptStatus(receipt: Receipt): number {
  if (receipt.outcome !== 'rejected') return 200;
  switch (receipt.reason) {
    case 'malformed':
    case 'unknown-type':
      return 400;
    case 'bad-signature':
    case 'unknown-sender':
      return 401;
    case 'wrong-recipient':
    case 'wrong-directory':
    case 'expired':
    case 'from-the-future':
    case 'replayed':
      return 409;
    case 'refused':
      return 422;
    case 'throttled':
      return 429;
    case 'handler-failed':
      return 500;
  }
}
