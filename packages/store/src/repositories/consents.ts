import type { Consent, ConsentInput, ConsentPurpose } from '@kinlink/core';
import { ConsentInput as ConsentInputSchema, hasConsent } from '@kinlink/core';
import type { Selectable } from 'kysely';
import type { KinlinkDb } from '../database';
import { ConflictError, NotFoundError } from '../errors';
import { newId } from '../ids';
import { canonicalJson, fromJson } from '../json';
import type { ConsentsTable } from '../schema';
import type { WriteMeta } from '../time';
import { metaNow, toTimestamp } from '../time';

type StoredConsentData = Omit<Consent, 'id' | 'organisationId' | 'personId' | 'purpose' | 'decision' | 'givenAt' | 'recordedBy' | 'withdrawnAt' | 'withdrawnBy' | 'withdrawalReason' | 'createdAt'>;

/** A consents row as a Consent (also used for the consents a case read aggregates). */
export const toConsent = (row: Selectable<ConsentsTable>): Consent => ({
  ...fromJson<StoredConsentData>(row.data),
  id: row.id,
  organisationId: row.organisation_id,
  personId: row.person_id,
  purpose: row.purpose as ConsentPurpose,
  decision: row.decision as Consent['decision'],
  givenAt: row.given_at,
  recordedBy: row.recorded_by,
  withdrawnAt: row.withdrawn_at,
  withdrawnBy: row.withdrawn_by,
  withdrawalReason: row.withdrawal_reason,
  createdAt: row.created_at,
});

/** Records a consent decision (given or refused) for one purpose. */
export async function recordConsent(db: KinlinkDb, input: { organisationId: string; consent: ConsentInput }, meta?: WriteMeta): Promise<Consent> {
  const data = ConsentInputSchema.parse(input.consent);
  const person = await db.selectFrom('persons').select('id').where('id', '=', data.personId).executeTakeFirst();
  if (!person) throw new NotFoundError('person', data.personId);
  const { personId, purpose, decision, givenAt, ...rest } = data;
  const id = newId();
  await db
    .insertInto('consents')
    .values({
      id, person_id: personId, organisation_id: input.organisationId, purpose, decision, data: canonicalJson(rest), given_at: toTimestamp(givenAt),
      recorded_by: meta?.actorUserId ?? null, withdrawn_at: null, withdrawn_by: null, withdrawal_reason: null, created_at: metaNow(meta),
    })
    .execute();
  return getConsent(db, id);
}

export async function getConsent(db: KinlinkDb, id: string): Promise<Consent> {
  const row = await db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('consent', id);
  return toConsent(row);
}

/** Withdraws a given consent; takes effect everywhere since every check reads the stored state. */
export async function withdrawConsent(db: KinlinkDb, id: string, withdrawal: { reason?: string } = {}, meta?: WriteMeta): Promise<Consent> {
  const current = await getConsent(db, id);
  if (current.withdrawnAt !== null) throw new ConflictError(`consent ${id} was already withdrawn`, 'already_withdrawn');
  if (current.decision !== 'given') throw new ConflictError(`consent ${id} was refused, there is nothing to withdraw`, 'not_given');
  await db
    .updateTable('consents')
    .set({ withdrawn_at: metaNow(meta), withdrawn_by: meta?.actorUserId ?? null, withdrawal_reason: withdrawal.reason ?? null })
    .where('id', '=', id)
    .execute();
  return getConsent(db, id);
}

/** Every consent record of these persons, oldest first. */
export async function listConsents(db: KinlinkDb, personIds: readonly string[]): Promise<Consent[]> {
  if (personIds.length === 0) return [];
  const rows = await db.selectFrom('consents').selectAll().where('person_id', 'in', [...personIds]).orderBy('given_at').orderBy('id').execute();
  return rows.map(toConsent);
}

/** Whether the person currently consents to the purpose (latest decision, not withdrawn). */
export async function personConsents(db: KinlinkDb, personId: string, purpose: ConsentPurpose): Promise<boolean> {
  return hasConsent(await listConsents(db, [personId]), personId, purpose);
}
