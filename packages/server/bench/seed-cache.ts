import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MIGRATION_NAMES, dumpToFile, migrateToLatest, openDatabase } from '@kinlink/store';
import { seedBenchDatabase } from './seed';

const cacheDir = path.join(tmpdir(), 'kinlink-bench');
const key = (cases: number, caseworkers: number): string => `seed-v1-${cases}c-${caseworkers}u-${MIGRATION_NAMES.join('+')}`;

/**
 * A SQLite database with the bench data, built once per size (minutes for 100,000 cases) and reused:
 * every run starts from a copy of the same rows.
 */
export async function seededSqliteFile(cases: number, caseworkers: number, log: (line: string) => void): Promise<string> {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `${key(cases, caseworkers)}.db`);
  if (existsSync(file)) return file;
  const building = `${file}.building-${process.pid}`;
  rmSync(building, { force: true });
  const db = openDatabase({ url: `sqlite:${building}` });
  const started = Date.now();
  try {
    await migrateToLatest(db);
    await seedBenchDatabase(db, {
      cases,
      caseworkers,
      onProgress: (done) => {
        if (done % 10_000 === 0 || done === cases) log(`  seeded ${done}/${cases} cases (${Math.round((Date.now() - started) / 1000)} s)`);
      },
    });
  } finally {
    await db.destroy();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  renameSync(building, file);
  return file;
}

/** The same data as a dialect-neutral dump, to load into PostgreSQL. */
export async function seededDumpFile(cases: number, caseworkers: number, log: (line: string) => void): Promise<string> {
  const file = path.join(cacheDir, `${key(cases, caseworkers)}.jsonl`);
  if (existsSync(file)) return file;
  const source = openDatabase({ url: `sqlite:${await seededSqliteFile(cases, caseworkers, log)}` });
  try {
    const partial = `${file}.partial-${process.pid}`;
    rmSync(partial, { force: true });
    await dumpToFile(source, partial);
    renameSync(partial, file);
  } finally {
    await source.destroy();
  }
  return file;
}
