import { openDatabase } from '@kinlink/store';
import { sql } from 'kysely';
import { caseInput, forEachDialect, personInput } from '@kinlink/store/testing';
import { expect, it } from 'vitest';
import { signIn } from '../../test/faults/api-client';
import { loadConfig } from '../config';
import { makeOrganisation, makeUser } from '../testing/factories';
import { startService } from './service';
import { loadOperationsSettings } from './settings';

// In-process, a SQLite writer waiting for a lock blocks the whole event loop (better-sqlite3 is synchronous),
// so holding requests in flight this way works on PostgreSQL only; the stop sequence is the same on both.
forEachDialect(
  (ctx) => {
    it('on stop, refuses new connections, lets in-flight requests finish, then closes the database', async () => {
      const org = await makeOrganisation(ctx.db);
      const officer = await makeUser(ctx.db, org.id);
      const db = openDatabase({ url: ctx.url });
      const service = await startService({
        config: loadConfig({ KINLINK_PORT: '0', KINLINK_LOG_LEVEL: 'silent' }),
        db,
        settings: loadOperationsSettings({ KINLINK_SHUTDOWN_GRACE_SECONDS: '10' }),
      });
      const url = `http://127.0.0.1:${service.port}`;
      const caseworker = await signIn(url, officer.email);
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toContain('kinlink_http_requests_total{method="POST",route="/api/v1/auth/login",status="200"} 1');
      expect(metrics).toContain('kinlink_process_cpu_seconds_total');
      expect(metrics).toContain('kinlink_nodejs_eventloop_lag_p99_seconds');

      // Hold the audit chain's head: every save waits for it, in flight inside the server.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const holder = ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('audit_head').set({ id: 1 }).where('id', '=', 1).execute();
        locked();
        await held;
      });
      await lockTaken;
      const saves = Array.from({ length: 5 }, (_, i) => caseworker.request('POST', '/api/v1/cases', caseInput({ enquirer: personInput(`Inflight${i}`, 'Karimi') })));
      // All five are inside the server, each waiting for the lock in its own transaction.
      for (let waiting = 0; waiting < 5; ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const rows = await sql<{ n: number }>`select count(*)::int as n from pg_locks where not granted`.execute(ctx.db);
        waiting = rows.rows[0]?.n ?? 0;
      }

      let stopped = false;
      const stopping = service.stop().then(() => (stopped = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stopped).toBe(false);
      await expect(fetch(`${url}/api/v1/health`)).rejects.toThrow();

      release();
      await holder;
      const answers = await Promise.all(saves);
      expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      const ids = await Promise.all(answers.map(async (r) => ((await r.json()) as { id: string }).id));
      await stopping;
      expect(stopped).toBe(true);
      const saved = await ctx.db.selectFrom('cases').select('id').where('id', 'in', ids).execute();
      expect(saved).toHaveLength(5);
      // The service's own connections are closed.
      await expect(db.selectFrom('cases').select('id').execute()).rejects.toThrow();
    });
  },
  { dialects: ['postgres'] },
);
