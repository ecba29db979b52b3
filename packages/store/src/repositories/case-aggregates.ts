import type { RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { DialectName } from '../database';
import type { ConsentsTable } from '../schema';
import type { JsonFunctions } from '../sql-json';
import { jsonFunctions } from '../sql-json';

/*
 * A case row with what reading it needs — its enquirer, its sought persons (each with their person) and, on
 * request, the consents of its located sought persons — as JSON columns of the same row, so a case (or a page
 * of cases) is one statement instead of three or four. Each dialect builds the JSON with its own functions;
 * the shapes are the same: persons and consents keep their table's column names, a person's `data` is
 * embedded as JSON (it is stored as JSON text), sought persons carry their `position` (sorted by the reader).
 */

/** A person as the aggregates carry it: the persons row with `data` already parsed. */
export interface PersonJson {
  id: string;
  organisation_id: string;
  data: unknown;
  sensitive: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SoughtJson {
  position: number;
  relationship: string;
  tracing_status: string;
  person: PersonJson;
}

/** A consent as the aggregates carry it: the consents row as it is (all its columns are text). */
export type ConsentJson = ConsentsTable;

function personObject(f: JsonFunctions, p: string): string {
  return `${f.object}('id', ${p}.id, 'organisation_id', ${p}.organisation_id, 'data', ${f.embed(`${p}.data`)}, 'sensitive', ${p}.sensitive, `
    + `'version', ${p}.version, 'created_at', ${p}.created_at, 'updated_at', ${p}.updated_at)`;
}

/** The case's enquirer (a JSON object) — for a query over `cases`. */
export function enquirerColumn(dialect: DialectName): RawBuilder<unknown> {
  const f = jsonFunctions(dialect);
  return sql.raw(`(select ${personObject(f, 'p')} from persons p where p.id = cases.enquirer_person_id)`);
}

/** The case's sought persons with their persons (a JSON array, unordered; null on PostgreSQL when none). */
export function soughtColumn(dialect: DialectName): RawBuilder<unknown> {
  const f = jsonFunctions(dialect);
  return sql.raw(
    `(select ${f.array}(${f.object}('position', s.position, 'relationship', s.relationship, 'tracing_status', s.tracing_status, 'person', ${personObject(f, 'p')}))`
      + ' from case_sought_persons s join persons p on p.id = s.person_id where s.case_id = cases.id)',
  );
}

/** Every consent record of the case's located sought persons (a JSON array, unordered; null on PostgreSQL when none). */
export function locatedConsentsColumn(dialect: DialectName): RawBuilder<unknown> {
  const f = jsonFunctions(dialect);
  const columns = ['id', 'person_id', 'organisation_id', 'purpose', 'decision', 'data', 'given_at', 'recorded_by', 'withdrawn_at', 'withdrawn_by', 'withdrawal_reason', 'created_at'];
  return sql.raw(
    `(select ${f.array}(${f.object}(${columns.map((c) => `'${c}', k.${c}`).join(', ')}))`
      + " from case_sought_persons s join consents k on k.person_id = s.person_id where s.case_id = cases.id and s.tracing_status = 'located')",
  );
}
