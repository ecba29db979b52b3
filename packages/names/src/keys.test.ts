import { describe, expect, it } from 'vitest';
import { nameKeys, tokenKeys } from './index';
import { alternateKeys } from './keys';

const share = (a: string, b: string): boolean => {
  const ka = nameKeys(a).filter((k) => k.startsWith('u:'));
  return nameKeys(b).some((k) => ka.includes(k));
};

describe('second blocking keys', () => {
  it('spellings split by a final h that spells a vowel share a key', () => {
    expect(tokenKeys('Hamzah')).not.toEqual(tokenKeys('Hamza'));
    expect(share('Hamzah', 'Hamza')).toBe(true);
    expect(share('Hamadeh', 'حمادة')).toBe(true);
    expect(share('Attiyah', 'Атия')).toBe(true);
  });
  it('j read as Egyptian g or Turkish c shares a key with it', () => {
    expect(share('Jamal', 'Gamal')).toBe(true);
    expect(share('Cemal', 'جمال')).toBe(true);
    expect(share("Ja'far", 'Gaafar')).toBe(true);
  });
  it('no second keys for compounds, initials or one-letter keys; at most two', () => {
    expect(alternateKeys('abdh')).toEqual([]);
    expect(alternateKeys('a.')).toEqual([]);
    expect(alternateKeys('h')).toEqual([]);
    expect(alternateKeys('jmh')).toEqual(['jm', 'km']);
    expect(alternateKeys('hsn')).toEqual([]);
  });
});
