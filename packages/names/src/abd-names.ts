/**
 * The names that follow Abd- in a compound: the divine names, and the names Shia and popular compounds put after it
 * (Abd al-Nabi, Abd al-Husayn, Abd al-Zahra, Abd al-Masih). Only consulted where Abd is written as a name of its own
 * could be (Abdo, Abdu, عبده: Abdo Qaid, Hisham Abdo Saif), to tell Abd + divine name from two names.
 */
import { phoneticWord, wordSimilarity } from './distance';
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
  'nabi', 'rasul', 'husayn', 'amir', 'zahra', 'rida', 'muttalib', 'manaf', 'masih', 'shams', 'uzza', 'mahdi', 'kafi',
  "mu'ti", 'muati',
];

const NAMES = NAMES_AFTER_ABD.map((n) => phoneticWord(wordToSymbols(n).symbols, false));
// as close as two spellings of one of them are (Moneim, Monem = munim), not as a name that shares their consonants
// (Ahmed is not Hamid, Omar not Amir)
const SPELLING_OF_IT = 0.85;

const followsMemo = new Map<string, boolean>();

/** Whether a word (its symbols, article taken off) is a name Abd- takes before it. */
export function followsAbd(symbols: string, abjad: boolean): boolean {
  const key = `${abjad ? 1 : 0}${symbols}`;
  let found = followsMemo.get(key);
  if (found === undefined) {
    const word = phoneticWord(symbols, abjad);
    found = NAMES.some((name) => wordSimilarity(word, name) >= SPELLING_OF_IT);
    if (followsMemo.size >= 100_000) followsMemo.clear();
    followsMemo.set(key, found);
  }
  return found;
}
