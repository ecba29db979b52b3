import { randomUUID } from 'node:crypto';
import { encodeRecords, matrixToWire, type ClkEncoder } from '@kinlink/linkage';
import type { Envelope } from '../envelope';
import { MessageRefused } from '../inbox';
import {
  MESSAGE_TYPES,
  linkageCandidateSchema,
  minimiseForPurpose,
  transferOfferSchema,
  transferResponseSchema,
  transferStatusSchema,
  transferConsentWithdrawnSchema,
  type DataCategory,
  type LinkageSubmit,
  type Purpose,
  type TransferOffer,
} from '../messages';
import type { Outbox } from '../outbox';
import { appendAudit, personConsents, type KinlinkDb } from '@kinlink/store';
import { loadLocalPersons, pseudonymousRef, toLinkageRecord, type LinkageKind } from './localRecords';
import type { FederationDb, FederationTransfersTable } from './tables';

export class FederationError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    /** Machine-readable reason for API clients (e.g. consent_required). */
    readonly code = 'federation',
  ) {
    super(message);
  }
}

/** Consent purpose that covers sharing a record with another Red Cross / Red Crescent society. */
export const NETWORK_SHARING_PURPOSE = 'share_red_cross_network';
/** Sharing contact data (where the person is and how to reach them) also needs this consent. */
export const WHEREABOUTS_PURPOSE = 'disclose_whereabouts_to_enquirer';

export interface TransferRequest {
  readonly candidateId: string;
  readonly purpose: Purpose;
  readonly categories: readonly DataCategory[];
  readonly legalBasis: string;
  readonly actor: string;
}

/**
 * A national society's side of the federation: publish encodings to the hub, receive candidate pairs,
 * and transfer cases (only the categories a purpose needs) to the peer, with a ledger on both sides.
 */
export class SocietyService {
  constructor(
    private readonly db: FederationDb,
    private readonly outbox: Outbox,
    private readonly encoder: ClkEncoder,
    private readonly refKey: Uint8Array,
    private readonly hubOrgId: string,
    private readonly now: () => Date,
  ) {}

  /** Encode open sought persons and registrations and queue them for the hub. Returns counts per kind. */
  async publish(): Promise<Record<LinkageKind, number>> {
    const persons = await loadLocalPersons(this.db);
    const at = this.now();
    const counts: Record<LinkageKind, number> = { sought: 0, registered: 0 };
    for (const kind of ['sought', 'registered'] as const) {
      const ofKind = persons.filter((person) => person.kind === kind && person.names.length > 0);
      const records = ofKind.map((person) => toLinkageRecord(pseudonymousRef(this.refKey, kind, person.personId), person));
      for (const [index, person] of ofKind.entries()) {
        await this.db
          .insertInto('federation_linkage_refs')
          .values({ ref: records[index]!.id, kind, person_id: person.personId, case_id: person.caseId, published_at: at.toISOString() })
          .onConflict((oc) => oc.column('ref').doUpdateSet({ case_id: person.caseId, published_at: at.toISOString() }))
          .execute();
      }
      const body: LinkageSubmit = { kind, clks: matrixToWire(encodeRecords(this.encoder, records)) };
      await this.outbox.enqueue({ to: this.hubOrgId, type: MESSAGE_TYPES.linkageSubmit, body }, at.getTime());
      counts[kind] = records.length;
    }
    return counts;
  }

