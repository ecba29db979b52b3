import { describe, expect, it } from 'vitest';
import { compareNames } from './index';
import { farAgainstFard } from './persian-far-fard';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Persian family names with -far and with -fard', () => {
  it('are two families, in Latin and Cyrillic letters as in Persian script (Kianfar / Kianfard, Кијанфар / Кијанфард)', () => {
    expect(same('Kianfar', 'Kianfard')).toBe(false);
    expect(same('Hosseinifar', 'Hosseinifard')).toBe(false);
    expect(same('Кијанфар', 'Кијанфард')).toBe(false);
    expect(same('Kianfard', 'کیان‌فرد')).toBe(true);
  });
  it('… each one name however it is joined (Kianfar = Kian-Far = Kiyanfar)', () => {
    expect(same('Kianfar', 'Kian-Far')).toBe(true);
    expect(same('Kianfar', 'Kiyanfar')).toBe(true);
    expect(same('Sadeghifar', 'Sadeghi-Far')).toBe(true);
  });
  it('only after a front of three letters (not a name that ends so by itself)', () => {
    expect(farAgainstFard('kianfar', 'kianfard')).toBe(true);
    expect(farAgainstFard('jafar', 'jafard')).toBe(false);
    expect(farAgainstFard('far', 'fard')).toBe(false);
    expect(farAgainstFard('kianfar', 'kianfar')).toBe(false);
  });
});
