import type { MatchRecord } from '@kinlink/match';
import { afterEach, expect, it } from 'vitest';
import type { IndexEntry } from './match-protocol';
import { MatchWorkerClient } from './match-worker-client';

const GIVEN = ['Mohammad', 'Ahmad', 'Fatima', 'Tesfaye', 'Olga', 'Ivan', 'Maryam', 'Hassan', 'Layla', 'Omar', 'Zahra', 'Yusuf'];
const FAMILY = ['Haddad', 'Al-Khatib', 'Petrov', 'Haile', 'Karimi', 'Nasser', 'Rahimi', 'Smirnova', 'Bekele', 'Hussein'];

function person(i: number): MatchRecord {
  return {
    id: `p-${i}`,
    givenName: GIVEN[i % GIVEN.length]!,
    familyName: FAMILY[(i * 7) % FAMILY.length]!,
    fatherName: GIVEN[(i * 5) % GIVEN.length]!,
    grandfatherName: '',
    motherName: '',
    sex: i % 2 ? 'M' : 'F',
    birthDate: `${1940 + (i % 70)}-0${1 + (i % 9)}-1${i % 10}`,
    estimatedAge: null,
    birthPlace: '',
    nationality: '',
    address: '',
    documentNumber: `D${i}`,
    phone: '',
  };
}

let client: MatchWorkerClient;
afterEach(() => client.close());

it('indexes 20,000 records in the worker while this thread keeps ticking, then finds one of them', async () => {
  client = new MatchWorkerClient();
  const entries: IndexEntry[] = Array.from({ length: 20_000 }, (_, i) => ({ record: person(i), roles: [{ role: 'registration', caseId: null }] }));
  await client.call({ op: 'size' }); // the worker has started (its start-up is not what is measured)
  const before = performance.eventLoopUtilization();
  let last = performance.now();
  let longestGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 5);
  try {
    for (let i = 0; i < entries.length; i += 500) await client.call({ op: 'add', entries: entries.slice(i, i + 500) });
  } finally {
    clearInterval(ticker);
  }
  // Indexing 20,000 records on this thread would keep it busy the whole time (utilisation 1) and block it
  // for about half a second. In the worker, this thread mostly waits, and the timer keeps firing (the
  // bound on the gap is generous: on a machine shared by several busy processes, threads wait for a core).
  const { utilization } = performance.eventLoopUtilization(performance.eventLoopUtilization(), before);
  expect(utilization).toBeLessThan(0.5);
  expect(longestGap).toBeLessThan(300);
  console.log(`indexing 20,000 records in the worker: this thread's utilisation ${utilization.toFixed(2)}, longest timer gap ${longestGap.toFixed(0)} ms`);
  expect(await client.call({ op: 'size' })).toEqual({ size: 20_000 });
  const [hit] = await client.call({ op: 'search', query: { ...person(12_345), id: '' }, options: { top: 1 } });
  expect(hit).toMatchObject({ id: 'p-12345', roles: [{ role: 'registration', caseId: null }] });
}, 60_000);

it('answers an error for a request the worker cannot handle, and keeps working', async () => {
  client = new MatchWorkerClient();
  await expect(client.call({ op: 'bogus' } as never)).rejects.toThrow(/unknown matching request "bogus"/);
  expect(await client.call({ op: 'add', entries: [{ record: person(1), roles: [] }] })).toEqual({ size: 1 });
});

it('rejects calls after it was closed', async () => {
  client = new MatchWorkerClient();
  await client.call({ op: 'size' });
  await client.close();
  await expect(client.call({ op: 'size' })).rejects.toMatchObject({ name: 'MatchingUnavailableError', reason: 'closed' });
});

it('tells its observer where each call spent its time: queued in the worker, computing, and the round trip', async () => {
  client = new MatchWorkerClient();
  const seen: { op: string; waitMs: number; runMs: number; roundTripMs: number }[] = [];
  client.observer = (op, timing) => seen.push({ op, ...timing });
  const entries = (from: number): IndexEntry[] => Array.from({ length: 2_000 }, (_, i) => ({ record: person(from + i), roles: [] }));
  // sent together: the second batch waits in the worker while the first is indexed
  await Promise.all([client.call({ op: 'add', entries: entries(0) }), client.call({ op: 'add', entries: entries(2_000) })]);
  const [hit] = await client.call({ op: 'search', query: { ...person(2_007), id: '' }, options: { top: 1 } });
  expect(hit?.id).toBe('p-2007');
  expect(seen.map((s) => s.op)).toEqual(['add', 'add', 'search']);
  const [first, second] = seen as [(typeof seen)[0], (typeof seen)[0]];
  expect(first.runMs).toBeGreaterThan(0);
  expect(second.waitMs).toBeGreaterThanOrEqual(first.runMs * 0.9);
  for (const s of seen) expect(s.roundTripMs).toBeGreaterThanOrEqual(s.waitMs + s.runMs);
});
