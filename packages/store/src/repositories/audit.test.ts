import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { withAuditChainBroken } from '../testing/audit-broken';
import { forEachDialect } from '../testing/for-each-dialect';
import { appendAudit, appendAuditEntries, listAudit, readWithAudit, transactionWithAudit, verifyAuditChain } from './audit';

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

  it('appends several entries at once, in order, each linked to the one before', async () => {
    const before = (await verifyAuditChain(ctx.db)).count;
    const appended = await ctx.db.transaction().execute((trx) => appendAuditEntries(trx, [entry(200), entry(201), entry(202)]));
    expect(appended.map((e) => e.seq)).toEqual([before + 1, before + 2, before + 3]);
    expect(appended[1]?.prevHash).toBe(appended[0]?.hash);
    expect(appended[2]?.prevHash).toBe(appended[1]?.hash);
    const stored = await listAudit(ctx.db, { limit: 3 });
    expect(stored.items.map((e) => e.recordId).reverse()).toEqual(['d/p200', 'd/p201', 'd/p202']);
    expect(await ctx.db.transaction().execute((trx) => appendAuditEntries(trx, []))).toEqual([]);
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, count: before + 3 });
  });

  it('appends more entries than one insert statement holds', async () => {
    const before = (await verifyAuditChain(ctx.db)).count;
    await ctx.db.transaction().execute((trx) => appendAuditEntries(trx, Array.from({ length: 1_203 }, (_, i) => entry(1_000 + i))));
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, count: before + 1_203 });
  });

  it('keeps one valid chain with 50 concurrent transactions appending one to three entries each', async () => {
    const before = (await verifyAuditChain(ctx.db)).count;
    const sizes = Array.from({ length: 50 }, (_, i) => 1 + (i % 3));
    await Promise.all(
      sizes.map((size, i) =>
        ctx.db.transaction().execute(async (trx) => {
          // Work before the append (a read, a change): the entries are the transaction's last step.
          await trx.selectFrom('audit_head').select('seq').execute();
          await appendAuditEntries(trx, Array.from({ length: size }, (_, k) => entry(5_000 + i * 10 + k)));
        }),
      ),
    );
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, count: before + 99 });
  });

  it('returns the entries as stored, and chains text in any script', async () => {
    const arabic = { ...entry(300), details: { reason: 'لم يعد', name: 'Мухамед', quote: "it's \\ \"fine\"\n" } };
    const appended = await ctx.db.transaction().execute((trx) => appendAuditEntries(trx, [arabic, entry(301)]));
    const stored = await listAudit(ctx.db, { limit: 2, order: 'desc' });
    expect(stored.items.reverse()).toEqual(appended);
    expect(appended[0]?.details).toEqual(arabic.details);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });

  it('appends as the last step of a transaction: the change and its entries are stored together', async () => {
    const before = (await verifyAuditChain(ctx.db)).count;
    const result = await transactionWithAudit(ctx.db, async (trx) => {
      await sql`create table if not exists audit_test_changes (n integer)`.execute(trx);
      await sql`insert into audit_test_changes values (1)`.execute(trx);
      return { result: 'done', entries: [entry(400), entry(401)] };
    });
    expect(result).toBe('done');
    const changes = await sql<{ c: number }>`select count(*) as c from audit_test_changes`.execute(ctx.db);
    expect(Number(changes.rows[0]?.c)).toBe(1);
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, count: before + 2 });
    const last = (await listAudit(ctx.db, { limit: 1 })).items[0];
    expect(last?.recordId).toBe('d/p401');
  });

  it('stores neither change nor entries when the work fails', async () => {
    const before = await verifyAuditChain(ctx.db);
    await expect(
      transactionWithAudit(ctx.db, async (trx) => {
        await sql`insert into audit_test_changes values (99)`.execute(trx);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const rows = await sql<{ c: number }>`select count(*) as c from audit_test_changes where n = 99`.execute(ctx.db);
    expect(Number(rows.rows[0]?.c)).toBe(0);
    expect(await verifyAuditChain(ctx.db)).toEqual(before);
  });

  it('keeps one valid chain when 50 concurrent transactions append last', async () => {
    const before = (await verifyAuditChain(ctx.db)).count;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        transactionWithAudit(ctx.db, async (trx) => {
          await sql`insert into audit_test_changes values (${i})`.execute(trx);
          return { result: i, entries: i % 5 === 0 ? [entry(500 + i), entry(600 + i)] : [entry(500 + i)] };
        }),
      ),
    );
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, count: before + 60 });
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
    const last = (await listAudit(ctx.db, { limit: 1 })).items[0];
    if (!middle || !next || !last) throw new Error('expected entries');
    await sql`delete from audit_log where id = ${last.id}`.execute(ctx.db);
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: false, reason: expect.stringMatching(/removed/) });
    await sql`delete from audit_log where id = ${middle.id}`.execute(ctx.db);
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: false, firstBrokenId: next.id, reason: expect.stringMatching(/missing/) });
  });
});

