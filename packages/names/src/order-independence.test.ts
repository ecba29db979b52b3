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

  it('gives the same scores when spellings whose units share letters are met in another order', async () => {
    // spellings that read alike but differ in what the parser or a convention makes of them: an article with the l
    // doubled or not, a Greek σ or a Cyrillic с for sh, an s typed without its caron
    const tricky: [string, string][] = [
      ['Allami', 'لامي'], ['Alami', 'لامي'], ['Al Lami', 'اللامي'], ['Elami', 'علمي'], ['Ellami', 'لامي'],
      ['Басир', 'Башир'], ['Μπασίρ', 'Башир'], ['Sevki', 'شوقي'], ['Şevki', 'Шевки'], ['Alban', 'لبان'], ['Allaban', 'لبان'],
      ['Ould Dadda', 'ولد داداه'], ['Ouldada', 'ولد داداه'], ['میاں', 'Mian'], ['ميان', 'Mian'], ['Насър', 'Nasar'], ['Насар', 'Nasar'],
    ];
    const score = (names: NamesModule, list: [string, string][]): number[] => list.map(([a, b]) => names.nameScore(names.prepareName(a), names.prepareName(b)));
    const forward = score(await freshEngine(), tricky);
    const backward = score(await freshEngine(), [...tricky].reverse()).reverse();
    expect(backward).toEqual(forward);
  });
});
