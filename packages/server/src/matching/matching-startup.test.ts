import { openDatabase } from '@kinlink/store';
import { forEachDialect } from '@kinlink/store/testing';
import { expect, it } from 'vitest';
import { loadConfig } from '../config';
import { startService } from '../ops/service';
import { loadOperationsSettings } from '../ops/settings';
import { makeOrganisation, makePerson, makeUser } from '../testing/factories';
import { sharedMatchingService } from './matching-service';

forEachDialect((ctx) => {
  it('an API-only server builds the index as it starts listening, searches it, and stops its worker on shutdown', async () => {
    const org = await makeOrganisation(ctx.db);
    const officer = await makeUser(ctx.db, org.id);
    const person = await makePerson(ctx.db, org.id, { names: { given: [{ value: 'ተስፋየ' }], family: [{ value: 'Haile' }], father: [], grandfather: [], mother: [], other: [] } });
    const db = openDatabase({ url: ctx.url });
    const service = await startService({
      config: loadConfig({ KINLINK_PORT: '0', KINLINK_LOG_LEVEL: 'silent' }),
      db,
      settings: loadOperationsSettings({ KINLINK_JOBS: 'false' }),
    });
    const matching = sharedMatchingService(db);
    try {
      // Started by the listener, not by a first search.
      expect(['building', 'ready']).toContain(matching.status().state);
      const url = `http://127.0.0.1:${service.port}/api/v1`;
      const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: officer.email, password: officer.password }) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const search = await fetch(`${url}/search`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ givenName: 'Tesfaye', familyName: 'Haile' }) });
      expect(search.status).toBe(200);
      expect(((await search.json()) as { items: { personId: string }[] }).items.map((i) => i.personId)).toContain(person.id);
      expect(matching.status()).toMatchObject({ state: 'ready' });
      // Operators see the index on the readiness answer.
      const ready = (await (await fetch(`${url}/ready`)).json()) as { status: string; matching?: { state: string; persons: number } };
      expect(ready).toMatchObject({ status: 'ready', matching: { state: 'ready' } });
      expect(ready.matching!.persons).toBeGreaterThan(0);
    } finally {
      await service.stop();
    }
    expect(matching.status().state).toBe('closed');
  });
});
