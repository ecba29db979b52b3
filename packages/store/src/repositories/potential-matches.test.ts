import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/for-each-dialect';
import { caseInput, makeOrganisation, makeUser, personInput } from '../testing/factories';
import { createCase } from './cases';
import { insertPerson } from './persons';
import { decidePotentialMatch, getPotentialMatch, listCaseMatches, listPersonVersionsChangedSince, listPersonMatches, recordPotentialMatch } from './potential-matches';
import type { PotentialMatchInput } from './potential-matches';

forEachDialect((ctx) => {
  async function scenario() {
    const org = await makeOrganisation(ctx.db);
    const officer = await makeUser(ctx.db, org.id);
    const tracingCase = await ctx.db.transaction().execute((trx) => createCase(trx, { organisationId: org.id, case: caseInput() }, { actorUserId: officer.id }));
    const sought = tracingCase.sought[0]!.person;
    const registered = await insertPerson(ctx.db, { organisationId: org.id, person: personInput('Мухамед', 'Ал-Хатиб') });
    const input: PotentialMatchInput = {
      kind: 'registration',
      personIds: [sought.id, registered.id],
      caseIds: [tracingCase.id, null],
      probability: 0.93,
      matchWeight: 12.4,
      explanation: [{ field: 'name', level: 'exact', bits: 9.1 }, { field: 'birth_date', level: 'year', bits: 3.3 }],
      modelVersion: 'test-model',
      fingerprint: 'aaaa:bbbb',
    };
    return { org, officer, tracingCase, sought, registered, input };
  }

  it('stores a scored, explained pair once per pair of persons and lists it for the case', async () => {
    const { tracingCase, sought, registered, input } = await scenario();
    const first = await recordPotentialMatch(ctx.db, input);
    expect(first.outcome).toBe('created');
    expect(first.match).toMatchObject({ status: 'potential', probability: 0.93, modelVersion: 'test-model', version: 1 });
    expect(first.match.explanation).toEqual(input.explanation);
    const again = await recordPotentialMatch(ctx.db, { ...input, personIds: [registered.id, sought.id], caseIds: [null, tracingCase.id], probability: 0.95 });
    expect(again.outcome).toBe('updated');
    expect(again.match.id).toBe(first.match.id);
    expect(again.match.probability).toBe(0.95);
    expect((await listCaseMatches(ctx.db, tracingCase.id)).map((m) => m.id)).toEqual([first.match.id]);
    expect((await listPersonMatches(ctx.db, registered.id)).map((m) => m.id)).toEqual([first.match.id]);
  });

  it('keeps a rejected pair rejected until one of the records changes', async () => {
    const { officer, tracingCase, input } = await scenario();
    const { match } = await recordPotentialMatch(ctx.db, input);
    await expect(decidePotentialMatch(ctx.db, match.id, { status: 'rejected', reason: ' ' })).rejects.toThrow(/reason/);
    const rejected = await decidePotentialMatch(ctx.db, match.id, { status: 'rejected', reason: 'different father' }, { expectedVersion: 1 }, { actorUserId: officer.id });
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'different father', decidedBy: officer.id, version: 2 });
    expect(await listCaseMatches(ctx.db, tracingCase.id)).toEqual([]);
    expect((await recordPotentialMatch(ctx.db, input)).outcome).toBe('kept-rejected');
    expect((await getPotentialMatch(ctx.db, match.id)).status).toBe('rejected');
    const changed = await recordPotentialMatch(ctx.db, { ...input, fingerprint: 'aaaa:cccc' });
    expect(changed.outcome).toBe('reopened');
    expect(changed.match).toMatchObject({ status: 'potential', rejectionReason: null, decidedBy: null });
  });

  it('confirms once, at the version the officer saw, and never reopens a confirmed pair', async () => {
    const { officer, input } = await scenario();
    const { match } = await recordPotentialMatch(ctx.db, input);
    await expect(decidePotentialMatch(ctx.db, match.id, { status: 'confirmed' }, { expectedVersion: 7 })).rejects.toThrow(/changed by someone else/);
    const confirmed = await decidePotentialMatch(ctx.db, match.id, { status: 'confirmed' }, { expectedVersion: 1 }, { actorUserId: officer.id });
    expect(confirmed.status).toBe('confirmed');
    await expect(decidePotentialMatch(ctx.db, match.id, { status: 'rejected', reason: 'x' })).rejects.toThrow(/already confirmed/);
    expect((await recordPotentialMatch(ctx.db, { ...input, fingerprint: 'zzzz:zzzz' })).outcome).toBe('kept-confirmed');
  });

  it('refuses a person paired with themself and an unknown match id', async () => {
    const { input, sought } = await scenario();
    await expect(recordPotentialMatch(ctx.db, { ...input, personIds: [sought.id, sought.id] })).rejects.toThrow(/themself/);
    await expect(getPotentialMatch(ctx.db, 'nope')).rejects.toThrow(/not found/);
  });

  it('walks the persons changed since a time, oldest change first, a page at a time without losing ties', async () => {
    const org = await makeOrganisation(ctx.db);
    const at = (second: number) => ({ now: `2031-05-01T10:00:${String(second).padStart(2, '0')}.000Z` });
    const old = await insertPerson(ctx.db, { organisationId: org.id, person: personInput('Old', 'Record') }, at(1));
    const tied = [];
    for (const given of ['Ana', 'Bojan', 'Cvetan']) tied.push(await insertPerson(ctx.db, { organisationId: org.id, person: personInput(given, 'Tied') }, at(20)));
    const latest = await insertPerson(ctx.db, { organisationId: org.id, person: personInput('Dragan', 'Latest') }, at(30));

    const seen: string[] = [];
    let after: { updatedAt: string; id: string } | undefined;
    for (;;) {
      const page = await listPersonVersionsChangedSince(ctx.db, { since: '2031-05-01T10:00:10.000Z', after, limit: 2 });
      seen.push(...page.map((p) => p.id));
      if (page.length < 2) break;
      const last = page[page.length - 1]!;
      after = { updatedAt: last.updatedAt, id: last.id };
    }
    expect(seen).toEqual([...tied.map((p) => p.id).sort(), latest.id]);
    expect(seen).not.toContain(old.id);
  });
});
