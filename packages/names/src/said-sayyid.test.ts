import { describe, expect, it } from 'vitest';
import { compareNames } from './index';
import { saidNameOf } from './said-sayyid';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Said and Sayyid told apart by their spellings', () => {
  it.each([
    ['Saeed', 'Seyed'], ['سعيد', 'Sayed'], ['سيد', 'Saeed'], ['Sayyid', 'Saïd'], ['Seyit', 'Sait'], ['Saied', 'Сейид'],
    ['Seyed Ali Hosseini', 'Saeed Ali Hosseini'], ['Saeed Ali Hassan Al-Tamimi', 'Syed Aly Hasan Al-Tamimi'],
    ['Saied Ali Hassan Al-Tamimi', 'Sayed Aly Hasan Al-Tamimi'], ['سعید علی حسینی تهرانی', 'Seyed Ali Hosseini Tehrani'],
  ])('%s is not %s', (a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it.each([
    ['Saied', 'سعيد'], ['Saeed', 'Saïd'], ['Saciid', 'Saeed'], ['Syed', 'سيد'], ['Seyed', 'Sayyid'], ['Sejid', 'Sayed'],
  ])('each keeps its own spellings: %s = %s', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('a plain Said or Саид says neither, as German and Russian papers write Sayyid so (Said Dschawad Mussawi = سيد جواد موسوي)', () => {
    expect(saidNameOf('said')).toBe('');
    expect(saidNameOf('саид')).toBe('');
    expect(same('Said Dschawad Mussawi', 'سيد جواد موسوي')).toBe(true);
  });

  it('reads the word after an article (Al-Sayed, السيد) and no longer word (Saeedullah, Sayedzada)', () => {
    expect(saidNameOf('al sayed')).toBe('sayyid');
    expect(saidNameOf('السيد')).toBe('sayyid');
    expect(saidNameOf('saeedullah')).toBe('');
  });
});
