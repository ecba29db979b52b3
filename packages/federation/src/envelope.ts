import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from './canonicalJson';
import type { PinnedDirectory } from './directory';
import { signBytes, verifyBytes, type OrganisationIdentity } from './identity';
import type { ReplayGuard } from './replayGuard';

export const envelopeSchema = z.object({
  v: z.literal(1),
  /** Message id: stable across delivery attempts, so the receiver applies a message once. */
  id: z.string().uuid(),
  /** Fresh per signature: a captured envelope cannot be sent again (replay guard). */
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  from: z.string().min(1),
  to: z.string().min(1),
  type: z.string().regex(/^[a-z][a-z0-9.-]{1,63}$/),
  sentAt: z.string().datetime(),
  directory: z.object({ issuer: z.string(), version: z.number().int().positive() }),
  body: z.unknown(),
  signature: z.string().min(1),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export interface OutgoingMessage {
  readonly id?: string;
  readonly to: string;
  readonly type: string;
  readonly body: unknown;
}

const encoder = new TextEncoder();

function signedBytes(envelope: Omit<Envelope, 'signature'>): Uint8Array {
  return encoder.encode(canonicalJson({ ...envelope, signature: undefined }));
}

export function sealEnvelope(
  sender: OrganisationIdentity,
  directory: PinnedDirectory,
  message: OutgoingMessage,
  now: Date,
  nonce: string = randomUUID().replaceAll('-', ''),
): Envelope {
  const issuer = directory.directory?.issuer;
  if (issuer === undefined) throw new Error('cannot send: no peer directory pinned yet');
  const unsigned = {
    v: 1 as const,
    id: message.id ?? randomUUID(),
    nonce,
    from: sender.orgId,
    to: message.to,
    type: message.type,
    sentAt: now.toISOString(),
    directory: { issuer, version: directory.version },
    body: message.body,
  };
  return { ...unsigned, signature: signBytes(sender, signedBytes(unsigned)) };
}

export type RejectionReason =
  | 'malformed'
  | 'wrong-recipient'
  | 'wrong-directory'
  | 'unknown-sender'
  | 'bad-signature'
  | 'expired'
  | 'from-the-future'
  | 'replayed';

export type Verification =
  | { readonly ok: true; readonly envelope: Envelope }
  | { readonly ok: false; readonly reason: RejectionReason; readonly detail: string };

export interface VerifyContext {
  readonly self: string;
  readonly directory: PinnedDirectory;
  readonly replayGuard: ReplayGuard;
  readonly now: Date;
  /** Accepted clock difference either way, in ms (default five minutes). */
  readonly skewMs?: number;
}

export const DEFAULT_SKEW_MS = 5 * 60_000;

/** The replay guard's key of an envelope: its sender and nonce. */
export const replayKey = (envelope: Pick<Envelope, 'from' | 'nonce'>): string => `${envelope.from}/${envelope.nonce}`;

const reject = (reason: RejectionReason, detail: string): Verification => ({ ok: false, reason, detail });

/**
 * Checks, in order: shape, recipient, directory, sender, signature, time window, nonce. The nonce is
 * recorded only for envelopes that passed every other check, so forged traffic cannot fill the guard.
 */
export function verifyEnvelope(input: unknown, context: VerifyContext): Verification {
  const parsed = envelopeSchema.safeParse(input);
  if (!parsed.success) return reject('malformed', parsed.error.issues.map((i) => `${i.path.join('.') || 'envelope'}: ${i.message}`).join('; '));
  const envelope = parsed.data;
  if (envelope.to !== context.self) return reject('wrong-recipient', `addressed to "${envelope.to}", this is "${context.self}"`);
  const pinned = context.directory.directory;
  if (pinned === undefined) return reject('wrong-directory', 'no peer directory pinned here');
  if (envelope.directory.issuer !== pinned.issuer || envelope.directory.version !== pinned.version) {
    return reject(
      'wrong-directory',
      `sender uses directory ${envelope.directory.issuer} v${envelope.directory.version}, this server pins ${pinned.issuer} v${pinned.version}`,
    );
  }
  const sender = context.directory.peer(envelope.from);
  if (sender === undefined) return reject('unknown-sender', `"${envelope.from}" is not in directory v${pinned.version}`);
  if (!verifyBytes(sender.publicKey, signedBytes(envelope), envelope.signature)) {
    return reject('bad-signature', `signature does not verify with ${envelope.from}'s key: altered in transit or not signed by them`);
  }
  const skew = context.skewMs ?? DEFAULT_SKEW_MS;
  const age = context.now.getTime() - Date.parse(envelope.sentAt);
  if (age > skew) return reject('expired', `sent ${Math.round(age / 1000)} s ago, window is ${skew / 1000} s`);
  if (age < -skew) return reject('from-the-future', `sent ${Math.round(-age / 1000)} s in the future, window is ${skew / 1000} s`);
  if (!context.replayGuard.firstSeen(replayKey(envelope), Date.parse(envelope.sentAt) + skew, context.now.getTime())) {
    return reject('replayed', `nonce ${envelope.nonce} from ${envelope.from} was already used`);
  }
  return { ok: true, envelope };
}
