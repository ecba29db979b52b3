/**
 * The names that follow Abd- in a compound: the divine names, and the names Shia and popular compounds put after it
 * (Abd al-Nabi, Abd al-Husayn, Abd al-Zahra, Abd al-Masih). Only consulted where Abd is written as a name of its own
 * could be (Abdo, Abdu, عبده: Abdo Qaid, Hisham Abdo Saif), to tell Abd + divine name from two names.
 */
import { skeleton } from './keys';
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
  'sabur', 'sattar', 'ilah', 'allah', 'rabb', 'rabbih', 'muti', 'mannan', 'hannan', 'dayyan', 'jawad', 'nasir',
  // the names of Shia, Sufi and Christian compounds
  'nabi', 'rasul', 'husayn', 'amir', 'zahra', 'rida', 'muttalib', 'manaf', 'masih', 'shams', 'uzza',
];

// (keyed by their consonant skeleton, as keys.ts makes it: every spelling of one of them has its key)
const ABD_NAME_KEYS = new Set(NAMES_AFTER_ABD.map((n) => skeleton(wordToSymbols(n).symbols)));

/** Whether a word (its symbols, article taken off) is a name Abd- takes before it. */
export const followsAbd = (symbols: string): boolean => ABD_NAME_KEYS.has(skeleton(symbols));
