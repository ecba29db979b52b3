import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { cyrillicToSymbols } from './cyrillic';

describe('Cyrillic: the final х of Allah', () => {
  it('is dropped in -улах, -олах, -аллах (Абдулах = Abdullah)', () => {
    expect(cyrillicToSymbols('Хабибулах')).toBe(cyrillicToSymbols('Хабибула'));
    expect(cyrillicToSymbols('Абдаллах')).toBe(cyrillicToSymbols('Абдалла'));
    expect(compareNames('Хабибулах', 'Habibullah').same).toBe(true);
  });
  it('is kept where it writes ح (Салах = صلاح, Фалах = فلاح)', () => {
    expect(cyrillicToSymbols('Салах')).toMatch(/h$/);
    expect(cyrillicToSymbols('Фалах')).toMatch(/h$/);
    expect(compareNames('Салах', 'صلاح').score).toBeGreaterThan(compareNames('Сала', 'صلاح').score);
  });
});
