import { describe, expect, it } from 'vitest';
import { compareNames } from './index';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Persian names made with -dad and with -zad', () => {
  it.each([
    ['Mehrdad', 'Mehrzad'], ['Мехрдад', 'Мехрзад'], ['Mehrdad', 'Мехрзад'], ['Behdad', 'Behzad'], ['Fardad', 'Farzad'],
    ['Shahdad', 'Shahzad'], ['Mehrdad', 'مهرزاد'], ['Мехрдад', 'مهرزاد'],
  ])('%s is not %s', (a, b) => {
    expect(same(a, b)).toBe(false);
    expect(compareNames(a, b).explanation.pairs[0]!.how).toContain('-zad (born)');
  });
  it('against the Persian spelling of the other too (Behdad / بهزاد, Farzad / فرداد)', () => {
    expect(same('Behdad', 'بهزاد')).toBe(false);
    expect(same('Farzad', 'فرداد')).toBe(false);
  });
  it('parts two people whose other names are one (Mehrdad / Mehrzad Naser Rahmani)', () => {
    expect(same('Mehrdad Naser Rahmani', 'Mehrzad Naser Rahmani')).toBe(false);
  });
  it('leaves each name its own spellings (Mehrzad = مهرزاد, Khodadad = Khudadad, Allahdad = Alladad)', () => {
    for (const [a, b] of [['Mehrzad', 'مهرزاد'], ['Mehrdad', 'مهرداد'], ['Khodadad', 'Khudadad'], ['Allahdad', 'Alladad'], ['Мехрзад', 'Mehrzad']] as const) {
      expect(same(a, b)).toBe(true);
    }
  });
});
