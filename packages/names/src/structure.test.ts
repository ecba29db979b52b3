import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize';
import { parseName } from './structure';

const units = (name: string): [string, string, boolean][] =>
  parseName(normalizeName(name)).units.map((u) => [u.kind, u.symbols, u.article]);

describe('name structure', () => {
  it('X-uddin joined: Latin with a link vowel u/e/o, Arabic script with the article', () => {
    expect(units('Salahuddin')[0]![0]).toBe('din-compound');
    expect(units('Nasreddin')[0]![0]).toBe('din-compound');
    expect(units('نصرالدين')[0]![0]).toBe('din-compound');
    expect(units('صلاح الدين')[0]![0]).toBe('din-compound');
  });
  it('a family name in -adin / ادين is not an -uddin compound: Haddadin, الحدادين', () => {
    expect(units('Haddadin')[0]![0]).toBe('name');
    expect(units('الحدادين')[0]![0]).toBe('name');
  });
  it('the final h of Allah may be left out (Abdulla), the h of Salah (صلاح) may not', () => {
    expect(units('Salah')[0]![1]).toBe('salah');
    expect(units('Habibulla')[0]![1]).toBe(units('Habibullah')[0]![1]);
  });
});
