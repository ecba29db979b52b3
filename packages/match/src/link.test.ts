import { describe, expect, it } from 'vitest';
import { dedupeRecords } from './dedupe';
import { linkRecords, oneToOne } from './link';
import type { LinkedPair } from './link';
import type { MatchRecord } from './record';

const left: MatchRecord[] = [
  { id: 'L1', givenName: 'Ahmad', familyName: 'Rahimi', birthDate: '1985-03-02', sex: 'M', nationality: 'AFG' },
  { id: 'L2', givenName: 'Fatima', familyName: 'Haddad', birthDate: '1990', sex: 'F', nationality: 'SYR' },
];
const right: MatchRecord[] = [
  { id: 'R1', givenName: 'Ахмад', familyName: 'Рахими', birthDate: '1985-03-02', sex: 'M', nationality: 'Авганистан' },
  { id: 'R2', givenName: 'فاطمة', familyName: 'حداد', birthDate: '1990-01-01', sex: 'F', nationality: 'سوريا' },
  { id: 'R3', givenName: 'Ahmed', familyName: 'Rahimi', birthDate: '1962-11-20', sex: 'M', nationality: 'AFG' },
];

describe('linkRecords', () => {
  it('links one-to-one across scripts', () => {
    const pairs = linkRecords(left, right, { threshold: 0.5 });
    const matched = Object.fromEntries(pairs.filter((p) => p.match).map((p) => [p.leftId, p.rightId]));
    expect(matched).toEqual({ L1: 'R1', L2: 'R2' });
  });
  it('returns up to K candidates per left record with --top, whatever their probability', () => {
    const pairs = linkRecords(left, right, { top: 2 });
    expect(pairs.filter((p) => p.leftId === 'L1').map((p) => p.rightId)).toEqual(['R1', 'R3']);
  });
});

describe('oneToOne', () => {
  it('uses each record once, best weight first', () => {
    const pair = (l: string, r: string, weight: number): LinkedPair => ({ leftId: l, rightId: r, id: r, weight, probability: 0.5, match: true, fields: [] });
    const out = oneToOne([pair('a', 'x', 5), pair('b', 'x', 9), pair('a', 'y', 3)]);
    expect(out.map((p) => `${p.leftId}${p.rightId}`).sort()).toEqual(['ay', 'bx']);
  });
});

describe('dedupeRecords', () => {
  it('clusters the same person registered twice and leaves others alone', () => {
    const clusters = dedupeRecords([...right, { id: 'R4', givenName: 'Fatima', familyName: 'Haddad', birthDate: '1990-01-01', sex: 'F', nationality: 'SYR' }]);
    const multi = clusters.filter((c) => c.ids.length > 1);
    expect(multi.map((c) => c.ids)).toEqual([['R2', 'R4']]);
    expect(clusters.reduce((s, c) => s + c.ids.length, 0)).toBe(4);
  });
  it('refuses duplicate ids', () => {
    expect(() => dedupeRecords([right[0]!, right[0]!])).toThrow(/duplicate id/);
  });
});
