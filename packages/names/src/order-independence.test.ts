import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Names from './index';

type NamesModule = typeof Names;

const pairsFile = path.resolve(__dirname, '../../../../shared/data/names/pairs.jsonl');
const pairs = readFileSync(pairsFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 600)
  .map((line) => JSON.parse(line) as { a: string; b: string });

async function freshEngine(): Promise<NamesModule> {
  vi.resetModules();
  return import('./index');
}

function scores(names: NamesModule): number[] {
  return pairs.map(({ a, b }) => names.nameScore(names.prepareName(a), names.prepareName(b)));
}

describe('scores do not depend on the order in which names were first met', () => {
  it('gives the same score whether a pair is met first or after thousands of other names', async () => {
    const first = scores(await freshEngine());

    const later = await freshEngine();
    // Intern enough other names first that the pairs' units get other ids (and other memo tables).
    for (let i = 0; i < 3000; i++) later.prepareName(`Zq${i.toString(36)}x Vr${(i * 7).toString(36)}k`);
    const afterOthers = scores(later);

    expect(afterOthers).toEqual(first);
  });
});
