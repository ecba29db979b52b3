import { databaseUrlOf, environmentWithConfigFile, loadConfig, type ServerConfig } from '@kinlink/server';
import { describePostgresUrl, migrateToLatest, openDatabase, type KinlinkDb } from '@kinlink/store';
import { webDistDir } from './paths';

/** Options every command that opens the database accepts. */
export interface DatabaseOptions {
  data?: string;
  databaseUrl?: string;
  /** JSON configuration file (else KINLINK_CONFIG); environment variables and options override it. */
  config?: string;
}

/** Configuration from the environment, with command-line options taking precedence. */
export function configFrom(options: DatabaseOptions & { port?: string; host?: string }, env = process.env): ServerConfig {
  return loadConfig({
    KINLINK_WEB_DIR: webDistDir,
    ...environmentWithConfigFile(env, options.config),
    ...(options.data !== undefined ? { KINLINK_DATA_DIR: options.data } : {}),
    ...(options.databaseUrl !== undefined ? { KINLINK_DATABASE_URL: options.databaseUrl } : {}),
    ...(options.port !== undefined ? { KINLINK_PORT: options.port } : {}),
    ...(options.host !== undefined ? { KINLINK_HOST: options.host } : {}),
  });
}

/**
 * Opens and migrates the configured database; the caller destroys it. A serving process (`serving: true`)
 * gets the configured PostgreSQL pool size (KINLINK_DATABASE_POOL_SIZE) and prepared statements
 * (KINLINK_DATABASE_PREPARED_STATEMENTS) and, on SQLite, WAL checkpoints in a
 * worker thread instead of inside commits; one-off commands keep the defaults.
 */
export async function openMigratedDatabase(config: ServerConfig, options: { serving?: boolean } = {}): Promise<KinlinkDb> {
  const db = openDatabase(
    options.serving
      ? { url: databaseUrlOf(config), poolSize: config.databasePoolSize, preparedStatements: config.databasePreparedStatements, backgroundCheckpoints: true }
      : { url: databaseUrlOf(config) },
  );
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/** Runs `work` with an open database and always closes it. */
export async function withDatabase<T>(config: ServerConfig, work: (db: KinlinkDb) => Promise<T>): Promise<T> {
  const db = await openMigratedDatabase(config);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Where the data lives, for messages: never prints a password that may be in a PostgreSQL URL. */
export function describeDatabase(config: ServerConfig): string {
  if (!config.databaseUrl) return `SQLite in ${config.dataDir}`;
  return `PostgreSQL at ${describePostgresUrl(config.databaseUrl)}`;
}
