import { describe, expect, it } from 'vitest';
import { compareSex, parseSex } from './sex';

describe('sex', () => {
  it('reads M/F in the route languages', () => {
    expect(parseSex('M')).toBe('M');
    expect(parseSex('ж')).toBe('F');
    expect(parseSex('ذكر')).toBe('M');
    expect(parseSex('female')).toBe('F');
    expect(parseSex('')).toBeNull();
    expect(parseSex('unknown')).toBeNull();
  });
  it('compares', () => {
    expect(compareSex('M', 'M')).toBe('same');
    expect(compareSex('M', 'F')).toBe('different');
    expect(compareSex(null, 'F')).toBeNull();
  });
});
