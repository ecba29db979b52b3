import { verifyPassword } from '@kinlink/server';
import { verifyAuditChain, plainFieldStore } from '@kinlink/store';
import { forEachDialect } from '@kinlink/store/testing';
import { expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './directory';
import { loadDemo } from './load';

forEachDialect((ctx) => {
  it('loads the demo once, completes it on later runs without duplicates, and audits every record', async () => {
    const count = async (table: 'organisations' | 'users' | 'cases' | 'registrations' | 'sites') =>
      Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const first = await loadDemo(ctx.db, plainFieldStore, { password: 'first demo password', cases: 24 });
    expect(first).toMatchObject({ alreadyLoaded: false, organisationsCreated: DEMO_ORGANISATIONS.length, usersCreated: DEMO_USERS.length, casesCreated: 24 });
    expect(first.registrationsCreated).toBeGreaterThan(10);
    const counts = { orgs: await count('organisations'), users: await count('users'), cases: await count('cases'), regs: await count('registrations'), sites: await count('sites') };
    expect(counts.sites).toBe(DEMO_ORGANISATIONS.flatMap((o) => o.sites).length);

    const again = await loadDemo(ctx.db, plainFieldStore, { password: 'second demo password', cases: 24 });
    expect(again).toMatchObject({ alreadyLoaded: true, organisationsCreated: 0, usersCreated: 0, casesCreated: 0 });
    expect({ orgs: await count('organisations'), users: await count('users'), cases: await count('cases'), regs: await count('registrations'), sites: await count('sites') }).toEqual(counts);

    const admin = await ctx.db.selectFrom('users').select('password_hash').where('email', '=', 'admin@demo.kinlink').executeTakeFirstOrThrow();
    expect(await verifyPassword(admin.password_hash as string, 'second demo password')).toBe(true);
    expect(await verifyPassword(admin.password_hash as string, 'first demo password')).toBe(false);

    const verification = await verifyAuditChain(ctx.db);
    expect(verification.ok).toBe(true);
    const audited = await ctx.db.selectFrom('audit_log').select('record_id').where('action', '=', 'case.create').execute();
    expect(audited.length).toBeGreaterThanOrEqual(24);
  }, 120_000);
});
