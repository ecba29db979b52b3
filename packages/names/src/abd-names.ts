/**
 * The names that follow Abd- in a compound: the divine names, and the names Shia and popular compounds put after it
 * (Abd al-Nabi, Abd al-Husayn, Abd al-Zahra, Abd al-Masih). Consulted where the words could as well be two names
 * (structure.ts): after Abdo, Abdu, عبده (Abdo Qaid, Hisham Abdo Saif), after Abd before a nisba (Abd al-Alwani, the name
 * Abd before a family name), and after the Somali link i before a vowel (Abdiaziz, not Abdiomar).
 */
import { phoneticWord, wordSimilarity, type PhoneticWord } from './distance';
import { wordToSymbols } from './translit/index';

const NAMES_AFTER_ABD = [
  // the divine names
  'rahman', 'rahim', 'malik', 'quddus', 'salam', 'mumin', 'muhaymin', 'aziz', 'jabbar', 'mutakabbir', 'khaliq', 'bari',
  'musawwir', 'ghaffar', 'ghafur', 'qahhar', 'wahhab', 'razzaq', 'raziq', 'fattah', 'alim', 'qabid', 'basit', 'khafid',
  'rafi', 'muizz', 'samii', 'basir', 'hakam', 'adl', 'latif', 'khabir', 'halim', 'azim', 'shakur', 'ali', 'aliyy', 'kabir',
  'hafiz', 'muqit', 'hasib', 'jalil', 'karim', 'raqib', 'mujib', 'wasi', 'hakim', 'wadud', 'majid', 'baith', 'shahid',
  'haqq', 'wakil', 'qawi', 'matin', 'wali', 'hamid', 'muhsi', 'mubdi', 'muid', 'muhyi', 'hayy', 'qayyum', 'wajid',
  'wahid', 'ahad', 'samad', 'qadir', 'muqtadir', 'awwal', 'akhir', 'zahir', 'batin', 'mutaal', 'barr', 'tawwab',
  'afuw', 'rauf', 'muqsit', 'jami', 'ghani', 'mughni', 'mani', 'nafi', 'nur', 'hadi', 'badi', 'baqi', 'warith', 'rashid',
  'sabur', 'sattar', 'ilah', 'allah', 'rabb', 'rabbih', 'rabbuh', 'muti', 'mannan', 'hannan', 'dayyan', 'jawad', 'nasir',
  // the names of Shia, Sufi and Christian compounds
  'munim', 'muhsin', 'ati', 'shafi', 'aal', 'mawla', 'mutaali',
  'nabi', 'rasul', 'husayn', 'amir', 'zahra', 'rida', 'muttalib', 'manaf', 'masih', 'shams', 'uzza',
];
// … and names that end in i, which an Abd and an article before them make a compound of (Abd al-Mahdi, Abd al-Muti),
// while after Abdo they are as often the father's name (Abdo Mahdi Saleh)
const NISBA_SHAPED_AFTER_ABD_AL = ['mahdi', 'kafi', "mu'ti", 'muati'];

const toWord = (n: string): PhoneticWord => phoneticWord(wordToSymbols(n).symbols, false);
const NAMES = NAMES_AFTER_ABD.map(toWord);
const NAMES_WITH_ARTICLE = [...NAMES, ...NISBA_SHAPED_AFTER_ABD_AL.map(toWord)];
// as close as two spellings of one of them are (Moneim, Monem = munim), not as a name that shares their consonants
// (Ahmed is not Hamid, Omar not Amir)
const SPELLING_OF_IT = 0.85;

const followsMemo = new Map<string, boolean>();

/** Whether a word (its symbols, article taken off) is a name Abd- takes before it (`afterArticle`: Abd al- before it). */
export function followsAbd(symbols: string, abjad: boolean, afterArticle = false): boolean {
  const key = `${abjad ? 1 : 0}${afterArticle ? 1 : 0}${symbols}`;
  let found = followsMemo.get(key);
  if (found === undefined) {
    const word = phoneticWord(symbols, abjad);
    found = (afterArticle ? NAMES_WITH_ARTICLE : NAMES).some((name) => wordSimilarity(word, name) >= SPELLING_OF_IT);
    if (followsMemo.size >= 100_000) followsMemo.clear();
    followsMemo.set(key, found);
  }
  return found;
}
