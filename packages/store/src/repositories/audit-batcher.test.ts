import type { AuditEntryInput } from '@kinlink/core';
import { describe, expect, it } from 'vitest';
import { AuditBatcher } from './audit-batcher';

const entry = (recordId: string): AuditEntryInput => ({
  actorUserId: 'u', actorOrganisationId: 'o', action: 'case.read', recordType: 'case', recordId, ip: null, details: {},
});

/** An append that records each batch and takes a turn of the event loop, like a database round trip. */
function recordingAppend(failWhen: (ids: string[]) => boolean = () => false) {
  const batches: string[][] = [];
  const append = async (entries: readonly AuditEntryInput[]) => {
    const ids = entries.map((e) => e.recordId ?? '');
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (failWhen(ids)) throw new Error(`append of ${ids.join(',')} failed`);
    batches.push(ids);
  };
  return { batches, append };
}

describe('AuditBatcher', () => {
  it('appends alone when nothing else waits, and together what arrives while an append runs, in order', async () => {
    const { batches, append } = recordingAppend();
    const batcher = new AuditBatcher(append);
    await batcher.add([entry('a')]);
    expect(batches).toEqual([['a']]);
    await new Promise((resolve) => setTimeout(resolve, 5)); // idle again
    const first = batcher.add([entry('b')]);
    const rest = [batcher.add([entry('c'), entry('d')]), batcher.add([entry('e')])];
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
  });

  it('fails only the request whose entries cannot be stored; the others of its batch are stored', async () => {
    const { batches, append } = recordingAppend((ids) => ids.includes('bad'));
    const batcher = new AuditBatcher(append);
    const running = batcher.add([entry('a')]);
    const outcomes = await Promise.allSettled([running, batcher.add([entry('b')]), batcher.add([entry('bad')]), batcher.add([entry('c')])]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([['a'], ['b'], ['c']]);
  });

  it('keeps working after a failed append', async () => {
    const { batches, append } = recordingAppend((ids) => ids.includes('bad'));
    const batcher = new AuditBatcher(append);
    await expect(batcher.add([entry('bad')])).rejects.toThrow(/bad failed/);
    await batcher.add([entry('next')]);
    expect(batches).toEqual([['next']]);
  });

  it('never puts more than 500 entries in one append, and never splits one request', async () => {
    const { batches, append } = recordingAppend();
    const batcher = new AuditBatcher(append);
    const first = batcher.add([entry('first')]);
    const many = Array.from({ length: 3 }, (_, r) => batcher.add(Array.from({ length: 300 }, (_, i) => entry(`${r}.${i}`))));
    await Promise.all([first, ...many]);
    expect(batches.map((b) => b.length)).toEqual([1, 300, 300, 300]);
  });
});
