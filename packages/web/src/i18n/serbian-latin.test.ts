import { describe, expect, it } from 'vitest';
import { serbianCyrillicToLatin } from './serbian-latin';

describe('serbianCyrillicToLatin', () => {
  it('maps every letter, digraphs included', () => {
    expect(serbianCyrillicToLatin('Љубљана, Њиве, џеп, Ђорђе, Ћуприја')).toBe('Ljubljana, Njive, džep, Đorđe, Ćuprija');
  });
  it('writes digraphs all in capitals inside capitalised words', () => {
    expect(serbianCyrillicToLatin('ЉУБАВ')).toBe('LJUBAV');
  });
  it('leaves ICU syntax and Latin text alone', () => {
    expect(serbianCyrillicToLatin('{count, plural, one {# случај} other {# случаја}}')).toBe('{count, plural, one {# slučaj} other {# slučaja}}');
  });
});
