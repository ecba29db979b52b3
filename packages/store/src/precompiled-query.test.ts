import { expect, it } from 'vitest';
import { forEachDialect } from './testing/for-each-dialect';
import { makeOrganisation } from './testing/factories';
import { precompiledQuery } from './precompiled-query';

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
});
