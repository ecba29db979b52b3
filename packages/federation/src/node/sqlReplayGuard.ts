import { MemoryReplayGuard, type ReplayGuard } from '../replayGuard';
import type { FederationDb } from './tables';

/**
 * Replay guard kept in the database as well as in memory: the nonces of accepted envelopes stay recorded
 * until they leave the clock-skew window, so a replay sent right after a restart is still refused.
 */
export class SqlReplayGuard implements ReplayGuard {
  private readonly memory = new MemoryReplayGuard();
  private nextSweep = 0;

  constructor(private readonly db: FederationDb) {}

  firstSeen(key: string, expiresAt: number, now: number): boolean {
    return this.memory.firstSeen(key, expiresAt, now);
  }

  async persist(key: string, expiresAt: number, now: number): Promise<boolean> {
    if (now >= this.nextSweep) {
      this.nextSweep = now + 60_000;
      await this.db.deleteFrom('federation_nonces').where('expires_at', '<=', new Date(now).toISOString()).execute();
    }
    const inserted = await this.db
      .insertInto('federation_nonces')
      .values({ key, expires_at: new Date(expiresAt).toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .execute();
    return inserted.length === 1;
  }
}