forEachDialect((ctx) => {
  /** Runs `work` while the chain's head row is missing, so that every append fails. */
  const withChainHeadMissing = (work: () => Promise<void>) => withAuditChainBroken(ctx.db, work);

  it('returns an audited read only once its entries are stored, and fails it when they cannot be', async () => {
    const read = () => readWithAudit(ctx.db, async (conn) => {
      const found = await conn.selectFrom('audit_head').select('seq').executeTakeFirst();
      return { result: found ? 'the data' : 'nothing', entries: [entry(800)] };
    });
    const before = await verifyAuditChain(ctx.db);
    expect(await read()).toBe('the data');
    const after = await verifyAuditChain(ctx.db);
    expect(after).toEqual({ ok: true, count: before.count + 1 });
    await withChainHeadMissing(async () => {
      await expect(read()).rejects.toThrow();
    });
    expect(await verifyAuditChain(ctx.db)).toEqual(after);
  });

  it('stores the write an audited read asks for together with its entries, or neither', async () => {
    await sql`create table audit_read_writes (n integer)`.execute(ctx.db);
    const count = async () => Number((await sql<{ c: number }>`select count(*) as c from audit_read_writes`.execute(ctx.db)).rows[0]?.c);
    const read = (n: number) => readWithAudit(ctx.db, async () => ({
      result: n,
      entries: [entry(n)],
      write: async (trx) => void (await sql`insert into audit_read_writes values (${n})`.execute(trx)),
    }));
    await withChainHeadMissing(async () => {
      await expect(read(810)).rejects.toThrow();
    });
    expect(await count()).toBe(0);
    expect(await read(811)).toBe(811);
    expect(await count()).toBe(1);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });

  it('answers concurrent audited reads once their own entries are stored; a bad entry fails only its own read', async () => {
    const before = await verifyAuditChain(ctx.db);
    const reads = Array.from({ length: 30 }, (_, i) =>
      readWithAudit(ctx.db, async (conn) => {
        await conn.selectFrom('audit_head').select('seq').execute();
        return { result: i, entries: [i === 7 ? { ...entry(900 + i), action: 'case.read\u0000' } : entry(900 + i)] };
      }),
    );
    const outcomes = await Promise.allSettled(reads);
    expect(outcomes.map((o, i) => (o.status === 'fulfilled' ? o.value : `failed ${i}`))).toEqual(Array.from({ length: 30 }, (_, i) => (i === 7 ? 'failed 7' : i)));
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, count: before.count + 29 });
    expect((await listAudit(ctx.db, { recordId: 'd/p907' })).items).toHaveLength(0);
    expect((await listAudit(ctx.db, { recordId: 'd/p908' })).items).toHaveLength(1);
  });

  it('stores entries whose text holds the quoting of the append statement, or any dollar tag', async () => {
    const tricky = { ...entry(820), details: { note: '$kinlink_audit$); drop table audit_log; --', other: '$$ $kl$' } };
    await transactionWithAudit(ctx.db, async () => ({ result: null, entries: [tricky] }));
    await readWithAudit(ctx.db, async () => ({ result: null, entries: [tricky] }));
    const stored = await listAudit(ctx.db, { recordId: tricky.recordId });
    expect(stored.items.map((e) => e.details)).toEqual([tricky.details, tricky.details]);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });
});

forEachDialect((ctx) => {
  it('stores nothing of the transaction when the append at its end fails', async () => {
    await sql`create table audit_test_failures (n integer)`.execute(ctx.db);
    const before = await verifyAuditChain(ctx.db);
    // PostgreSQL text cannot hold a NUL character: the append statement itself fails.
    await expect(
      transactionWithAudit(ctx.db, async (trx) => {
        await sql`insert into audit_test_failures values (1)`.execute(trx);
        return { result: null, entries: [{ ...entry(700), action: 'person.read\u0000' }] };
      }),
    ).rejects.toThrow();
    const rows = await sql<{ c: number }>`select count(*) as c from audit_test_failures`.execute(ctx.db);
    expect(Number(rows.rows[0]?.c)).toBe(0);
    expect(await verifyAuditChain(ctx.db)).toEqual(before);
    // The connection went back to the pool outside any transaction: the next one works as usual.
    await transactionWithAudit(ctx.db, async (trx) => {
      await sql`insert into audit_test_failures values (2)`.execute(trx);
      return { result: null, entries: [entry(701)] };
    });
    const after = await sql<{ c: number }>`select count(*) as c from audit_test_failures`.execute(ctx.db);
    expect(Number(after.rows[0]?.c)).toBe(1);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });
}, { dialects: ['postgres'] });

forEachDialect((ctx) => {
  it('takes the write lock when the transaction begins, so another process waits instead of failing later', async () => {
    const other = new Database(ctx.url.replace(/^sqlite:/, ''));
    other.pragma('busy_timeout = 0');
    try {
      await transactionWithAudit(ctx.db, async (trx) => {
        await sql`select count(*) from audit_head`.execute(trx);
        // Before this transaction has written anything, another connection cannot start writing.
        expect(() => other.exec('begin immediate')).toThrow(/locked|busy/i);
        return { result: null, entries: [entry(800)] };
      });
      other.exec('begin immediate');
      other.exec('rollback');
    } finally {
      other.close();
    }
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });
}, { dialects: ['sqlite'] });
