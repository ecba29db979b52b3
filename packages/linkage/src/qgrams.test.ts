import { describe, expect, it } from 'vitest';
import { nameQgrams, qgrams } from './qgrams';
import { fieldTokens } from './fieldTokens';

describe('qgrams', () => {
  it('pads so first and last letters count', () => {
    expect(qgrams('ali', 2)).toEqual(['_a', 'al', 'li', 'i_']);
    expect(qgrams('ali', 3)).toEqual(['__a', '_al', 'ali', 'li_', 'i__']);
    expect(qgrams('', 2)).toEqual([]);
  });

  it('collects the set over all name units', () => {
    expect([...nameQgrams(['ana', 'ana'], 2)].sort()).toEqual(['_a', 'a_', 'an', 'na']);
  });
});

describe('fieldTokens', () => {
  it('gives birth years overlapping windows and skips absent or implausible values', () => {
    const tokens = fieldTokens({ id: '1', nameTokens: ['Ali'], birthYear: 1990, sex: 'M' }, 2);
    expect(tokens.name).toEqual(['_a', 'al', 'li', 'i_']);
    expect(tokens.birthYear).toEqual(['y1990', 'w1989', 'w1990', 'w1991']);
    expect(tokens.sex).toEqual(['M']);
    const empty = fieldTokens({ id: '2', nameTokens: [], birthYear: 19900, sex: undefined }, 2);
    expect(empty).toEqual({ name: [], birthYear: [], sex: [] });
  });
});
