import { otherScriptForms } from '@kinlink/names';
import type { MatchRecord, SynthData } from '@kinlink/match';
import { startThrowawayPostgres } from '@kinlink/store/testing';
import pg from 'pg';

export interface PgTrgmResult {
  loadSeconds: number;
  indexSeconds: number;
  searchP50Ms: number;
  searchP99Ms: number;
  searches: number;
  recallAt10: number;
}

/** What a user of pg_trgm would index: the full name, transliterated to Latin, lower-case. */
export function transliteratedFullName(r: MatchRecord): string {
  const full = [r.givenName, r.fatherName, r.familyName].filter((x) => x && x.trim() !== '').join(' ');
  if (/^[\p{Script=Latin}\s'-]*$/u.test(full)) return full.toLowerCase();
  const latin = otherScriptForms(full).find((f) => f.script === 'latin');
  return (latin?.text ?? full).toLowerCase();
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/**
 * The baseline a team would reach for: PostgreSQL pg_trgm, a GIN trigram index over the transliterated
 * full name, top 10 by similarity. Starts and stops its own throwaway PostgreSQL.
 */
export async function runPgTrgm(data: SynthData, searches: number, log: (line: string) => void): Promise<PgTrgmResult> {
  const server = await startThrowawayPostgres();
  const client = new pg.Client({ connectionString: server.url });
  try {
    await client.connect();
    await client.query('CREATE EXTENSION pg_trgm');
    await client.query('CREATE TABLE registry (id text PRIMARY KEY, name text NOT NULL)');
    let t = performance.now();
    const batch = 5000;
    for (let i = 0; i < data.registry.length; i += batch) {
      const rows = data.registry.slice(i, i + batch);
      await client.query('INSERT INTO registry (id, name) SELECT * FROM unnest($1::text[], $2::text[])', [rows.map((r) => r.id), rows.map(transliteratedFullName)]);
      if (i % 100_000 === 0) log(`  pg_trgm: loaded ${i} rows`);
    }
    const loadSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    await client.query('CREATE INDEX registry_name_trgm ON registry USING gin (name gin_trgm_ops)');
    await client.query('ANALYZE registry');
    const indexSeconds = (performance.now() - t) / 1000;
    const times: number[] = [];
    let findable = 0;
    let found = 0;
    for (let i = 0; i < Math.min(searches, data.requests.length); i++) {
      const q = transliteratedFullName(data.requests[i]!);
      const started = performance.now();
      const res = await client.query<{ id: string }>(
        'SELECT id FROM registry WHERE name % $1 ORDER BY similarity(name, $1) DESC, id LIMIT 10',
        [q],
      );
      times.push(performance.now() - started);
      const truth = data.truth[i]!.registryIds;
      if (truth.length > 0) {
        findable++;
        if (res.rows.some((r) => truth.includes(r.id))) found++;
      }
    }
    times.sort((a, b) => a - b);
    return { loadSeconds, indexSeconds, searchP50Ms: percentile(times, 0.5), searchP99Ms: percentile(times, 0.99), searches: times.length, recallAt10: found / Math.max(1, findable) };
  } finally {
    await client.end().catch(() => {});
    await server.stop();
  }
}
