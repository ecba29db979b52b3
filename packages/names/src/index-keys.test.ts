import { describe, expect, it } from 'vitest';
import { nameKeys, prepareName, readingKeys, tokenKeys } from './index';
import { nameKeysFromUnitKeys } from './index-keys';

describe('nameKeysFromUnitKeys', () => {
  it('gives the keys nameKeys gives the whole name, from the unit keys of its parts', () => {
    const names: [string, string][] = [
      ['Мухамед', 'Ал-Хатиб'],
      ['محمد', 'الخطيب'],
      ['Abdul Rahman', 'Haddad'],
      ['Ahmad Mohammad Hassan', 'Al-Ali'],
      ['Tesfaye', 'Gebre Mariam'],
      ['Fatima', 'Popal'],
      ['Aicha', 'Rasjid'],
    ];
    for (const [given, family] of names) {
      const parts = [...tokenKeys(prepareName(given)), ...tokenKeys(prepareName(family))];
      const readings = [...readingKeys(prepareName(given)), ...readingKeys(prepareName(family))];
      expect(nameKeysFromUnitKeys(parts, readings), `${given} ${family}`).toEqual(nameKeys(prepareName(`${given} ${family}`)));
    }
  });

  it('gives one empty key for no units, as nameKeys does', () => {
    expect(nameKeysFromUnitKeys([])).toEqual(nameKeys(prepareName('')));
  });
});
