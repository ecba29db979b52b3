/*
 * Potential matches as the web app shows them. The matching API's records are read defensively into this
 * one shape (`readMatch`), so the review screen does not depend on how the server nests its answer.
 */

/** One field's part in a match: its comparison level and its weight in bits (+ for, − against). */
export interface FieldContribution {
  field: string;
  level: string | null;
  bits: number;
  termFrequencyAdjusted: boolean;
}

export interface MatchSide {
  /** Person record as returned by the API (names as written, …), when the server includes it. */
  person: Record<string, unknown> | null;
  recordType: string;
  recordId: string | null;
  caseId: string | null;
  at: string | null;
}

export interface PotentialMatch {
  id: string;
  /** registration (sought ↔ registration), reciprocal (enquirer ↔ another case's sought), duplicate (sought ↔ sought). */
  kind: string;
  status: string;
  version: number | null;
  probability: number;
  weight: number | null;
  caseId: string | null;
  left: MatchSide;
  right: MatchSide;
  fields: FieldContribution[];
  reason: string | null;
}

/** What the reviewer decides; `reason` is required to reject; `version` is the one the reviewer saw. */
export type MatchDecision = ({ decision: 'confirmed' } | { decision: 'rejected'; reason: string }) & { version?: number };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function side(raw: unknown, fallback: { type: string; personId: string | null; caseId: string | null }): MatchSide {
  const o = obj(raw) ?? {};
  const person = obj(o.person) ?? (obj(o.names) ? o : null);
  return {
    person,
    recordType: str(o.recordType) ?? str(o.type) ?? str(o.kind) ?? fallback.type,
    recordId: str(o.recordId) ?? str(o.personId) ?? str(o.id) ?? str(person?.id) ?? fallback.personId,
    caseId: str(o.caseId) ?? fallback.caseId,
    at: str(o.registeredAt) ?? str(o.createdAt) ?? null,
  };
}

/** What the right-hand record is, by the kind of pair. */
const RIGHT_TYPE: Record<string, string> = { registration: 'registration', reciprocal: 'enquirer', duplicate: 'sought' };

function fields(raw: unknown): FieldContribution[] {
  const list = Array.isArray(raw) ? raw : [];
  return list.flatMap((f) => {
    const o = obj(f);
    const field = str(o?.field);
    if (!o || !field) return [];
    return [{ field, level: str(o.level), bits: num(o.bits) ?? num(o.weight) ?? 0, termFrequencyAdjusted: o.termFrequencyAdjusted === true }];
  });
}

export function readMatch(raw: unknown): PotentialMatch {
  const o = obj(raw) ?? {};
  const explanation = obj(o.explanation);
  const kind = str(o.kind) ?? 'registration';
  return {
    id: str(o.id) ?? '',
    kind,
    status: str(o.status) ?? 'potential',
    version: num(o.version),
    probability: num(o.probability) ?? num(o.score) ?? 0,
    weight: num(o.matchWeight) ?? num(o.weight) ?? num(explanation?.weight),
    caseId: str(o.caseId) ?? str(o.leftCaseId),
    left: side(o.left ?? o.sought ?? o.soughtPerson ?? o.source, { type: 'sought', personId: str(o.leftPersonId), caseId: str(o.leftCaseId) }),
    right: side(o.right ?? o.candidate ?? o.target, { type: RIGHT_TYPE[kind] ?? kind, personId: str(o.rightPersonId), caseId: str(o.rightCaseId) }),
    fields: fields(o.fields ?? (Array.isArray(o.explanation) ? o.explanation : explanation?.fields)),
    reason: str(o.reason) ?? str(o.rejectionReason),
  };
}
