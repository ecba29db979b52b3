import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyPassword } from '@kinlink/server';
import { openDatabase } from '@kinlink/store';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../runtime/run-cli';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-cli-'));
const data = ['--data', dataDir];
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('administration commands', () => {
  it('adds an organisation and a user whose password comes from stdin, then verifies the audit log', async () => {
    const org = await runCli(['org', 'add', '--name', 'Red Cross of Montenegro', '--country', 'MNE', '--domain', 'me.redcross.test', ...data]);
    expect(org.stderr).toBe('');
    expect(org.code).toBe(0);
    expect(org.stdout).toMatch(/added organisation Red Cross of Montenegro/);

    const user = await runCli(
      ['user', 'add', '--email', 'Officer@Example.org', '--name', 'Ana Petrović', '--role', 'tracing_officer', '--org', 'me.redcross.test', ...data],
      { input: 'a long enough password\n' },
    );
    expect(user.code).toBe(0);
    expect(user.stdout).toMatch(/added tracing_officer officer@example\.org/);

    const db = openDatabase({ url: `sqlite:${path.join(dataDir, 'kinlink.db')}` });
    const row = await db.selectFrom('users').select(['password_hash']).where('email', '=', 'officer@example.org').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('a long enough password');
    await db.destroy();

    const verify = await runCli(['audit', 'verify', ...data]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/intact: 2 entries/);
  }, 60_000);

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    const badCountry = await runCli(['org', 'add', '--name', 'X', '--country', 'macedonia', '--domain', 'x.test', ...data]);
    expect(badCountry.code).toBe(1);
    expect(badCountry.stderr).toMatch(/country/);
    const shortPassword = await runCli(
      ['user', 'add', '--email', 'a@b.org', '--name', 'A', '--role', 'auditor', '--org', 'me.redcross.test', ...data],
      { input: 'short\n' },
    );
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toMatch(/at least 10 characters/);
    const unknownOrg = await runCli(
      ['user', 'add', '--email', 'a@b.org', '--name', 'A', '--role', 'auditor', '--org', 'nowhere.test', ...data],
      { input: 'long enough password\n' },
    );
    expect(unknownOrg.code).toBe(1);
    expect(unknownOrg.stderr).toMatch(/no organisation/);
  }, 60_000);

  it('sets a forgotten password from stdin and ends the sessions', async () => {
    const res = await runCli(['user', 'set-password', '--email', 'officer@example.org', ...data], { input: 'a different long password\n' });
    expect(res.code, res.stderr).toBe(0);
    const db = openDatabase({ url: `sqlite:${path.join(dataDir, 'kinlink.db')}` });
    const row = await db.selectFrom('users').select(['password_hash']).where('email', '=', 'officer@example.org').executeTakeFirstOrThrow();
    await db.destroy();
    expect(await verifyPassword(row.password_hash as string, 'a different long password')).toBe(true);
    const unknown = await runCli(['user', 'reset-2fa', '--email', 'nobody@example.org', ...data]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no user/);
  }, 60_000);

  it('backs up the live database to a new file that opens on its own, and never overwrites', async () => {
    const target = path.join(dataDir, 'backup-copy.db');
    const first = await runCli(['backup', '--to', target, ...data]);
    expect(first.code, first.stderr).toBe(0);
    const copy = openDatabase({ url: `sqlite:${target}` });
    const users = await copy.selectFrom('users').select('email').execute();
    await copy.destroy();
    expect(users.map((u) => u.email)).toContain('officer@example.org');
    const again = await runCli(['backup', '--to', target, ...data]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  }, 60_000);

  it('names the first altered audit entry and exits non-zero', async () => {
    const db = openDatabase({ url: `sqlite:${path.join(dataDir, 'kinlink.db')}` });
    const first = await db.selectFrom('audit_log').select(['seq', 'id']).orderBy('seq').executeTakeFirstOrThrow();
    await db.updateTable('audit_log').set({ details: '{"tampered":true}' }).where('seq', '=', first.seq).execute();
    await db.destroy();
    const verify = await runCli(['audit', 'verify', ...data]);
    expect(verify.code).toBe(2);
    expect(verify.stderr).toContain(`entry #${first.seq} (id ${first.id})`);
  }, 60_000);

});
