import { describe, expect, it } from 'vitest';
import { coarseKey, queryKeys, recordKeys } from './blocking';
import { prepareRecord } from './prepare';

describe('blocking keys', () => {
  it('pairs a name with itself when a man carries his father’s name', () => {
    const keys = recordKeys(prepareRecord({ id: 'r', givenName: 'Мохаммад', familyName: 'Ецлес', fatherName: 'Мохаммад', birthDate: '1964-01-01' }));
    const query = queryKeys(prepareRecord({ id: 'q', givenName: 'محمد', familyName: 'إيكلس', fatherName: 'مُحَمَّد', birthDate: '1964' }));
    const shared = query.pairs.filter((k) => keys.includes(k));
    expect(shared.some((k) => /^p:(\w+)\+\1#/.test(k))).toBe(true);
  });

  it('meets through a pair of coarse keys when one name is keyed differently across scripts', () => {
    const keys = recordKeys(prepareRecord({ id: 'r', givenName: 'Мохаммад', familyName: 'Урасава', birthDate: '2001-01-01' }));
    const query = queryKeys(prepareRecord({ id: 'q', givenName: 'محمد', familyName: 'أوراساوا', birthDate: '2001-04-20' }));
    expect(query.pairs.filter((k) => k.startsWith('c:') && keys.includes(k)).length).toBeGreaterThan(0);
  });

  it('keys coarse keys in pairs only, never alone or banded alone', () => {
    const keys = recordKeys(prepareRecord({ id: 'r', givenName: 'Мохаммад', familyName: 'Урасава', birthDate: '2001-01-01' }));
    expect(keys.filter((k) => k.startsWith('c:')).length).toBeGreaterThan(0);
    expect(keys.filter((k) => /^[tb]:~/.test(k))).toEqual([]);
  });

  it('pairs a unit too short for a coarse key by itself (Layla)', () => {
    const keys = recordKeys(prepareRecord({ id: 'r', givenName: 'Лаила', familyName: 'Чаудхри', birthDate: '1967' }));
    const query = queryKeys(prepareRecord({ id: 'q', givenName: 'ليلى', familyName: 'چودھری', fatherName: 'رشيد', birthDate: '1967-07-25' }));
    expect(query.pairs.filter((k) => k.startsWith('c:') && keys.includes(k)).length).toBeGreaterThan(0);
  });

  it('drops weak letters (w, y, h, vowels) from coarse keys', () => {
    expect(coarseKey('wrs')).toBe(coarseKey('rs'));
    expect(coarseKey('mhmt')).toBe('~MT');
    expect(coarseKey('a')).toBe('');
  });
});