  async onCandidate(envelope: Envelope): Promise<void> {
    if (envelope.from !== this.hubOrgId) throw new MessageRefused(`candidates come only from the hub, not ${envelope.from}`);
    const body = linkageCandidateSchema.parse(envelope.body);
    await this.db
      .insertInto('federation_candidates')
      .values({
        id: body.candidateId,
        your_ref: body.yourRecord,
        your_kind: body.yourKind,
        their_org: body.theirOrg,
        their_ref: body.theirRecord,
        their_kind: body.theirKind,
        score: body.score,
        status: 'new',
        received_at: this.now().toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async candidates() {
    const rows = await this.db
      .selectFrom('federation_candidates')
      .leftJoin('federation_linkage_refs', 'federation_linkage_refs.ref', 'federation_candidates.your_ref')
      .select([
        'federation_candidates.id',
        'federation_candidates.your_ref as yourRecord',
        'federation_candidates.your_kind as yourKind',
        'federation_linkage_refs.person_id as personId',
        'federation_linkage_refs.case_id as caseId',
        'federation_candidates.their_org as theirOrg',
        'federation_candidates.their_ref as theirRecord',
        'federation_candidates.score',
        'federation_candidates.status',
        'federation_candidates.received_at as receivedAt',
      ])
      .orderBy('federation_candidates.score', 'desc')
      .execute();
    return rows;
  }

  /** Offer the case behind a candidate to the peer that holds the other record. */
  async offerTransfer(request: TransferRequest): Promise<{ transferId: string }> {
    const candidate = await this.db.selectFrom('federation_candidates').selectAll().where('id', '=', request.candidateId).executeTakeFirst();
    if (candidate === undefined) throw new FederationError(`no candidate ${request.candidateId}`, 404);
    const ref = await this.db.selectFrom('federation_linkage_refs').selectAll().where('ref', '=', candidate.your_ref).executeTakeFirst();
    if (ref === undefined) throw new FederationError(`candidate ${request.candidateId} points to a record this server no longer publishes`, 409);
    let data: Partial<Record<DataCategory, unknown>>;
    try {
      data = minimiseForPurpose(request.purpose, request.categories, await this.caseData(ref.person_id, ref.case_id));
    } catch (error) {
      throw new FederationError(error instanceof Error ? error.message : String(error), 400);
    }
    await this.requireConsent(ref, request.categories);
    const transferId = randomUUID();
    const caseRef = ref.case_id ?? ref.person_id;
    const offer: TransferOffer = {
      transferId,
      caseRef: candidate.your_ref,
      purpose: request.purpose,
      legalBasis: request.legalBasis,
      categories: [...request.categories],
      data,
      candidateId: candidate.id,
      theirRecord: candidate.their_ref,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('federation_transfers').values(this.transferRow(offer, 'out', candidate.their_org, caseRef, null)).execute();
      await trx.updateTable('federation_candidates').set({ status: 'transfer-offered' }).where('id', '=', candidate.id).execute();
      await this.ledger(trx, offer, candidate.their_org, 'out', 'offered', request.actor);
      await this.audit(trx, 'transfer_offer', transferId, request.actor, { peer: candidate.their_org, purpose: offer.purpose, categories: offer.categories, legalBasis: offer.legalBasis });
    });
    await this.outbox.enqueue({ to: candidate.their_org, type: MESSAGE_TYPES.transferOffer, body: offer }, this.now().getTime());
    return { transferId };
  }

  async onOffer(envelope: Envelope): Promise<void> {
    const offer = transferOfferSchema.parse(envelope.body);
    const extra = Object.keys(offer.data).filter((category) => !offer.categories.includes(category as DataCategory));
    if (extra.length > 0) throw new MessageRefused(`offer carries data outside its declared categories: ${extra.join(', ')}`);
    try {
      minimiseForPurpose(offer.purpose, offer.categories, {});
    } catch (error) {
      throw new MessageRefused(error instanceof Error ? error.message : String(error));
    }
    const local = offer.theirRecord === undefined ? undefined : await this.db.selectFrom('federation_linkage_refs').selectAll().where('ref', '=', offer.theirRecord).executeTakeFirst();
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('federation_transfers').values(this.transferRow(offer, 'in', envelope.from, local?.case_id ?? local?.person_id ?? offer.caseRef, JSON.stringify(offer.data))).execute();
      await this.ledger(trx, offer, envelope.from, 'in', 'received', null);
      await this.audit(trx, 'transfer_receive', offer.transferId, null, { peer: envelope.from, purpose: offer.purpose, categories: offer.categories, legalBasis: offer.legalBasis });
    });
  }

