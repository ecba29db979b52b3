import { describe, expect, it } from 'vitest';
import { createClkEncoder } from './encoder';
import { dice } from './dice';
import { linkageRecordFromNames } from './fromNames';

describe('linkageRecordFromNames', () => {
  const encoder = createClkEncoder(new TextEncoder().encode('cross-script-linkage-secret-0001'));
  const clk = (names: string[], year: number) => encoder.encode(linkageRecordFromNames('x', names, year, 'M'));

  it('makes Arabic, Cyrillic and Latin spellings of one man meet', () => {
    const arabic = clk(['محمد حسين', 'الخطيب'], 1990);
    const cyrillic = clk(['Мухамед Хусеин', 'Ал-Хатиб'], 1990);
    const latin = clk(['Mohammed Hussein', 'Alkhatib'], 1990);
    const other = clk(['Абдулла', 'Карими'], 1990);
    expect(dice(arabic, cyrillic)).toBeGreaterThan(0.9);
    expect(dice(arabic, latin)).toBeGreaterThan(0.9);
    expect(dice(arabic, other)).toBeLessThan(0.7);
  });

  it('keeps no name text in the record beyond comparable tokens', () => {
    const record = linkageRecordFromNames('ref-1', ['Мухамед Хусеин'], 1990, 'M');
    expect(record.nameTokens.every((token) => /^[a-z]+$/.test(token))).toBe(true);
    expect(record).toMatchObject({ id: 'ref-1', birthYear: 1990, sex: 'M' });
  });
});
