import { createHash } from 'node:crypto';
import { compareClkSets, matrixFromWire, sliceRows, type ClkMatrix } from '@kinlink/linkage';
import type { Envelope } from '../envelope';
import { MessageRefused } from '../inbox';
import { MESSAGE_TYPES, linkageSubmitSchema, type LinkageCandidate } from '../messages';
import type { Outbox } from '../outbox';
import type { PeerBudget } from '../rateLimiter';
import type { FederationDb } from './tables';

export interface HubOptions {
  /** Dice threshold for notifying a pair (xor-folded default schema: about 0.75 is the F1 optimum on FEBRL4). */
  readonly threshold: number;
  /** Most candidates notified per record and counterpart set. */
  readonly topK: number;
  /** The one encoding schema the federation uses; other submissions are refused. */
  readonly fingerprint: string;
}

const COMPLEMENT = { sought: 'registered', registered: 'sought' } as const;
/** Pairs compared between yields to the event loop (about 0.1 s of work). */
const SLICE_PAIRS = 2_000_000;

/**
 * The ICRC hub: it holds each server's latest encodings (never names, never the key), compares every new
 * set with the complementary sets of all other servers, and tells both sides about each new pair.
 */
export class HubService {
  constructor(
    private readonly db: FederationDb,
    private readonly outbox: Outbox,
    private readonly limiter: PeerBudget,
    private readonly options: HubOptions,
    private readonly now: () => Date,
  ) {}

  async onSubmit(envelope: Envelope): Promise<void> {
    const body = linkageSubmitSchema.parse(envelope.body);
    if (body.clks.fingerprint !== this.options.fingerprint) {
      throw new MessageRefused(`encodings use schema "${body.clks.fingerprint}", this hub compares "${this.options.fingerprint}"`);
    }
    let matrix: ClkMatrix;
    try {
      matrix = matrixFromWire(body.clks);
    } catch (error) {
      throw new MessageRefused(error instanceof Error ? error.message : String(error));
    }
    const decision = await this.limiter.take(envelope.from, matrix.ids.length, this.now().getTime());
    if (!decision.allowed) {
      throw new MessageRefused(`query budget of ${envelope.from} exhausted (${decision.remaining} left, ${matrix.ids.length} asked); retry in ${Math.ceil(decision.retryAfterMs / 60_000)} min`, true);
    }
    const at = this.now().toISOString();
    await this.db
      .insertInto('hub_submissions')
      .values({ org: envelope.from, kind: body.kind, fingerprint: body.clks.fingerprint, words: body.clks.words, ids: JSON.stringify(body.clks.ids), data: body.clks.data, submitted_at: at })
      .onConflict((oc) => oc.columns(['org', 'kind']).doUpdateSet({ fingerprint: body.clks.fingerprint, words: body.clks.words, ids: JSON.stringify(body.clks.ids), data: body.clks.data, submitted_at: at }))
      .execute();
    // Acknowledge now, compare after: a large set must not hold the sender's request open.
    const from = envelope.from;
    this.queue = this.queue.then(() =>
      this.compareWithOthers(from, body.kind, matrix).catch((error: unknown) => {
        this.failures.push(`${from}/${body.kind}: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
  }

  private queue: Promise<void> = Promise.resolve();
  /** Comparisons that failed (kept for the operator; the next submission of that set retries). */
  readonly failures: string[] = [];

  /** Resolves when every accepted submission has been compared and its pairs queued for notification. */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * Compares in slices of left rows (exact: top-k is per left row) and yields to the event loop between
   * slices, so the hub keeps answering while it works through a large set.
   */
  private async compareWithOthers(org: string, kind: 'sought' | 'registered', mine: ClkMatrix): Promise<void> {
    const others = await this.db.selectFrom('hub_submissions').selectAll().where('org', '!=', org).where('kind', '=', COMPLEMENT[kind]).execute();
    for (const other of others) {
      const theirs = matrixFromWire({ fingerprint: other.fingerprint, words: other.words, ids: JSON.parse(other.ids) as string[], data: other.data });
      const rowsPerSlice = Math.max(1, Math.floor(SLICE_PAIRS / Math.max(1, theirs.ids.length)));
      for (let start = 0; start < mine.ids.length; start += rowsPerSlice) {
        const slice = sliceRows(mine, start, start + rowsPerSlice);
        const { matches } = compareClkSets(slice, theirs, { threshold: this.options.threshold, topK: this.options.topK });
        for (const match of matches) {
          await this.notifyPair(
            { org, ref: slice.ids[match.left]!, kind },
            { org: other.org, ref: theirs.ids[match.right]!, kind: COMPLEMENT[kind] },
            match.score,
          );
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  private async notifyPair(a: { org: string; ref: string; kind: 'sought' | 'registered' }, b: { org: string; ref: string; kind: 'sought' | 'registered' }, score: number): Promise<void> {
    // Canonical order, so the pair found from either side is one candidate.
    const [left, right] = a.kind === 'sought' ? [a, b] : [b, a];
    const id = createHash('sha256').update(`${left.org}/${left.ref}|${right.org}/${right.ref}`).digest('base64url').slice(0, 32);
    const inserted = await this.db
      .insertInto('hub_candidates')
      .values({ id, left_org: left.org, left_ref: left.ref, left_kind: left.kind, right_org: right.org, right_ref: right.ref, right_kind: right.kind, score, found_at: this.now().toISOString() })
      .onConflict((oc) => oc.columns(['left_org', 'left_ref', 'right_org', 'right_ref']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return; // already notified
    const now = this.now().getTime();
    const tell = async (you: typeof left, them: typeof right): Promise<void> => {
      const body: LinkageCandidate = {
        candidateId: id,
        yourRecord: you.ref,
        yourKind: you.kind,
        theirOrg: them.org,
        theirRecord: them.ref,
        theirKind: them.kind,
        score,
        schema: this.options.fingerprint,
      };
      await this.outbox.enqueue({ to: you.org, type: MESSAGE_TYPES.linkageCandidate, body }, now);
    };
    await tell(left, right);
    await tell(right, left);
  }
}
