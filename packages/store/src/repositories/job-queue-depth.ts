import type { KinlinkDb } from '../database';

/** Jobs waiting (queued) and in progress (running) per job type, for queue-depth metrics; types with none are absent. */
export async function jobQueueDepthByType(db: KinlinkDb): Promise<Record<string, { queued: number; running: number }>> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['type', 'status', eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['queued', 'running'])
    .groupBy(['type', 'status'])
    .execute();
  const depth: Record<string, { queued: number; running: number }> = {};
  for (const row of rows) {
    const entry = (depth[row.type] ??= { queued: 0, running: 0 });
    if (row.status === 'queued') entry.queued = Number(row.n);
    else entry.running = Number(row.n);
  }
  return depth;
}

/** Potential matches waiting for a caseworker's review (status `potential`), for the review-queue metric. */
export async function countMatchesAwaitingReview(db: KinlinkDb): Promise<number> {
  const row = await db
    .selectFrom('potential_matches')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'potential')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
