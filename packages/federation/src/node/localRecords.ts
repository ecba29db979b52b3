import { createHmac } from 'node:crypto';
import { linkageRecordFromNames, type LinkageRecord } from '@kinlink/linkage';
import type { FederationDb } from './tables';

export type LinkageKind = 'sought' | 'registered';

export interface LocalPerson {
  readonly personId: string;
  readonly caseId: string | null;
  readonly kind: LinkageKind;
  readonly names: readonly { part: string; value: string }[];
  readonly birthYear: number | null;
  readonly sex: string | null;
}

const OPEN_CASE_STATUSES = ['open', 'in_progress'];
/** Given and family names only: fathers' and grandfathers' names are often missing on one side. */
const LINKAGE_PARTS = ['given', 'family'];

/** Sought persons of open cases and persons met at registrations, with their written names. */
export async function loadLocalPersons(db: FederationDb): Promise<LocalPerson[]> {
  const sought = await db
    .selectFrom('case_sought_persons')
    .innerJoin('cases', 'cases.id', 'case_sought_persons.case_id')
    .innerJoin('persons', 'persons.id', 'case_sought_persons.person_id')
    .select(['persons.id as personId', 'cases.id as caseId', 'persons.birth_year as birthYear', 'persons.sex as sex'])
    .where('cases.status', 'in', OPEN_CASE_STATUSES)
    .where('case_sought_persons.tracing_status', '=', 'sought')
    .execute();
  const registered = await db
    .selectFrom('registrations')
    .innerJoin('persons', 'persons.id', 'registrations.person_id')
    .select(['persons.id as personId', 'persons.birth_year as birthYear', 'persons.sex as sex'])
    .execute();
  const ids = [...new Set([...sought, ...registered].map((row) => row.personId))];
  const names = new Map<string, { part: string; value: string }[]>();
  for (let at = 0; at < ids.length; at += 500) {
    const rows = await db
      .selectFrom('person_names')
      .select(['person_id', 'part', 'value'])
      .where('person_id', 'in', ids.slice(at, at + 500))
      .orderBy('person_id')
      .orderBy('part')
      .orderBy('position')
      .execute();
    for (const row of rows) names.set(row.person_id, [...(names.get(row.person_id) ?? []), { part: row.part, value: row.value }]);
  }
  return [
    ...sought.map((row) => ({ ...row, kind: 'sought' as const, names: names.get(row.personId) ?? [] })),
    ...registered.map((row) => ({ ...row, caseId: null, kind: 'registered' as const, names: names.get(row.personId) ?? [] })),
  ];
}

/**
 * The opaque reference published for a person: keyed by this server's own reference key, so neither the
 * hub nor a peer learns local ids, and the same person keeps the same reference across publications.
 */
export function pseudonymousRef(refKey: Uint8Array, kind: LinkageKind, personId: string): string {
  return createHmac('sha256', refKey).update(`${kind}/${personId}`).digest('base64url').slice(0, 24);
}

const SEX_CODES: Record<string, 'M' | 'F'> = { male: 'M', female: 'F', M: 'M', F: 'F' };

/** Reduce a person to what the encoder uses: comparable name units (any script), birth year, sex. */
export function toLinkageRecord(ref: string, person: LocalPerson): LinkageRecord {
  const names = person.names.filter((name) => LINKAGE_PARTS.includes(name.part)).map((name) => name.value);
  return linkageRecordFromNames(ref, names, person.birthYear ?? undefined, person.sex === null ? undefined : SEX_CODES[person.sex]);
}
