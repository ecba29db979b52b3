import { expect, it } from 'vitest';
import { createFieldCipher } from '../cipher';
import { NotFoundError } from '../errors';
import { forEachDialect } from '../testing/for-each-dialect';
import { caseInput, makeOrganisation, makeUser, personInput } from '../testing/factories';
import { addTimelineEntry, assignCase, createCase, findCaseOwner, getCase, listCases, listTimeline, setSoughtPersonStatus, transitionCaseRecord, updateCase } from './cases';
import { findPersonIdsByName, getPerson, insertPerson, listPersons, updatePerson } from './persons';

forEachDialect((ctx) => {
  it('stores a person as written, with a PFIF-style id, and finds them by name', async () => {
    const org = await makeOrganisation(ctx.db);
    const person = await insertPerson(ctx.db, {
      organisationId: org.id,
      person: personInput('محمد', 'الخطيب', { birth: { kind: 'estimated_age', years: 30, at: '2016-03-01' }, phones: [{ number: '+389 70 123 456' }] }),
    });
    expect(person.id.startsWith(`${org.idDomain}/`)).toBe(true);
    expect(person.names.given[0]?.value).toBe('محمد');
    expect(await getPerson(ctx.db, person.id)).toEqual(person);
    expect(await findPersonIdsByName(ctx.db, 'الخطيب')).toContain(person.id);
    const updated = await updatePerson(ctx.db, person.id, { names: { given: [{ value: 'Muhamed', script: 'latin' }] } }, { expectedVersion: 1 });
    expect(updated.version).toBe(2);
    expect(updated.phones).toHaveLength(1);
    expect(await findPersonIdsByName(ctx.db, 'الخطيب')).not.toContain(person.id);
    await expect(updatePerson(ctx.db, person.id, { sex: 'male' }, { expectedVersion: 1 })).rejects.toThrow(/changed by someone else/);
  });

  it('encrypts sensitive fields at rest and reads them back with the key', async () => {
    const org = await makeOrganisation(ctx.db);
    const cipher = createFieldCipher('11'.repeat(32));
    const person = await insertPerson(ctx.db, { organisationId: org.id, person: personInput('Ali', 'Rezaei', { sensitive: { health: 'insulin-dependent' } }) }, {}, cipher);
    const raw = await ctx.db.selectFrom('persons').select(['sensitive', 'data']).where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(raw.sensitive).toMatch(/^enc:v1:/);
    expect(raw.sensitive).not.toContain('insulin');
    expect(raw.data).not.toContain('insulin');
    expect((await getPerson(ctx.db, person.id, cipher)).sensitive).toEqual({ health: 'insulin-dependent' });
    await expect(getPerson(ctx.db, person.id)).rejects.toThrow(/no encryption key/);
    await expect(getPerson(ctx.db, person.id, createFieldCipher('22'.repeat(32)))).rejects.toThrow(/wrong encryption key/);
  });

  it('returns a new case exactly as reading it back shows it, names stored for search and sensitive fields encrypted', async () => {
    const org = await makeOrganisation(ctx.db);
    const officer = await makeUser(ctx.db, org.id);
    const cipher = createFieldCipher('33'.repeat(32));
    const input = caseInput({
      sought: [
        { relationship: 'son', person: personInput('Karim', 'Haddad', { sensitive: { health: 'asthma' }, phones: [{ number: '+389 70 000 111' }] }) },
        { relationship: 'daughter', person: personInput('Noor', 'Haddad', { birth: { kind: 'date', date: '2001-05-04' } }) },
      ],
      lastNews: { date: '2016-03', content: 'Seen in Idomeni', source: 'enquirer' },
    });
    const created = await ctx.db.transaction().execute((trx) => createCase(trx, { organisationId: org.id, case: input }, { actorUserId: officer.id }, cipher));
    expect(await getCase(ctx.db, created.id, cipher)).toEqual(created);
    expect(created.sought.map((s) => s.person.names.given[0]?.value)).toEqual(['Karim', 'Noor']);
    expect(created.sought[0]?.person.sensitive).toEqual({ health: 'asthma' });
    const raw = await ctx.db.selectFrom('persons').select('sensitive').where('id', '=', created.sought[0]?.person.id as string).executeTakeFirstOrThrow();
    expect(raw.sensitive).toMatch(/^enc:v1:/);
    expect(await findPersonIdsByName(ctx.db, 'Noor')).toContain(created.sought[1]?.person.id);
    expect(await findPersonIdsByName(ctx.db, 'Fatima')).toContain(created.enquirer.id);
  });

  it('opens a case with its enquirer and sought persons and walks its workflow', async () => {
    const org = await makeOrganisation(ctx.db);
    const officer = await makeUser(ctx.db, org.id);
    const created = await ctx.db.transaction().execute((trx) => createCase(trx, { organisationId: org.id, case: caseInput() }, { actorUserId: officer.id }));
    expect(created).toMatchObject({ status: 'open', track: null, version: 1, organisationId: org.id });
    expect(created.enquirer.names.given[0]?.value).toBe('Fatima');
    expect(created.sought[0]).toMatchObject({ relationship: 'son', tracingStatus: 'sought' });

    const started = await transitionCaseRecord(ctx.db, created.id, { type: 'start', track: 'field' }, { expectedVersion: 1 }, { actorUserId: officer.id });
    expect(started).toMatchObject({ ok: true, case: { status: 'in_progress', track: 'field', version: 2 } });
    const wrong = await transitionCaseRecord(ctx.db, created.id, { type: 'reopen', note: 'x' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    await expect(transitionCaseRecord(ctx.db, created.id, { type: 'close', reason: 'reunited' }, { expectedVersion: 1 })).rejects.toThrow(/changed by someone else/);

    const soughtId = created.sought[0]?.person.id ?? '';
    await setSoughtPersonStatus(ctx.db, created.id, soughtId, 'located');
    await assignCase(ctx.db, created.id, officer.id);
    await updateCase(ctx.db, created.id, { priorities: ['elderly'], lastNews: { date: '2016-03', content: 'called from Gevgelija' } });
    await addTimelineEntry(ctx.db, created.id, { kind: 'note', text: 'Spoke with the enquirer through an interpreter.' });
    const closed = await transitionCaseRecord(ctx.db, created.id, { type: 'close', reason: 'located_contact_restored', note: 'phone call arranged' });
    expect(closed).toMatchObject({ ok: true, case: { status: 'closed', closureReason: 'located_contact_restored' } });
    const final = await getCase(ctx.db, created.id);
    expect(final).toMatchObject({ assignedOfficerId: officer.id, priorities: ['elderly'], lastNews: { content: 'called from Gevgelija' } });
    expect(final.closedAt).not.toBeNull();
    expect(final.sought[0]?.tracingStatus).toBe('located');

    const timeline = await listTimeline(ctx.db, created.id);
    expect(timeline.items.map((e) => e.action)).toEqual(['create', 'start', 'tracing_status', 'assign', 'update', 'note', 'close']);
    expect(timeline.items[6]).toMatchObject({ kind: 'status', text: 'phone call arranged' });
  });

  it('changes a case only at the version the caller saw, and adds notes only to a case that exists', async () => {
    const org = await makeOrganisation(ctx.db);
    const officer = await makeUser(ctx.db, org.id);
    const created = await createCase(ctx.db, { organisationId: org.id, case: caseInput() });
    const updated = await updateCase(ctx.db, created.id, { priorities: ['elderly'] }, { expectedVersion: 1 });
    expect(updated).toMatchObject({ version: 2, priorities: ['elderly'] });
    await expect(updateCase(ctx.db, created.id, { priorities: [] }, { expectedVersion: 1 })).rejects.toThrow(/changed by someone else \(version 2, expected 1\)/);
    await expect(updateCase(ctx.db, 'nowhere/0000', { priorities: [] })).rejects.toThrow(NotFoundError);
    expect((await getCase(ctx.db, created.id)).priorities).toEqual(['elderly']);

    const note = await addTimelineEntry(ctx.db, created.id, { kind: 'note', text: 'Called the enquirer.' }, { actorUserId: officer.id });
    await expect(addTimelineEntry(ctx.db, 'nowhere/0000', { kind: 'note', text: 'lost' })).rejects.toThrow(NotFoundError);
    const timeline = await listTimeline(ctx.db, created.id);
    expect(timeline.items.at(-1)).toEqual(note);
    expect(note).toMatchObject({ kind: 'note', action: 'note', text: 'Called the enquirer.', details: null, actorUserId: officer.id });

    await updateCase(ctx.db, created.id, { separation: { date: '2015', place: 'Presevo', country: 'RS', cause: 'border_crossing' }, lastNews: null });
    expect(await getCase(ctx.db, created.id)).toMatchObject({ version: 3, priorities: ['elderly'], separation: { place: 'Presevo' }, lastNews: null });
    const paged = [];
    for (let cursor: string | undefined, pages = 0; pages < 10; pages++) {
      const page = await listTimeline(ctx.db, created.id, { limit: 2, ...(cursor ? { cursor } : {}) });
      paged.push(...page.items);
      if (!page.next) break;
      cursor = page.next;
    }
    expect(paged.map((e) => e.action)).toEqual(['create', 'update', 'note', 'update']);
    expect(paged).toEqual((await listTimeline(ctx.db, created.id)).items);
  });

  it("names a case's owner, and nothing for an unknown case", async () => {
    const org = await makeOrganisation(ctx.db);
    const created = await createCase(ctx.db, { organisationId: org.id, case: caseInput() });
    expect(await findCaseOwner(ctx.db, created.id)).toEqual({ id: created.id, organisationId: org.id });
    expect(await findCaseOwner(ctx.db, 'nowhere/0000')).toBeUndefined();
  });

  it('lists cases newest first with cursor pagination, within visible organisations or shared ids', async () => {
    const org = await makeOrganisation(ctx.db);
    const other = await makeOrganisation(ctx.db);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createCase(ctx.db, { organisationId: org.id, case: caseInput() })).id);
    const foreign = await createCase(ctx.db, { organisationId: other.id, case: caseInput({ draft: true }) });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(ctx.db, { organisationIds: [org.id], limit: 2, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const withShared = await listCases(ctx.db, { organisationIds: [org.id], ids: [foreign.id] });
    expect(withShared.items.map((c) => c.id)).toContain(foreign.id);
    expect((await listCases(ctx.db, { organisationIds: [other.id], status: 'draft' })).items.map((c) => c.id)).toEqual([foreign.id]);
    expect((await listCases(ctx.db, { personId: foreign.enquirer.id })).items.map((c) => c.id)).toEqual([foreign.id]);
    expect((await listPersons(ctx.db, { organisationIds: [other.id] })).items).toHaveLength(2);
    expect(await listCases(ctx.db, { organisationIds: [], ids: [] })).toEqual({ items: [], next: null });
  });

  it('writes nothing of a case whose transaction fails', async () => {
    const org = await makeOrganisation(ctx.db);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await createCase(trx, { organisationId: org.id, case: caseInput() });
        throw new Error('audit failed');
      }),
    ).rejects.toThrow('audit failed');
    expect((await listCases(ctx.db, { organisationIds: [org.id] })).items).toEqual([]);
    expect((await listPersons(ctx.db, { organisationIds: [org.id] })).items).toEqual([]);
  });
});
