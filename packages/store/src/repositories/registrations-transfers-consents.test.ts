import { canViewRecord, recordAccess } from '@kinlink/core';
import { expect, it } from 'vitest';
import { forEachDialect } from '../testing/for-each-dialect';
import { caseInput, makeOrganisation, makeUser, personInput } from '../testing/factories';
import { createCase, getCase } from './cases';
import { listConsents, personConsents, recordConsent, withdrawConsent } from './consents';
import { createRegistration, listRegistrations } from './registrations';
import { createSite } from './sites';
import { accessGrantsFor, decideTransfer, listTransferLedger, listTransfers, recordDataShared, requestTransfer } from './transfers';

forEachDialect((ctx) => {
  it('registers people at a site; "looking for someone" opens a case with them as enquirer', async () => {
    const org = await makeOrganisation(ctx.db);
    const site = await createSite(ctx.db, { organisationId: org.id, kind: 'transit_centre', name: 'Tabanovce', country: 'MK' });
    const safe = await createRegistration(ctx.db, {
      organisationId: org.id,
      registration: { kind: 'safe_and_well', siteId: site.id, person: personInput('Ahmad', 'Rahimi'), message: 'Tell my mother I am well', registeredAt: '2016-02-01T09:00:00Z' },
    });
    expect(safe).toMatchObject({ kind: 'safe_and_well', siteId: site.id, message: 'Tell my mother I am well', caseId: null, registeredAt: '2016-02-01T09:00:00.000Z' });
    const child = await createRegistration(ctx.db, {
      organisationId: org.id,
      registration: { kind: 'unaccompanied_child', siteId: site.id, person: personInput('Omid', 'Karimi'), referral: { referredTo: 'Centre for Social Work Kumanovo' } },
    });
    expect(child.referral).toEqual({ referredTo: 'Centre for Social Work Kumanovo' });
    const looking = await createRegistration(ctx.db, {
      organisationId: org.id,
      registration: { kind: 'looking_for_someone', siteId: site.id, person: personInput('Layla', 'Haddad'), sought: [{ relationship: 'husband', person: personInput('Karim', 'Haddad') }] },
    });
    expect(looking.caseId).not.toBeNull();
    const opened = await getCase(ctx.db, looking.caseId ?? '');
    expect(opened.enquirer.id).toBe(looking.person.id);
    expect(opened.sought[0]?.relationship).toBe('husband');

    const bySite = await listRegistrations(ctx.db, { siteId: site.id, limit: 2 });
    expect(bySite.items).toHaveLength(2);
    const rest = await listRegistrations(ctx.db, { siteId: site.id, limit: 2, cursor: bySite.next ?? undefined });
    expect([...bySite.items, ...rest.items].map((r) => r.id)).toEqual([looking.id, child.id, safe.id]);
    expect((await listRegistrations(ctx.db, { organisationIds: [org.id], kind: 'unaccompanied_child' })).items.map((r) => r.id)).toEqual([child.id]);
  });

  it('transfers a case: request, accept, ledger of what was shared, grants for access policies', async () => {
    const mk = await makeOrganisation(ctx.db);
    const rs = await makeOrganisation(ctx.db, { country: 'RS' });
    const officer = await makeUser(ctx.db, mk.id);
    const receiver = await makeUser(ctx.db, rs.id);
    const tracing = await createCase(ctx.db, { organisationId: mk.id, case: caseInput() });
    const transfer = await requestTransfer(
      ctx.db,
      { fromOrganisationId: mk.id, transfer: { kind: 'case_transfer', caseId: tracing.id, toOrganisationId: rs.id, legalBasis: 'consent', dataCategories: ['identity', 'case_details'] } },
      { actorUserId: officer.id },
    );
    expect(transfer).toMatchObject({ status: 'requested', fromOrganisationId: mk.id, toOrganisationId: rs.id });
    const rsActor = { userId: receiver.id, organisationId: rs.id, branchId: null, role: 'tracing_officer' as const };
    const guarded = { organisationId: mk.id, recordIds: [tracing.id] };
    expect(canViewRecord(rsActor, 'case.read', guarded, await accessGrantsFor(ctx.db, rs.id))).toBe(false);

    expect(await decideTransfer(ctx.db, transfer.id, { type: 'accept' }, { organisationId: mk.id })).toMatchObject({ ok: false, error: { code: 'wrong_side' } });
    await expect(recordDataShared(ctx.db, transfer.id, { recordType: 'case', recordId: tracing.id, dataCategories: ['identity'] })).rejects.toThrow(/not accepted/);
    const accepted = await decideTransfer(ctx.db, transfer.id, { type: 'accept' }, { organisationId: rs.id }, { actorUserId: receiver.id });
    expect(accepted).toMatchObject({ ok: true, transfer: { status: 'accepted', decidedBy: receiver.id } });

    const grants = await accessGrantsFor(ctx.db, rs.id);
    expect(canViewRecord(rsActor, 'case.read', guarded, grants)).toBe(true);
    const access = recordAccess(rsActor, guarded, grants);
    expect(access.kind === 'shared' && [...access.categories].sort()).toEqual(['case_details', 'identity']);

    await recordDataShared(ctx.db, transfer.id, { recordType: 'case', recordId: tracing.id, dataCategories: ['identity'] });
    await expect(recordDataShared(ctx.db, transfer.id, { recordType: 'case', recordId: tracing.id, dataCategories: ['sensitive'] })).rejects.toThrow(/not part of transfer/);
    const ledger = await listTransferLedger(ctx.db, transfer.id);
    expect(ledger.map((e) => e.event)).toEqual(['requested', 'accepted', 'data_shared']);
    expect(ledger[0]).toMatchObject({ recordType: 'case', recordId: tracing.id, legalBasis: 'consent', actorUserId: officer.id });

    expect((await listTransfers(ctx.db, { organisationId: rs.id, direction: 'incoming' })).items.map((t) => t.id)).toEqual([transfer.id]);
    expect((await listTransfers(ctx.db, { organisationId: rs.id, direction: 'outgoing' })).items).toEqual([]);
    await expect(
      requestTransfer(ctx.db, { fromOrganisationId: mk.id, transfer: { kind: 'share', caseId: tracing.id, toOrganisationId: mk.id, legalBasis: 'consent', dataCategories: ['identity'] } }),
    ).rejects.toThrow(/itself/);
  });

  it('records consent per purpose, with its interpreter, and honours withdrawal', async () => {
    const org = await makeOrganisation(ctx.db);
    const tracing = await createCase(ctx.db, { organisationId: org.id, case: caseInput() });
    const located = tracing.sought[0]?.person.id ?? '';
    const purpose = 'disclose_whereabouts_to_enquirer' as const;
    expect(await personConsents(ctx.db, located, purpose)).toBe(false);
    const given = await recordConsent(ctx.db, {
      organisationId: org.id,
      consent: { personId: located, purpose, decision: 'given', givenBy: 'self', givenAt: '2016-03-01T12:00:00Z', language: 'ar', method: 'oral', interpreter: { name: 'Samir Haddad', organisation: 'UNHCR' } },
    });
    expect(given).toMatchObject({ purpose, decision: 'given', interpreter: { name: 'Samir Haddad' }, ageAdapted: false, withdrawnAt: null, givenAt: '2016-03-01T12:00:00.000Z' });
    expect(await personConsents(ctx.db, located, purpose)).toBe(true);
    expect(await personConsents(ctx.db, located, 'share_authorities')).toBe(false);
    const withdrawn = await withdrawConsent(ctx.db, given.id, { reason: 'changed their mind' });
    expect(withdrawn.withdrawalReason).toBe('changed their mind');
    expect(await personConsents(ctx.db, located, purpose)).toBe(false);
    await expect(withdrawConsent(ctx.db, given.id)).rejects.toThrow(/already withdrawn/);
    expect(await listConsents(ctx.db, [located])).toHaveLength(1);
  });
});
