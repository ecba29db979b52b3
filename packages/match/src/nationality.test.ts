import { describe, expect, it } from 'vitest';
import { compareNationalities, normalizeNationality } from './nationality';

describe('normalizeNationality', () => {
  it('reads codes and names in any script', () => {
    for (const s of ['SYR', 'sy', 'Syria', 'Syrian', 'سوريا', 'Сирија', 'Сирия', 'Συρία']) expect(normalizeNationality(s)).toBe('SYR');
    for (const s of ['AFG', 'Afghanistan', 'افغانستان', 'Авганистан', 'Афганистан']) expect(normalizeNationality(s)).toBe('AFG');
    expect(normalizeNationality('Северна Македонија')).toBe('MKD');
    expect(normalizeNationality('ኤርትራ')).toBe('ERI');
  });
  it('keeps unknown names comparable and empty as unknown', () => {
    expect(normalizeNationality('Atlantis')).toBe('atlantis');
    expect(normalizeNationality('  ')).toBeNull();
    expect(normalizeNationality('stateless')).toBe('XXA');
  });
  it('compares', () => {
    expect(compareNationalities(normalizeNationality('Irak'), normalizeNationality('العراق'))).toBe('same');
    expect(compareNationalities('IRQ', 'IRN')).toBe('different');
    expect(compareNationalities(null, 'IRN')).toBeNull();
  });
});
