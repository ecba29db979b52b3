import { describe, expect, it } from 'vitest';
import { compareFullNames, compareNameParts } from './name-levels';
import { prepareRecord } from './prepare';
import type { MatchRecord } from './record';
import { prepareName } from '@kinlink/names';

const rec = (r: Omit<MatchRecord, 'id'>) => prepareRecord({ id: 'x', ...r });

describe('compareFullNames', () => {
  it('sees one man across Arabic, Cyrillic and Latin as the same name', () => {
    const arabic = rec({ givenName: 'محمد حسين', familyName: 'الخطيب' });
    const cyrillic = rec({ givenName: 'Мухамед Хусеин', familyName: 'Ал-Хатиб' });
    const latin = rec({ givenName: 'Mohammed Hussein', familyName: 'Alkhatib' });
    expect(compareFullNames(arabic, cyrillic)).toBe('exact');
    expect(compareFullNames(cyrillic, latin)).toBe('exact');
  });
  it('recognises swapped given and family names', () => {
    expect(compareFullNames(rec({ givenName: 'Hassan', familyName: 'Rahimi' }), rec({ givenName: 'Rahimi', familyName: 'Hassan' }))).toBe('reordered');
  });
  it('recognises a lineage prefix, also through the father and grandfather fields', () => {
    const short = rec({ givenName: 'Ahmad', familyName: 'Mohammad' });
    expect(compareFullNames(short, rec({ givenName: 'Ahmad Mohammad Hassan', familyName: 'Al-Ali' }))).toBe('lineage-prefix');
    expect(compareFullNames(short, rec({ givenName: 'Ahmad', fatherName: 'Mohammad', grandfatherName: 'Hassan', familyName: 'Al-Ali' }))).toBe('lineage-prefix');
  });
  it('gives partial agreement when only one name agrees, and tells different names apart', () => {
    expect(compareFullNames(rec({ givenName: 'Khalid', familyName: 'Haddad' }), rec({ givenName: 'Khalid', familyName: 'Sultani' }))).toBe('partial');
    expect(compareFullNames(rec({ givenName: 'Hassan', familyName: 'Popal' }), rec({ givenName: 'Hussein', familyName: 'Tesfaye' }))).toBe('different');
  });
  it('has no level when a side has no name', () => {
    expect(compareFullNames(rec({}), rec({ givenName: 'Ali' }))).toBeNull();
  });
});

describe('compareNameParts', () => {
  it('compares fathers’ names', () => {
    expect(compareNameParts(prepareName('Ибрахим'), prepareName('إبراهيم'))).toBe('exact');
    expect(compareNameParts(prepareName('Hassan'), prepareName('Hussein'))).not.toBe('exact');
    expect(compareNameParts(prepareName('Tariq'), prepareName('Jamal'))).toBe('different');
    expect(compareNameParts(null, prepareName('Jamal'))).toBeNull();
  });
});
