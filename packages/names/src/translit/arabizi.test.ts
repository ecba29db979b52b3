import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { normalizeName } from '../normalize';
import { fromArabizi } from './arabizi';

describe('the Arabic chat alphabet (Arabizi)', () => {
  it('reads the digits of a Latin word as the letters other spellings write (Mo7amed, 3ali, 5aled = محمد, علي, خالد)', () => {
    expect(fromArabizi('Mo7amed')).toBe('Moḥamed');
    expect(fromArabizi('5aled')).toBe('ḫaled');
    expect(fromArabizi('Sa3eed')).toBe('Saʕeed');
    // (a first ayn or hamza before a consonant is kept, standing for the first vowel other spellings write: 3bd, 3mr,
    // 2slam, 3thman = Abd, Amr or Omar, Islam, Othman)
    expect(fromArabizi('3mr 3bd el3ziz')).toBe('ʕmr ʕbd el-ʕziz');
    expect(compareNames('3mr 3bd el3ziz', 'Amr Abdel Aziz').same).toBe(true);
    expect(compareNames('2slam', 'Islam').same).toBe(true);
    expect(compareNames('3thman', 'Othman').same).toBe(true);
    expect(compareNames('2yman 5aled', 'Iman Khaled').same).toBe(true);
    // (a 7 after s, k, t, d, g is no digraph: S7ar is Sahar, سحر, not Shar)
    expect(compareNames('S7ar', 'سحر').same).toBe(true);
    expect(compareNames('S7ar', 'Shar').same).toBe(false);
    expect(compareNames('Mo7amed 7asan', 'محمد حسن').same).toBe(true);
    expect(compareNames('3ali', 'علي').same).toBe(true);
    expect(compareNames('5aled', 'خالد').same).toBe(true);
    expect(compareNames('3abd el ra7man', 'عبد الرحمن').same).toBe(true);
  });
  it('with an apostrophe, the letter with a dot (3\' غ, 7\' خ, 9\' ض: 3\'assan = غسان)', () => {
    expect(fromArabizi("3'assan")).toBe('ġassan');
    expect(fromArabizi("Mo7'tar")).toBe('Moḫtar');
    expect(compareNames("3'assan", 'غسان').same).toBe(true);
    expect(compareNames("3'assan", 'Hassan').same).toBe(false);
  });
  it('reads a word that leaves out short vowels as Arabic script is read (3li 7sen = Ali Hussein; not 7asan = 7usein)', () => {
    expect(compareNames('3li 7sen', 'Ali Hussein').same).toBe(true);
    expect(compareNames('isra2 m7mad', 'Israa Mohammed').same).toBe(true);
    expect(compareNames('7sen', 'Hamza').same).toBe(false);
    expect(compareNames('3li 7sen', 'Ali Hashem').same).toBe(false);
  });
  it('writes the article, Ben or Abu on before a digit apart (al3ali, ben3issa = al-Ali, Ben Issa)', () => {
    expect(fromArabizi('5alid al3ali')).toBe('ḫalid al-ali');
    expect(compareNames('5alid al3ali', 'Khaled Al-Ali').same).toBe(true);
    expect(compareNames('3abdelha9 ben 3issa', 'Abdelhaq Ben Aissa').same).toBe(true);
  });
  it('reads a 2 also as the qaf Egyptian and Levantine speech say as a hamza, and a 9 as the qaf of Maghrebi chat (Tare2, 3abdel2ader, 3abdelha9)', () => {
    expect(compareNames('Tare2 Ma7moud', 'Tarek Mahmoud').same).toBe(true);
    expect(compareNames('A7med 3abdel2ader', 'احمد عبدالقادر').same).toBe(true);
    expect(compareNames('3abdelha9', 'Abdelhaq').same).toBe(true);
    // (only the ʔ and ṩ this reading writes: the ṣ of a scholarly Ṣaʿīd is no qaf)
    expect(compareNames('Ṣaʿīd', 'Qaid').same).toBe(false);
  });
  it('leaves a number standing alone a number, which normalisation drops (Ahmed 1985)', () => {
    expect(fromArabizi('Ahmed 1985')).toBe('Ahmed 1985');
    expect(fromArabizi('Ali 2')).toBe('Ali 2');
    expect(normalizeName('Ali 2')).toBe('ali');
    // (a digit written twice is one letter, and one that ends a word is read too: Mo77amad, Sala7)
    expect(fromArabizi('Mo77amad')).toBe('Moḥamad');
    expect(fromArabizi('Sala7')).toBe('Salaḥ');
    // (but a digit after a consonant at the end is a number written on: Ahmed7; a full-width ３ is read as 3)
    expect(normalizeName('Ahmed7')).toBe('ahmed');
    expect(normalizeName('Sa３eed')).toBe('saʕeed');
    expect(compareNames('Mo7amed', 'Mahmoud').same).toBe(false);
  });
});
