/**
 * The Arabic chat alphabet (Arabizi), in which Arabs type their own names in Latin letters on phones and online forms:
 * digits for the letters Latin has none for (Mo7amed, 3ali, Sa3eed, 5aled = محمد, علي, سعيد, خالد). Read as the letters
 * of scholarly transliteration, which join no letter before them into a digraph: 3 ʕ (ayn), 2 ʔ (hamza), 5 and 7' ḫ,
 * 7 ḥ, 6 ṭ, 6' ẓ, 3' ġ, 8 q, 9 ṩ (ص, a letter only this reading writes, which word-readings.ts also reads as a qaf), 9' ḍ;
 * a digit written twice is one letter (Mo77amad). Only digits inside or beside a Latin word are read so, also one that
 * ends it (Sala7, Rabi3): a number standing alone is no letter.
 */
const ARABIZI_WORD = /[a-z][2356789]|[2356789]['’]?[a-z]/i;
const ARABIZI_DIGIT = /(?<=[a-z]['’]?|^|[\s-])([2356789])\1?(['’]?)(?=['’]?[a-z]|$|[\s-])/gi;
// (as the letters of scholarly transliteration, which join no letter before them into a digraph: S7ar is s + ḥ, not sh)
const WITH_MARK: Record<string, string> = { 3: 'ġ', 6: 'ẓ', 7: 'ḫ', 9: 'ḍ' };
// (3 as the letter ʕ of the ayn; 2 as ʔ and 9 as ṩ, which a word reading also takes for the qaf that Egyptian and
// Levantine chat writes 2 and Maghrebi chat 9: Tare2, 3abdelha9 = Tareq, Abdelhaq — word-readings.ts)
const PLAIN: Record<string, string> = { 2: 'ʔ', 3: 'ʕ', 5: 'ḫ', 6: 'ṭ', 7: 'ḥ', 8: 'q', 9: 'ṩ' };

const lettersClass = (letters: Iterable<string>): string => `[${[...new Set(letters)].join('')}]`;
/** The letters of the chat alphabet's reading that no other Latin spelling writes (all its letters but q). */
const CHAT_LETTERS = new RegExp(lettersClass([...Object.values(PLAIN), ...Object.values(WITH_MARK)].filter((l) => l !== 'q')));
/** Whether a (normalised) text holds a letter the chat alphabet's reading wrote. */
export const writesChatLetters = (text: string): boolean => CHAT_LETTERS.test(text);
/** The letters of that reading that may also be a qaf (2 and 9), everywhere in a text. */
export const CHAT_QAF = new RegExp(lettersClass([PLAIN[2]!, PLAIN[9]!]), 'g');
const CHAT_QAF_ANYWHERE = new RegExp(CHAT_QAF.source);
export const hasChatQaf = (text: string): boolean => CHAT_QAF_ANYWHERE.test(text);
// an ayn or hamza that begins a word (or the name after a particle) before a consonant begins it with a vowel the digit
// leaves unwritten: kept as the letter, which other spellings' first vowel stands for (3bd, 3mr, 2slam, 3thman = Abd,
// Amr or Omar, Islam, Othman); before a vowel it is that vowel's onset, left out (3ali, 2a7mad)
const FIRST_GLOTTAL = /^([23])(?=[^aeiou23'’])/i;
const FIRST_ONSET = /^[23](?=[aeiou])/i;
// the article, Ben, Ibn or Abu written on before the digit of an ayn or hamza (al3ali, el3obeidi, ben3issa = al-Ali,
// el-Obeidi, Ben Issa): apart, as the name after it begins with that letter (before another digit it stays on: al7asan
// reads as Alhasan does)
const PARTICLE_BEFORE_DIGIT = /^(al|el|il|ul|ben|bin|ibn|bou|abu|abou|abo)(?=[23][a-z])/i;

/** `text` with the Arabizi digits of its Latin words read as letters; unchanged when it has none. */
export function fromArabizi(text: string): string {
  if (!ARABIZI_WORD.test(text)) return text;
  return text.split(/(\s+)/).map((word) => (ARABIZI_WORD.test(word) ? readWord(word) : word)).join('');
}

function readWord(word: string): string {
  const parts = PARTICLE_BEFORE_DIGIT.test(word) ? word.replace(PARTICLE_BEFORE_DIGIT, '$1-').split('-') : [word];
  return parts.map((part) => part.replace(FIRST_GLOTTAL, (digit: string) => PLAIN[digit]!).replace(FIRST_ONSET, '').replace(ARABIZI_DIGIT, letterOf)).join('-');
}

/** The letter a digit stands for, with the apostrophe after it that marks the dotted letter (3' غ) or kept (2' = '). */
function letterOf(match: string, digit: string, mark: string, at: number, word: string): string {
  // (a digit that ends a word after a consonant is a number written on, not a letter: Ahmed7)
  if (at + match.length === word.length && at > 0 && /[b-df-hj-np-tv-z]/i.test(word[at - 1]!)) return '';
  return mark !== '' && WITH_MARK[digit] !== undefined ? WITH_MARK[digit]! : PLAIN[digit]! + mark;
}
