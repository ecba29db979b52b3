import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { ethiopicToSymbols } from './ethiopic';

describe('Ethiopic ጸ and ፀ', () => {
  it('are ts, as Tigrinya and Amharic names are spelt in Latin and Cyrillic (Tsegay, Tsehaye, Tsion)', () => {
    expect(ethiopicToSymbols('ጸጋይ').startsWith('ts')).toBe(true);
    expect(compareNames('ጸጋይ', 'Tsegay').same).toBe(true);
    expect(compareNames('ፀሃየ', 'Tsehaye').same).toBe(true);
    expect(compareNames('ጽዮን', 'Tsion').same).toBe(true);
    expect(compareNames('ጸጋይ', 'Цегай').same).toBe(true);
  });
  it('not s (Tsegay is not Segay = ሰጋይ)', () => {
    expect(compareNames('ጸጋይ', 'Tsegay').score).toBeGreaterThan(compareNames('ሰጋይ', 'Tsegay').score);
  });
});
