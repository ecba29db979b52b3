import { describe, expect, it } from 'vitest';
import { compareNames, SAME_NAME_THRESHOLD } from './index';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('a final ه after alif (ة or ه before normalisation)', () => {
  it('is the taa marbuta pronounced t (Najat, Hayat = نجاة, حياة)', () => {
    expect(same('Najat', 'نجاة')).toBe(true);
    expect(same('Hayat', 'حياة')).toBe(true);
    expect(same('Наджат', 'نجاة')).toBe(true);
  });
  it('or the h of Persian شاه, سپاه (Shah, Ahmad Shah, Sepah)', () => {
    expect(same('Shah', 'شاه')).toBe(true);
    expect(same('Ahmad Shah', 'احمد شاه')).toBe(true);
    expect(same('Sepah', 'سپاه')).toBe(true);
  });
});

describe('taa marbuta after a consonant spelt -et or -at (Turkish, Bosnian, Persian, Urdu)', () => {
  it('Nimet, Hikmet, Rahmat, Ismet, Nusret, Izzet = نعمة حكمة رحمة عصمة نصرة عزة', () => {
    expect(same('Nimet', 'نعمة')).toBe(true);
    expect(same('Hikmet', 'حكمة')).toBe(true);
    expect(same('Хикмет', 'حكمة')).toBe(true);
    expect(same('Rahmat', 'رحمة')).toBe(true);
    expect(same('Ismet', 'عصمة')).toBe(true);
    expect(same('Nusret', 'نصرة')).toBe(true);
    expect(same('Izzet', 'عزة')).toBe(true);
  });
  it('only against a final ه: a t is not dropped elsewhere (Hamdat / حمد, Hayat / حيا)', () => {
    expect(compareNames('Hamdat', 'حمد').score).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(compareNames('Hayat', 'حيا').score).toBeLessThan(SAME_NAME_THRESHOLD);
  });
  it('a name in -āt written with its alif is closer to that spelling (Barakat: بركات before بركة)', () => {
    expect(compareNames('Barakat', 'بركات').score).toBeGreaterThan(compareNames('Barakat', 'بركة').score);
  });
});
