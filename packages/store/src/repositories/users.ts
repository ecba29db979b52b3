import type { Page, User, UserInput, UserUpdate } from '@kinlink/core';
import { UserInput as UserInputSchema } from '@kinlink/core';
import type { KinlinkDb } from '../database';
import { ConflictError, NotFoundError } from '../errors';
import { newId } from '../ids';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { UsersTable } from '../schema';
import type { WriteMeta } from '../time';
import { metaNow } from '../time';

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

type UserRow = Omit<UsersTable, 'totp_enabled' | 'disabled' | 'failed_logins'> & { totp_enabled: number; disabled: number; failed_logins: number };

/** A user as the API shows them: no password hash, no TOTP secret. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as User['role'],
    organisationId: row.organisation_id,
    branchId: row.branch_id,
    language: row.language,
    twoFactor: row.totp_enabled === 1 ? 'enabled' : row.totp_secret !== null ? 'pending' : 'not_enrolled',
    disabled: row.disabled === 1,
    lockedUntil: row.locked_until,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Creates a user; `passwordHash` is an argon2id hash computed by the caller (the store never sees passwords). */
export async function createUser(db: KinlinkDb, input: UserInput & { passwordHash?: string | null }, meta?: WriteMeta): Promise<User> {
  const { passwordHash, ...fields } = input;
  const data = UserInputSchema.parse(fields);
  const email = normaliseEmail(data.email);
  const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) throw new ConflictError(`a user with the e-mail address ${email} already exists`, 'duplicate_email');
  const now = metaNow(meta);
  const id = newId();
  await db
    .insertInto('users')
    .values({
      id, email, display_name: data.displayName, role: data.role, organisation_id: data.organisationId, branch_id: data.branchId ?? null,
      language: data.language, password_hash: passwordHash ?? null, totp_secret: null, totp_last_step: null, locked_until: null,
      last_login_at: null, created_at: now, updated_at: now,
    })
    .execute();
  return getUser(db, id);
}

export async function findUser(db: KinlinkDb, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function getUser(db: KinlinkDb, id: string): Promise<User> {
  const user = await findUser(db, id);
  if (!user) throw new NotFoundError('user', id);
  return user;
}

export async function findUserByEmail(db: KinlinkDb, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function listUsers(db: KinlinkDb, options: PageOptions & { organisationIds?: readonly string[]; role?: User['role'] } = {}): Promise<Page<User>> {
  const limit = pageSize(options);
  let q = db.selectFrom('users').selectAll();
  if (options.organisationIds) {
    if (options.organisationIds.length === 0) return { items: [], next: null };
    q = q.where('organisation_id', 'in', [...options.organisationIds]);
  }
  if (options.role) q = q.where('role', '=', options.role);
  if (options.cursor) q = q.where('id', '>', decodeCursor(options.cursor).id);
  const rows = await q.orderBy('id').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toUser);
}

export async function updateUser(db: KinlinkDb, id: string, update: UserUpdate, meta?: WriteMeta): Promise<User> {
  const result = await db
    .updateTable('users')
    .set({
      ...(update.displayName !== undefined ? { display_name: update.displayName } : {}),
      ...(update.role !== undefined ? { role: update.role } : {}),
      ...(update.branchId !== undefined ? { branch_id: update.branchId } : {}),
      ...(update.language !== undefined ? { language: update.language } : {}),
      ...(update.disabled !== undefined ? { disabled: update.disabled ? 1 : 0 } : {}),
      updated_at: metaNow(meta),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('user', id);
  return getUser(db, id);
}

export async function setPasswordHash(db: KinlinkDb, id: string, passwordHash: string, meta?: WriteMeta): Promise<void> {
  const result = await db.updateTable('users').set({ password_hash: passwordHash, updated_at: metaNow(meta) }).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('user', id);
}
