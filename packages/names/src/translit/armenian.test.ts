import { describe, expect, it } from 'vitest';
import { normalizeName } from '../normalize';
import { armenianOtherSpellings, armenianToLatin } from './armenian';

const eastern = (name: string): string => normalizeName(name).split(' ').map((word) => armenianToLatin(word)).join(' ');
const western = (name: string): string => normalizeName(name).split(' ').map((word) => armenianToLatin(word, true)).join(' ');

describe('Armenian script', () => {
  it('is read as the papers of Armenia romanise it (Հակոբ Հակոբյան = Hakob Hakobyan, Մկրտիչ = Mkrtich)', () => {
    expect(eastern('Հակոբ Հակոբյան')).toBe('hakob hakobyan');
    expect(eastern('Գրիգոր')).toBe('grigor');
    expect(eastern('Կարապետ')).toBe('karapet');
    expect(eastern('Խաչատուր')).toBe('khachatur');
    expect(eastern('Սիրանուշ')).toBe('siranush');
    expect(eastern('Հռիփսիմե')).toBe('hripsime');
    expect(eastern('Պողոս')).toBe('poghos');
    expect(eastern('Ժիրայր Ճաղարյան')).toBe('zhirayr chagharyan');
    expect(eastern('Ծովինար Ձագիկյան')).toBe('tsovinar dzagikyan');
    expect(eastern('Ջիվան Չոբանյան')).toBe('jivan chobanyan');
  });
  it('writes no vowel where none is written, though one is said (Մկրտիչ = Mkrtich, Սարգսյան = Sargsyan)', () => {
    expect(eastern('Մկրտիչ')).toBe('mkrtich');
    expect(eastern('Սարգսյան')).toBe('sargsyan');
  });
  it('reads ու as u, և as ev (yev at the start), a first ե as ye and a first ո as vo', () => {
    expect(eastern('Հարություն')).toBe('harutyun');
    expect(eastern('Հովհաննես')).toBe('hovhannes');
    expect(eastern('Գևորգ')).toBe('gevorg');
    expect(eastern('Տաթևիկ')).toBe('tatevik');
    expect(eastern('Երևան')).toBe('yerevan');
    expect(eastern('Եղիշե')).toBe('yeghishe');
    expect(eastern('Ոսկան')).toBe('voskan');
    expect(eastern('Հայկ')).toBe('hayk');
  });
  it('reads և however it was typed: the ligature or its two letters', () => {
    expect(armenianToLatin('գևորգ')).toBe('gevorg');
    expect(armenianToLatin('գեւորգ')).toBe('gevorg');
  });
  it('reads the classical orthography of the diaspora and of Iran (Յակոբեան, Յարութիւն, Գէորգ, Աւետիս)', () => {
    expect(eastern('Յակոբեան')).toBe('hakobyan');
    expect(eastern('Յարութիւն')).toBe('harutyun');
    expect(eastern('Յովհաննէս')).toBe('hovhannes');
    expect(eastern('Գէորգ')).toBe('gevorg');
    expect(eastern('Աւետիս')).toBe('avetis');
  });
  it('leaves out its punctuation inside a word (the emphasis mark ՛)', () => {
    expect(armenianToLatin('ա՛րմեն')).toBe('armen');
  });
});

describe('Western Armenian', () => {
  it('says the stops and affricates the other way round (Հակոբ = Hagop, Կարապետ = Garabed, Պողոս = Boghos)', () => {
    expect(western('Հակոբ')).toBe('hagop');
    expect(western('Գրիգոր')).toBe('krikor');
    expect(western('Գևորգ')).toBe('kevork');
    expect(western('Կարապետ')).toBe('garabed');
    expect(western('Պողոս')).toBe('boghos');
    expect(western('Վարդուհի')).toBe('vartuhi');
    expect(western('Ծովիկ')).toBe('dzovig');
  });
  it('writes the -յան and classical -եան of family names -ian (Hagopian, Haroutiun)', () => {
    expect(western('Հակոբյան')).toBe('hagopian');
    expect(western('Յակոբեան')).toBe('hagopian');
    expect(western('Յարութիւն')).toBe('harutiun');
  });
});

describe('the other spellings of an Armenian word', () => {
  it('are the Western one and the Russian one without the h at the start or between vowels', () => {
    expect(armenianOtherSpellings('հակոբ')).toEqual(['hagop', 'akob']);
    expect(armenianOtherSpellings('սահակ')).toEqual(['sahag', 'saak']);
    expect(armenianOtherSpellings('հովհաննես')).toEqual(['ovhannes', 'ohannes']);
  });
  it('… and a first յ as the y of the reformed orthography (Յանա = Yana)', () => {
    expect(armenianOtherSpellings('յանա')).toContain('yana');
  });
  it('are none where every convention writes the word alike (Արմեն)', () => {
    expect(armenianOtherSpellings('արմեն')).toEqual([]);
  });
});
