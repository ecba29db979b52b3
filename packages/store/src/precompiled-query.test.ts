import { expect, it } from 'vitest';
import { forEachDialect } from './testing/for-each-dialect';
import { makeOrganisation } from './testing/factories';
import { precompiledInsert, precompiledQuery } from './precompiled-query';

const organisationsByCountryAndKind = precompiledQuery(2, (db, country: string, kind: string) =>
  db.selectFrom('organisations').select(['id', 'country']).where('country', '=', country).where('kind', '=', kind).where('active', '=', 1).orderBy('id'));

forEachDialect((ctx) => {
  it('runs a query compiled once with each run\'s parameters, as Kysely would', async () => {
    const mk = await makeOrganisation(ctx.db, { country: 'MK' });
    const rs = await makeOrganisation(ctx.db, { country: 'RS' });
    for (const [country, id] of [['MK', mk.id], ['RS', rs.id]] as const) {
      const rows = await organisationsByCountryAndKind(ctx.db, country, 'national_society');
      expect(rows.map((r) => r.id)).toContain(id);
      expect(rows.every((r) => r.country === country)).toBe(true);
      const byKysely = await ctx.db.selectFrom('organisations').select(['id', 'country']).where('country', '=', country).where('kind', '=', 'national_society').where('active', '=', 1).orderBy('id').execute();
      expect(rows).toEqual(byKysely);
    }
    expect(await organisationsByCountryAndKind(ctx.db, 'MK', 'no such kind')).toEqual([]);
  });

  it('refuses a query that does not use every parameter as a value', async () => {
    const careless = precompiledQuery(2, (db, country: string, _kind: string) => db.selectFrom('organisations').select('id').where('country', '=', country));
    await expect(careless(ctx.db, 'MK', 'unused')).rejects.toThrow(/uses 1 of its 2 parameters/);
  });

  it('inserts a row with every column given, and refuses a row that leaves one out', async () => {
    const insertLoginAttempt = precompiledInsert('login_attempts', ['id', 'email', 'ip', 'success', 'at']);
    const row = { id: `attempt-${Date.now()}`, email: 'a@example.org', ip: null, success: 1, at: '2026-01-01T00:00:00.000Z' };
    await insertLoginAttempt(ctx.db, row);
    expect(await ctx.db.selectFrom('login_attempts').selectAll().where('id', '=', row.id).execute()).toEqual([row]);
    await expect(insertLoginAttempt(ctx.db, { ...row, id: 'other', at: undefined as unknown as string })).rejects.toThrow(/no value for at/);
  });
});
