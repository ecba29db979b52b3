export { openDatabase, parseDatabaseUrl, dialectOf } from './database';
export type { KinlinkDb, DialectName, OpenDatabaseOptions, ParsedDatabaseUrl } from './database';
export { migrateToLatest, migrationStatus, MIGRATION_NAMES } from './migrate';
export { TABLES } from './schema';
export type * from './schema';
