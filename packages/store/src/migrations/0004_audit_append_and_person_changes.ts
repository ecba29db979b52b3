import { PostgresAdapter, sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

/*
 * 1. PostgreSQL: `kinlink_append_audit(entries jsonb)` appends audit entries to the hash chain in one
 *    statement — move the head by n (its row lock serialises writers), insert each entry with its seq and
 *    hash, store the new head hash — the same steps and the same sha256 as repositories/audit.ts, run in the
 *    database so that the head's lock is not held across round trips to the server process (the statement
 *    and its COMMIT travel together). Each entry carries `canonical`: its canonical JSON up to the seq,
 *    which is the last key (`…,"seq":`), so the database only appends the number and the closing brace.
 * 2. Both: an index on persons.updated_at — the matching index catches up with "persons changed since" about
 *    once a second, which otherwise reads every person.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.createIndex('persons_updated').on('persons').columns(['updated_at']).execute();
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function kinlink_append_audit(entries jsonb) returns table (first_seq bigint, first_prev_hash text, hashes text[])
    language plpgsql as $fn$
    declare
      n integer := jsonb_array_length(entries);
      next_seq bigint;
      prev text;
      entry jsonb;
      h text;
      appended text[] := array[]::text[];
    begin
      update audit_head set seq = seq + n where id = 1 returning seq - n, hash into next_seq, prev;
      if not found then
        raise exception 'the audit chain head row is missing';
      end if;
      first_seq := next_seq + 1;
      first_prev_hash := prev;
      for i in 0 .. n - 1 loop
        entry := entries -> i;
        next_seq := next_seq + 1;
        h := encode(sha256(convert_to(prev || E'\\n' || (entry ->> 'canonical') || next_seq::text || '}', 'UTF8')), 'hex');
        insert into audit_log (seq, id, at, actor_user_id, actor_organisation_id, action, record_type, record_id, ip, details, prev_hash, hash)
        values (next_seq, entry ->> 'id', entry ->> 'at', entry ->> 'actor_user_id', entry ->> 'actor_organisation_id', entry ->> 'action',
                entry ->> 'record_type', entry ->> 'record_id', entry ->> 'ip', entry ->> 'details', prev, h);
        appended := appended || h;
        prev := h;
      end loop;
      update audit_head set hash = prev where id = 1;
      hashes := appended;
      return next;
    end
    $fn$
  `.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`drop function kinlink_append_audit(jsonb)`.execute(db);
  await db.schema.dropIndex('persons_updated').execute();
}
