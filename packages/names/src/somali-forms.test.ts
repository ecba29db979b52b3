import { describe, expect, it } from 'vitest';
import { compareNames } from './index';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Somali forms of Arabic names', () => {
  it.each([
    ['Faadumo', 'Fatima'], ['Faadumo', 'فاطمة'], ['Fadumo', 'Fatma'], ['Faduma', 'Фатима'], ['Caasha', 'Aisha'], ['Caasha', 'عائشة'],
    ['Caasha', 'Ayşe'],
  ])('%s = %s', (a, b) => {
    expect(same(a, b)).toBe(true);
  });
  it('in whole names too (Faadumo Cumar Faarax = FARAH Fatima Umar)', () => {
    expect(same('Faadumo Cumar Faarax', 'FARAH Fatima Umar')).toBe(true);
  });
  it('and not other names of their letters (Faadumo is not Fadila), saying why they are one', () => {
    expect(same('Faadumo', 'Fadila')).toBe(false);
    expect(compareNames('Caasha', 'Aisha').explanation.pairs[0]!.how).toContain('a Somali form of an Arabic name');
  });
});
