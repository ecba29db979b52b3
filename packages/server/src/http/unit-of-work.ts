import type { AuditEntryInput } from '@kinlink/core';
import type { KinlinkDb } from '@kinlink/store';
import { readWithAudit, transactionWithAudit } from '@kinlink/store';
import type { FastifyRequest } from 'fastify';

/** What a route tells the audit log about one thing it did; who, when and from where are filled in. */
export interface AuditFact {
  action: string;
  recordType: string;
  recordId: string | null;
  details?: Record<string, unknown>;
  /** Who acted, when it is not (yet) the signed-in caller: e.g. the account during sign-in. */
  actor?: { userId: string; organisationId: string };
}

export type Audit = (fact: AuditFact) => Promise<void>;

function entryFor(request: FastifyRequest, fact: AuditFact): AuditEntryInput {
  const principal = request.principal;
  return {
    actorUserId: fact.actor?.userId ?? principal?.userId ?? null,
    actorOrganisationId: fact.actor?.organisationId ?? principal?.organisationId ?? null,
    action: fact.action,
    recordType: fact.recordType,
    recordId: fact.recordId,
    ip: request.ip ?? null,
    details: { ...fact.details, ...(principal?.via === 'token' ? { via: 'api_token', tokenId: principal.credentialId } : {}) },
  };
}

/**
 * Runs a request's writes and their audit entries in one transaction: either all of it is stored, or
 * (on any error) none of it. Reads that must be audited go through here too. `audit` only collects the
 * facts; they are appended to the chain together as the transaction's last step, so the chain head's lock
 * (which every request needs) is held only for that append and the commit, not for the request's work (on
 * PostgreSQL the append and the COMMIT reach the database in one message).
 */
export async function withAudit<T>(db: KinlinkDb, request: FastifyRequest, work: (trx: KinlinkDb, audit: Audit) => Promise<T>): Promise<T> {
  return transactionWithAudit(db, async (trx) => {
    const facts: AuditFact[] = [];
    const audit: Audit = async (fact) => {
      facts.push(fact);
    };
    const result = await work(trx, audit);
    return { result, entries: facts.map((fact) => entryFor(request, fact)) };
  });
}

/** Asks for a write to be stored in one transaction with a read's audit entries (see withAuditedRead). */
export type WriteWithAudit = (write: (trx: KinlinkDb) => Promise<void>) => void;

/**
 * Runs a request that only reads (plus its audit entries) and answers only once its entries are stored: if
 * the append fails, the caller gets an error and none of the data. On PostgreSQL the reads are sent without
 * BEGIN/COMMIT and the entries appended by one statement (kinlink_append_audit) — two statements fewer per
 * request. `db` is a connection, not a transaction: `work` must not write through it; a change the read leads
 * to (e.g. the transfer ledger's record of a shared case shown) goes through `writeWithAudit`, which stores
 * it together with the entries in one transaction.
 */
export async function withAuditedRead<T>(
  db: KinlinkDb,
  request: FastifyRequest,
  work: (db: KinlinkDb, audit: Audit, writeWithAudit: WriteWithAudit) => Promise<T>,
): Promise<T> {
  return readWithAudit(db, async (conn) => {
    const facts: AuditFact[] = [];
    const writes: ((trx: KinlinkDb) => Promise<void>)[] = [];
    const result = await work(conn, async (fact) => void facts.push(fact), (write) => void writes.push(write));
    const entries = facts.map((fact) => entryFor(request, fact));
    if (writes.length === 0) return { result, entries };
    return {
      result,
      entries,
      write: async (trx) => {
        for (const write of writes) await write(trx);
      },
    };
  });
}

/** Appends one audit entry on its own (sign-in events and other facts with no change beside them). */
export async function auditAlone(db: KinlinkDb, request: FastifyRequest, fact: AuditFact): Promise<void> {
  await withAudit(db, request, (_trx, audit) => audit(fact));
}
