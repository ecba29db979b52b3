import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/for-each-dialect';
import { appendAudit, listAudit, verifyAuditChain } from './audit';

const entry = (n: number) => ({
  actorUserId: 'u1', actorOrganisationId: 'o1', action: 'person.read', recordType: 'person', recordId: `d/p${n}`, ip: '127.0.0.1', details: { n, b: [1, { z: 1, a: 2 }] },
});

forEachDialect((ctx) => {
  it('chains entries and verifies them', async () => {
    for (let i = 0; i < 5; i++) await ctx.db.transaction().execute((trx) => appendAudit(trx, entry(i)));
    const verified = await verifyAuditChain(ctx.db);
    expect(verified.ok).toBe(true);
    const page = await listAudit(ctx.db, { limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.items[0]?.seq).toBeGreaterThan(page.items[1]?.seq ?? Infinity);
    expect(page.items[0]?.prevHash).toBe(page.items[1]?.hash);
    const second = await listAudit(ctx.db, { limit: 2, cursor: page.next ?? undefined });
    expect(second.items[0]?.seq).toBe((page.items[1]?.seq ?? 0) - 1);
  });

  it('rolls the entry back with the caller\'s transaction', async () => {
    const before = await verifyAuditChain(ctx.db);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await appendAudit(trx, entry(99));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await verifyAuditChain(ctx.db);
    expect(after).toEqual(before);
  });

  it('never forks the chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => ctx.db.transaction().execute((trx) => appendAudit(trx, entry(100 + i)))));
    const verified = await verifyAuditChain(ctx.db);
    expect(verified).toMatchObject({ ok: true });
  });

  it('names the first altered entry', async () => {
    const page = await listAudit(ctx.db, { order: 'asc', limit: 3 });
    const victim = page.items[2];
    if (!victim) throw new Error('expected entries');
    await sql`update audit_log set details = ${JSON.stringify({ n: 666 })} where id = ${victim.id}`.execute(ctx.db);
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: false, firstBrokenId: victim.id, reason: expect.stringMatching(/altered/) });
    await sql`update audit_log set details = ${JSON.stringify(victim.details)} where id = ${victim.id}`.execute(ctx.db);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });

  it('detects a removed entry in the middle and at the end', async () => {
    const all = await listAudit(ctx.db, { order: 'asc', limit: 500 });
    const middle = all.items[4];
    const next = all.items[5];
    const last = all.items[all.items.length - 1];
    if (!middle || !next || !last) throw new Error('expected entries');
    await sql`delete from audit_log where id = ${last.id}`.execute(ctx.db);
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: false, reason: expect.stringMatching(/removed/) });
    await sql`delete from audit_log where id = ${middle.id}`.execute(ctx.db);
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: false, firstBrokenId: next.id, reason: expect.stringMatching(/missing/) });
  });
});
