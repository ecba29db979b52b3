import { checkRateLimit, spend, type PeerBudget, type RateDecision, type RateLimit } from '../rateLimiter';
import type { FederationDb } from './tables';

/** The hub's per-peer budgets in its database: a restart does not hand out a fresh budget. */
export class SqlPeerBudget implements PeerBudget {
  constructor(
    private readonly db: FederationDb,
    private readonly limit: RateLimit,
  ) {
    checkRateLimit(limit);
  }

  async take(peer: string, cost: number, now: number): Promise<RateDecision> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('hub_budgets').selectAll().where('peer', '=', peer).executeTakeFirst();
      const { decision, bucket } = spend(this.limit, row === undefined ? undefined : { tokens: row.tokens, at: Date.parse(row.at) }, cost, now);
      const values = { tokens: bucket.tokens, at: new Date(bucket.at).toISOString() };
      await trx
        .insertInto('hub_budgets')
        .values({ peer, ...values })
        .onConflict((oc) => oc.column('peer').doUpdateSet(values))
        .execute();
      return decision;
    });
  }
}
