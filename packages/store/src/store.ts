import type { FieldCipher } from './cipher';
import { createFieldCipher, plainFieldStore } from './cipher';
import type { DialectName, KinlinkDb } from './database';
import { dialectOf, openDatabase } from './database';
import { migrateToLatest } from './migrate';

export interface OpenStoreOptions {
  /** `sqlite:/path/file.db`, a plain path, or `postgres://…`. */
  url: string;
  /** 32-byte key (64 hex characters or base64) for AES-256-GCM of sensitive person fields; none = stored in clear. */
  encryptionKey?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  poolSize?: number;
}

/** An open database with what repositories need besides the executor: pass `cipher` to person-bearing repositories. */
export interface Store {
  readonly db: KinlinkDb;
  readonly dialect: DialectName;
  readonly cipher: FieldCipher;
  close(): Promise<void>;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const cipher = options.encryptionKey ? createFieldCipher(options.encryptionKey) : plainFieldStore;
  const db = openDatabase({ url: options.url, ...(options.poolSize ? { poolSize: options.poolSize } : {}) });
  try {
    if (options.migrate !== false) await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect: dialectOf(db), cipher, close: () => db.destroy() };
}
