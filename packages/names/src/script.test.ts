import { describe, expect, it } from 'vitest';
import { detectScript } from './script';

describe('detectScript', () => {
  it.each([
    ['محمد حسين', 'arabic'], ['حبیب‌الله', 'arabic'], ['چودھری', 'arabic'],
    ['Мухамед Хусеин', 'cyrillic'], ['Џамал', 'cyrillic'], ['Їжак', 'cyrillic'],
    ['Muhamed Husein', 'latin'], ['Hatidža', 'latin'], ['Şükrü', 'latin'],
    ['ተስፋየ', 'ethiopic'], ['Μωχάμεντ', 'greek'], ['মোহাম্মদ রহমান', 'bengali'], ['李小龍', 'other'],
    ['Muhamed Мухамед', 'mixed'], ['', 'empty'], ['😀 123 -', 'empty'],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
