import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/for-each-dialect';
import { makeOrganisation, personInput } from '../testing/factories';
import { getPersonOwners, insertPerson } from './persons';

forEachDialect((ctx) => {
  it("reads each person's owning organisation for access checks, and leaves unknown ids out", async () => {
    const mk = await makeOrganisation(ctx.db);
    const rs = await makeOrganisation(ctx.db);
    const ours = await insertPerson(ctx.db, { organisationId: mk.id, person: personInput('Мухамед', 'Ал-Хатиб') });
    const theirs = await insertPerson(ctx.db, { organisationId: rs.id, person: personInput('محمد', 'الخطيب') });
    const owners = await getPersonOwners(ctx.db, [ours.id, theirs.id, ours.id, 'per_missing']);
    expect([...owners.entries()].sort()).toEqual([[ours.id, mk.id], [theirs.id, rs.id]].sort());
  });
});
