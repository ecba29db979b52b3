/**
 * Armenian script → phonetic symbols, by way of the romanisation the papers of Armenia use (Հակոբ Հակոբյան = Hakob
 * Hakobyan, Գևորգ = Gevorg, Մկրտիչ = Mkrtich), so that an Armenian spelling is read as the Latin one its owner would
 * write. Both orthographies are read: the reformed one of Armenia and the classical one of the diaspora and of Iran
 * (Յակոբեան, Յարութիւն, Գէորգ = Hakobyan, Harutyun, Gevorg).
 */
import { latinToSymbols } from './latin';

const LETTERS: Record<string, string> = {
  'ա': 'a', 'բ': 'b', 'գ': 'g', 'դ': 'd', 'ե': 'e', 'զ': 'z', 'է': 'e', 'ը': 'e', 'թ': 't', 'ժ': 'zh', 'ի': 'i',
  'լ': 'l', 'խ': 'kh', 'ծ': 'ts', 'կ': 'k', 'հ': 'h', 'ձ': 'dz', 'ղ': 'gh', 'ճ': 'ch', 'մ': 'm', 'յ': 'y', 'ն': 'n',
  'շ': 'sh', 'ո': 'o', 'չ': 'ch', 'պ': 'p', 'ջ': 'j', 'ռ': 'r', 'ս': 's', 'վ': 'v', 'տ': 't', 'ր': 'r', 'ց': 'ts',
  'ւ': 'v', 'փ': 'p', 'ք': 'k', 'օ': 'o', 'ֆ': 'f',
};
// (ւ is u after ո, and alone the v of the classical orthography: Աւետիս = Avetis)
// Western Armenian says the voiced and voiceless stops and affricates of the classical language the other way round,
// and its papers write them so (Հակոբ, Գրիգոր, Կարապետ, Պողոս = Hagop, Krikor, Garabed, Boghos)
const WESTERN_LETTERS: Record<string, string> = {
  ...LETTERS, 'բ': 'p', 'պ': 'b', 'գ': 'k', 'կ': 'g', 'դ': 't', 'տ': 'd', 'ջ': 'ch', 'ճ': 'j', 'ծ': 'dz', 'ձ': 'ts',
};
const VOWELS = new Set(['ա', 'ե', 'է', 'ը', 'ի', 'ո', 'օ']);

/**
 * `western`: as Western Armenian is said and the papers of Syria, Lebanon and Iraq write it (Garabed, Hagopian);
 * otherwise as Eastern Armenian is.
 */
export function armenianToLatin(word: string, western = false): string {
  const letters = lettersOf(word);
  const table = western ? WESTERN_LETTERS : LETTERS;
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    const prev = letters[i - 1];
    const next = letters[i + 1];
    const afterVowel = prev !== undefined && (VOWELS.has(prev) || (prev === 'ւ' && letters[i - 2] === 'ո'));
    if (ch === 'ո' && next === 'ւ') {
      out += 'u';
      i++;
    } else if (ch === 'ե' && next === 'ւ') {
      // the ligature և, which normalisation writes as its two letters (Գևորգ, Երևան = Gevorg, Yerevan)
      out += i === 0 ? 'yev' : 'ev';
      i++;
    } else if (ch === 'ե' && (next === 'ա' || next === 'օ')) {
      // (the classical եա of -եան, said ya, which Western papers write -ian after a consonant, as they write the յա of
      // the reformed -յան: Յակոբեան = Hakobyan, Hagopian)
      out += western && prev !== undefined && !VOWELS.has(prev) ? 'i' : 'y';
    } else if (ch === 'ե') {
      out += i === 0 ? 'ye' : 'e';
    } else if (ch === 'ո') {
      // (said vo at the start of a word and after a vowel: Ոսկան = Voskan, classical Գէորգ = Gevorg)
      out += i === 0 || afterVowel ? 'vo' : 'o';
    } else if (ch === 'ի' && next === 'ւ') {
      // (the classical իւ, said yu: Յարութիւն = Harutyun, Haroutioun)
      out += western && prev !== undefined && !VOWELS.has(prev) ? 'iu' : 'yu';
      i++;
    } else if (ch === 'յ' && i === 0 && next !== undefined && VOWELS.has(next)) {
      // (a first յ before a vowel is the h of the classical orthography: Յակոբ, Յովհաննէս = Hakob, Hovhannes)
      out += 'h';
    } else if (ch === 'յ' && western && next === 'ա' && prev !== undefined && !VOWELS.has(prev)) {
      out += 'i';
    } else {
      out += table[ch] ?? '';
    }
  }
  return out;
}

function lettersOf(word: string): string[] {
  return [...word.toLowerCase().replace(/և/g, 'եւ')].filter((ch) => LETTERS[ch] !== undefined);
}

/**
 * The other romanisations papers use for an Armenian word beside the Eastern one: the Western (Հակոբ = Hagop); the
 * Russian, which leaves out the h at the start and between vowels (Հակոբ, Հայկ, Սահակ = Акоп, Айк, Саак), and the ov
 * of Hovh- too (Հովհաննես = Оганес, Ованес); a first յ as the y of the reformed orthography, which writes the h Հ
 * (Յանա, Յակով = Yana, Yakov).
 */
export function armenianOtherSpellings(word: string): string[] {
  const latin = armenianToLatin(word);
  const spellings = [armenianToLatin(word, true)];
  const russian = latin.replace(/^h/, '').replace(/(?<=[aeiou])h(?=[aeiou])/g, '');
  spellings.push(russian);
  if (russian.startsWith('ovh')) spellings.push(`o${russian.slice(2)}`);
  if (/^յ/i.test(word)) spellings.push(`y${latin.slice(1)}`);
  return [...new Set(spellings)].filter((s) => s !== latin);
}

export const armenianToSymbols = (word: string): string => latinToSymbols(armenianToLatin(word));
