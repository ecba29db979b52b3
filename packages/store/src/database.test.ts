import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describePostgresUrl, openDatabase } from './database';
import { startThrowawayPostgres } from './testing';

describe('PostgreSQL URLs', () => {
  it('describes where a URL points without its password', () => {
    expect(describePostgresUrl('postgres://kinlink:s3cret@db.example:5433/kinlink')).toBe('db.example:5433/kinlink');
    expect(describePostgresUrl('postgresql://kinlink@db.example/kinlink')).toBe('db.example/kinlink');
    expect(describePostgresUrl('postgres://kinlink:s3cret@/kinlink?host=/var/run/postgresql')).toBe('the socket in /var/run/postgresql/kinlink');
    expect(describePostgresUrl('postgres://kinlink:s3cret@db.example/kinlink')).not.toContain('s3cret');
  });

  it('connects over the server unix socket', async () => {
    const server = await startThrowawayPostgres();
    try {
      expect(server.socketUrl).toMatch(/^postgres:\/\/postgres@\/postgres\?host=/);
      const db = openDatabase({ url: server.socketUrl });
      try {
        const { rows } = await sql<{ via: string | null }>`select inet_server_addr()::text as via`.execute(db);
        expect(rows[0]?.via).toBeNull(); // no server address: not TCP
      } finally {
        await db.destroy();
      }
    } finally {
      await server.stop();
    }
  });
});
