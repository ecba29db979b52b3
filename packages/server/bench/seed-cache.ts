import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MIGRATION_NAMES, dumpToFile, migrateToLatest, openDatabase } from '@kinlink/store';
import { seedBenchDatabase } from './seed';

const cacheDir = path.join(tmpdir(), 'kinlink-bench');
const prefix = (cases: number, caseworkers: number): string => `seed-v1-${cases}c-${caseworkers}u-`;
const key = (cases: number, caseworkers: number): string => `${prefix(cases, caseworkers)}${MIGRATION_NAMES.join('+')}`;

/** A seed built before the newest migrations (their names a prefix of today's), if one is cached. */
function olderSeed(cases: number, caseworkers: number): string | undefined {
  const start = prefix(cases, caseworkers);
  const older = readdirSync(cacheDir)
    .filter((f) => f.startsWith(start) && f.endsWith('.db'))
    .map((f) => ({ f, migrations: f.slice(start.length, -'.db'.length).split('+') }))
    .filter(({ migrations }) => migrations.length < MIGRATION_NAMES.length && migrations.every((m, i) => MIGRATION_NAMES[i] === m))
    .sort((a, b) => b.migrations.length - a.migrations.length);
  return older[0] ? path.join(cacheDir, older[0].f) : undefined;
}

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
  const upgrade = olderSeed(cases, caseworkers);
  if (upgrade) {
    // Same rows, newer schema: migrations only add, so migrating the older seed is the same as reseeding.
    copyFileSync(upgrade, building);
    const db = openDatabase({ url: `sqlite:${building}` });
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
    log(`  migrated the cached seed ${path.basename(upgrade)}`);
    for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
    renameSync(building, file);
    return file;
  }
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