  async decide(transferId: string, decision: 'accepted' | 'declined', reason: string | undefined, actor: string): Promise<void> {
    const transfer = await this.transfer(transferId);
    if (transfer.direction !== 'in') throw new FederationError('only the receiving side accepts or declines a transfer', 409);
    if (transfer.status !== 'offered') throw new FederationError(`transfer is already ${transfer.status}`, 409);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('federation_transfers').set({ status: decision, decline_reason: reason ?? null, updated_at: this.now().toISOString() }).where('id', '=', transferId).execute();
      await this.ledger(trx, this.offerOf(transfer), transfer.peer, 'out', decision, actor);
      await this.audit(trx, 'transfer_decide', transferId, actor, { peer: transfer.peer, decision });
    });
    await this.outbox.enqueue({ to: transfer.peer, type: MESSAGE_TYPES.transferResponse, body: { transferId, decision, ...(reason ? { reason } : {}) } }, this.now().getTime());
  }

  async onResponse(envelope: Envelope): Promise<void> {
    const response = transferResponseSchema.parse(envelope.body);
    const transfer = await this.transfer(response.transferId);
    if (transfer.peer !== envelope.from || transfer.direction !== 'out') throw new MessageRefused(`transfer ${response.transferId} was not offered to ${envelope.from}`);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('federation_transfers').set({ status: response.decision, decline_reason: response.reason ?? null, updated_at: this.now().toISOString() }).where('id', '=', transfer.id).execute();
      await this.ledger(trx, this.offerOf(transfer), envelope.from, 'in', response.decision, null);
      await this.audit(trx, 'transfer_answered', transfer.id, null, { peer: envelope.from, decision: response.decision });
    });
  }

  /** Status updates and closure flow back to the side that offered the case. */
  async updateStatus(transferId: string, status: 'in-progress' | 'located' | 'closed', closureReason: string | undefined, note: string | undefined, actor: string): Promise<void> {
    const transfer = await this.transfer(transferId);
    if (transfer.status !== 'accepted' && transfer.status !== 'in-progress' && transfer.status !== 'located') {
      throw new FederationError(`a ${transfer.status} transfer takes no status updates`, 409);
    }
    if (status === 'closed' && !closureReason) throw new FederationError('closing needs a closure reason', 400);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('federation_transfers').set({ status, closure_reason: closureReason ?? null, updated_at: this.now().toISOString() }).where('id', '=', transferId).execute();
      await this.ledger(trx, this.offerOf(transfer), transfer.peer, 'out', `status:${status}`, actor);
      await this.audit(trx, 'transfer_status', transferId, actor, { peer: transfer.peer, status, closureReason: closureReason ?? null });
    });
    const body = { transferId, status, ...(closureReason ? { closureReason } : {}), ...(note ? { note } : {}) };
    await this.outbox.enqueue({ to: transfer.peer, type: MESSAGE_TYPES.transferStatus, body }, this.now().getTime());
  }

  async onStatus(envelope: Envelope): Promise<void> {
    const update = transferStatusSchema.parse(envelope.body);
    const transfer = await this.transfer(update.transferId);
    if (transfer.peer !== envelope.from) throw new MessageRefused(`transfer ${update.transferId} is not shared with ${envelope.from}`);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('federation_transfers').set({ status: update.status, closure_reason: update.closureReason ?? null, updated_at: this.now().toISOString() }).where('id', '=', transfer.id).execute();
      await this.ledger(trx, this.offerOf(transfer), envelope.from, 'in', `status:${update.status}`, null);
      await this.audit(trx, 'transfer_status_received', transfer.id, null, { peer: envelope.from, status: update.status, closureReason: update.closureReason ?? null });
    });
  }

  /**
   * Tells each peer that received a record whose consent to network sharing is no longer current (withdrawn,
   * or a later refusal), once per transfer. Runs before every outbox delivery round.
   */
  async propagateConsentWithdrawals(): Promise<number> {
    const shared = await this.db
      .selectFrom('federation_transfers')
      .innerJoin('federation_candidates', 'federation_candidates.id', 'federation_transfers.candidate_id')
      .innerJoin('federation_linkage_refs', 'federation_linkage_refs.ref', 'federation_candidates.your_ref')
      .selectAll('federation_transfers')
      .select(['federation_linkage_refs.ref as ref', 'federation_linkage_refs.kind as refKind', 'federation_linkage_refs.person_id as refPerson', 'federation_linkage_refs.case_id as refCase'])
      .where('federation_transfers.direction', '=', 'out')
      .where('federation_transfers.consent_withdrawn_at', 'is', null)
      .execute();
    let sent = 0;
    for (const transfer of shared) {
      const personId = await this.consentingPerson({ kind: transfer.refKind, person_id: transfer.refPerson, case_id: transfer.refCase });
      if (await personConsents(this.db as unknown as KinlinkDb, personId, NETWORK_SHARING_PURPOSE)) continue;
      const withdrawnAt = this.now().toISOString();
      // Only the round that marks the transfer sends the notice (the API's flush and the timer may overlap).
      const marked = await this.db.transaction().execute(async (trx) => {
        const updated = await trx.updateTable('federation_transfers').set({ consent_withdrawn_at: withdrawnAt, updated_at: withdrawnAt }).where('id', '=', transfer.id).where('consent_withdrawn_at', 'is', null).executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        await this.ledger(trx, this.offerOf(transfer), transfer.peer, 'out', 'consent-withdrawn', null);
        await this.audit(trx, 'transfer_consent_withdrawn', transfer.id, null, { peer: transfer.peer, personId });
        return true;
      });
      if (!marked) continue;
      await this.outbox.enqueue({ to: transfer.peer, type: MESSAGE_TYPES.transferConsentWithdrawn, body: { transferId: transfer.id, withdrawnAt } }, this.now().getTime());
      sent++;
    }
    return sent;
  }

  /** The person withdrew consent at the sending society: hide the data received and record it in the ledger. */
  async onConsentWithdrawn(envelope: Envelope): Promise<void> {
    const notice = transferConsentWithdrawnSchema.parse(envelope.body);
    const transfer = await this.db.selectFrom('federation_transfers').selectAll().where('id', '=', notice.transferId).executeTakeFirst();
    if (transfer === undefined || transfer.peer !== envelope.from || transfer.direction !== 'in') throw new MessageRefused(`transfer ${notice.transferId} was not received from ${envelope.from}`);
    if (transfer.consent_withdrawn_at != null) return;
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('federation_transfers').set({ data: null, consent_withdrawn_at: notice.withdrawnAt, updated_at: this.now().toISOString() }).where('id', '=', transfer.id).execute();
      await this.ledger(trx, this.offerOf(transfer), envelope.from, 'in', 'consent-withdrawn', null);
      await this.audit(trx, 'transfer_consent_withdrawn_received', transfer.id, null, { peer: envelope.from, withdrawnAt: notice.withdrawnAt });
    });
  }

  async transfers() {
    return this.db.selectFrom('federation_transfers').selectAll().orderBy('created_at', 'desc').execute();
  }

  /** A transfer with its ledger; reading it (it may hold a person's data) is audited. */
  async transferWithLedger(transferId: string, reader: string) {
    const transfer = await this.transfer(transferId);
    await this.audit(this.db, 'transfer_read', transferId, reader, { peer: transfer.peer });
    const ledger = await this.db.selectFrom('federation_ledger').selectAll().where('transfer_id', '=', transferId).orderBy('at').orderBy('id').execute();
    return { ...transfer, categories: JSON.parse(transfer.categories) as string[], data: transfer.data === null ? null : (JSON.parse(transfer.data) as unknown), ledger };
  }

  /**
   * Whose consent a transfer needs: for a tracing request, the enquirer's (the sought person is missing);
   * for a registration, the registered person's.
   */
  private async consentingPerson(ref: { kind: string; person_id: string; case_id: string | null }): Promise<string> {
    if (ref.kind !== 'sought' || ref.case_id === null) return ref.person_id;
    const row = await this.db.selectFrom('cases').select('enquirer_person_id').where('id', '=', ref.case_id).executeTakeFirst();
    return row?.enquirer_person_id ?? ref.person_id;
  }

  /** Refuses (409 consent_required) an offer without the recorded, current consent to share in the network. */
  private async requireConsent(ref: { kind: string; person_id: string; case_id: string | null }, categories: readonly DataCategory[]): Promise<void> {
    const personId = await this.consentingPerson(ref);
    const store = this.db as unknown as KinlinkDb;
    const who = ref.kind === 'sought' && ref.case_id !== null ? `the enquirer (${personId})` : `the registered person (${personId})`;
    if (!(await personConsents(store, personId, NETWORK_SHARING_PURPOSE))) {
      throw new FederationError(`no current consent of ${who} to sharing within the Red Cross network (${NETWORK_SHARING_PURPOSE}): record it before offering the case`, 409, 'consent_required');
    }
    if (categories.includes('contact') && !(await personConsents(store, ref.person_id, WHEREABOUTS_PURPOSE))) {
      throw new FederationError(`contact data needs the consent of the person concerned (${ref.person_id}) to disclose their whereabouts (${WHEREABOUTS_PURPOSE})`, 409, 'consent_required');
    }
  }

  private async transfer(transferId: string): Promise<FederationTransfersTable> {
    const transfer = await this.db.selectFrom('federation_transfers').selectAll().where('id', '=', transferId).executeTakeFirst();
    if (transfer === undefined) throw new FederationError(`no transfer ${transferId}`, 404);
    return transfer;
  }

  private offerOf(transfer: FederationTransfersTable): Pick<TransferOffer, 'transferId' | 'purpose' | 'legalBasis' | 'categories'> {
    return { transferId: transfer.id, purpose: transfer.purpose as Purpose, legalBasis: transfer.legal_basis, categories: JSON.parse(transfer.categories) as DataCategory[] };
  }

  private transferRow(offer: TransferOffer, direction: 'in' | 'out', peer: string, caseRef: string, data: string | null): FederationTransfersTable {
    const at = this.now().toISOString();
    return {
      id: offer.transferId,
      direction,
      peer,
      case_ref: caseRef,
      their_record: offer.theirRecord ?? null,
      candidate_id: offer.candidateId ?? null,
      purpose: offer.purpose,
      legal_basis: offer.legalBasis,
      categories: JSON.stringify(offer.categories),
      data,
      status: 'offered',
      decline_reason: null,
      closure_reason: null,
      created_at: at,
      updated_at: at,
    };
  }

  /** The server's hash-chained audit log records every transfer action, in the same transaction as the ledger. */
  private async audit(db: FederationDb, action: string, transferId: string, actor: string | null, details: Record<string, unknown>): Promise<void> {
    // The federation tables only widen the schema; the audit repository needs just its own tables.
    await appendAudit(db as unknown as KinlinkDb, {
      actorUserId: actor,
      actorOrganisationId: null,
      action: `federation.${action}`,
      recordType: 'federation_transfer',
      recordId: transferId,
      ip: null,
      details,
    }, { now: this.now().toISOString() });
  }

  private async ledger(
    db: FederationDb,
    offer: Pick<TransferOffer, 'transferId' | 'purpose' | 'legalBasis' | 'categories'>,
    peer: string,
    direction: 'in' | 'out',
    event: string,
    actor: string | null,
  ): Promise<void> {
    await db
      .insertInto('federation_ledger')
      .values({
        id: randomUUID(),
        transfer_id: offer.transferId,
        peer,
        direction,
        event,
        purpose: offer.purpose,
        legal_basis: offer.legalBasis,
        categories: JSON.stringify(offer.categories),
        actor,
        at: this.now().toISOString(),
      })
      .execute();
  }

  /** The shareable content of a case, by category; minimiseForPurpose then keeps only what is allowed. */
  private async caseData(personId: string, caseId: string | null): Promise<Partial<Record<DataCategory, unknown>>> {
    const person = await this.db.selectFrom('persons').select(['sex', 'birth_date', 'birth_year', 'nationality']).where('id', '=', personId).executeTakeFirst();
    const names = await this.db.selectFrom('person_names').select(['part', 'value', 'script']).where('person_id', '=', personId).orderBy('part').orderBy('position').execute();
    const data: Partial<Record<DataCategory, unknown>> = {
      identity: { names, sex: person?.sex ?? null, nationality: person?.nationality ?? null },
      birth: { date: person?.birth_date ?? null, year: person?.birth_year ?? null },
    };
    if (caseId !== null) {
      const row = await this.db.selectFrom('cases').select(['separation', 'last_news']).where('id', '=', caseId).executeTakeFirst();
      const link = await this.db.selectFrom('case_sought_persons').select(['relationship']).where('case_id', '=', caseId).where('person_id', '=', personId).executeTakeFirst();
      data['family-links'] = { relationship: link?.relationship ?? null };
      if (row?.separation) data.circumstances = JSON.parse(row.separation) as unknown;
      if (row?.last_news) data['last-news'] = JSON.parse(row.last_news) as unknown;
    }
    return data;
  }
}
