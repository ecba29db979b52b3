import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { normalizeName } from '../normalize';
import { fromArabizi } from './arabizi';

describe('the Arabic chat alphabet (Arabizi)', () => {
  it('reads the digits of a Latin word as the letters other spellings write (Mo7amed, 3ali, 5aled = محمد, علي, خالد)', () => {
    expect(fromArabizi('Mo7amed')).toBe('Mohamed');
    expect(fromArabizi('5aled')).toBe('khaled');
    expect(fromArabizi('Sa3eed')).toBe("Sa'eed");
    expect(compareNames('Mo7amed 7asan', 'محمد حسن').same).toBe(true);
    expect(compareNames('3ali', 'علي').same).toBe(true);
    expect(compareNames('5aled', 'خالد').same).toBe(true);
    expect(compareNames('3abd el ra7man', 'عبد الرحمن').same).toBe(true);
  });
  it('with an apostrophe, the letter with a dot (3\' غ, 7\' خ, 9\' ض: 3\'assan = غسان)', () => {
    expect(fromArabizi("3'assan")).toBe('ghassan');
    expect(fromArabizi("Mo7'tar")).toBe('Mokhtar');
    expect(compareNames("3'assan", 'غسان').same).toBe(true);
    expect(compareNames("3'assan", 'Hassan').same).toBe(false);
  });
  it('leaves a number standing alone a number, which normalisation drops (Ahmed 1985)', () => {
    expect(fromArabizi('Ahmed 1985')).toBe('Ahmed 1985');
    expect(fromArabizi('Ali 2')).toBe('Ali 2');
    expect(normalizeName('Ali 2')).toBe('ali');
    // (a digit written twice is one letter, and one that ends a word is read too: Mo77amad, Sala7)
    expect(fromArabizi('Mo77amad')).toBe('Mohamad');
    expect(fromArabizi('Sala7')).toBe('Salah');
    expect(compareNames('Mo7amed', 'Mahmoud').same).toBe(false);
  });
});
