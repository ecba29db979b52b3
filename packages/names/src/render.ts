/** Readable renderings of phonetic symbols in Latin, Cyrillic (Serbian/Macedonian usage) and Arabic script. */
import { READABLE, consonantCount, isVowelSymbol } from './phonetic';
import type { UnitKind } from './parsed-unit';

const VOWELISH = /[aeiouAIUEOWYQ]/;

/**
 * Arabic script leaves short vowels out; a readable Latin form puts an a where a word needs a vowel: a word begins with
 * one consonant and a vowel, two consonants may meet inside it but not three (تهمينه Tahmina, اکبری Akbari, not
 * Tahamina, Akabari), and it ends in one consonant after a vowel (حسن Hasan, باربد Barbad).
 */
function vocalise(symbols: string): string {
  // an initial alif or hamza before a consonant is read with a (أحمد Ahmad, اسلام Islam is the exception)
  // … and a first waw or ya before a consonant is the consonant w or y (وليد Walid, یزدی Yazdi; not Ulid, Izdi)
  const s = symbols.replace(/^'(?=[^aeiouAIUEOWYQ])/, 'a').replace(/^'/, '').replace(/^W(?=[^aeiouAIUEOWYQ'])/, 'wa').replace(/^Y(?=[^aeiouAIUEOWYQ'])/, 'ya');
  let out = '';
  for (let i = 0; i < s.length;) {
    if (VOWELISH.test(s[i]!)) { out += s[i]; i++; continue; }
    let j = i;
    while (j < s.length && !VOWELISH.test(s[j]!)) j++;
    out += withVowels(s.slice(i, j), i === 0, j === s.length);
    i = j;
  }
  return out;
}

/** A run of consonants with the a's it needs (see `vocalise`). */
function withVowels(run: string, first: boolean, last: boolean): string {
  let out = run[0]!;
  let cluster = 1;
  for (let k = 1; k < run.length; k++) {
    const left = run.length - k;
    if ((first && k === 1) || cluster === 2 || (last && left === 1)) { out += 'a'; cluster = 0; }
    out += run[k];
    cluster++;
  }
  return out;
}

/**
 * A final ya after a word of three consonants or more, or after a waw, is the -i of a nisba (اکبری Akbari, زغاوي Zaghawi);
 * after fewer consonants, as often -a (موسى, ليلى).
 */
const nisbaEnd = (s: string, i: number): boolean =>
  i === s.length - 1 && (s[i - 1] === 'W' || consonantCount(s.slice(0, i)) >= 3);

/** The letters of an alphabet for each symbol, and those of the glides W and Y as consonant and as vowel. */
interface Alphabet {
  readonly letters: Readonly<Record<string, string>>;
  readonly w: readonly [consonant: string, vowel: string];
  readonly y: readonly [consonant: string, vowel: string];
}

const LATIN: Alphabet = { letters: READABLE, w: ['w', 'u'], y: ['y', 'i'] };
const CYRILLIC: Alphabet = {
  letters: {
    a: 'а', e: 'е', i: 'и', o: 'о', u: 'у', A: 'а', I: 'и', U: 'у', E: 'еј', O: 'ау', Q: 'а', b: 'б', p: 'п',
    t: 'т', d: 'д', k: 'к', q: 'к', g: 'г', G: 'г', x: 'х', h: 'х', j: 'џ', y: 'ј', w: 'в', v: 'в', f: 'ф', l: 'л',
    m: 'м', n: 'н', r: 'р', s: 'с', z: 'з', c: 'ш', Z: 'ж', D: 'д', T: 'т', C: 'ч', "'": '', K: 'ц', S: 'с', H: 'г',
  },
  w: ['в', 'у'],
  y: ['ј', 'и'],
};

/**
 * Symbols in an alphabet: a waw or ya before a vowel (or a ya that begins the word) is its consonant, otherwise its vowel;
 * an Arabic-script word gets the vowels it needs (`vocalise`) and a nisba's -i.
 */
function render(symbols: string, abjad: boolean, alphabet: Alphabet): string {
  const s = abjad ? vocalise(symbols) : symbols;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const beforeVowel = i + 1 < s.length && isVowelSymbol(s[i + 1]!);
    if (ch === 'W') out += alphabet.w[beforeVowel ? 0 : 1];
    else if (ch === 'Y') out += alphabet.y[beforeVowel || i === 0 ? 0 : 1];
    else if (ch === 'Q' && abjad && nisbaEnd(s, i)) out += alphabet.y[1];
    else out += alphabet.letters[ch] ?? '';
  }
  return out;
}

export const symbolsToLatin = (symbols: string, abjad: boolean): string => render(symbols, abjad, LATIN);
export const symbolsToCyrillic = (symbols: string, abjad: boolean): string => render(symbols, abjad, CYRILLIC);

const ARABIC: Record<string, string> = {
  b: 'ب', p: 'پ', t: 'ت', d: 'د', k: 'ك', q: 'ق', g: 'ج', G: 'غ', x: 'خ', h: 'ح', j: 'ج', y: 'ي', w: 'و', v: 'و',
  f: 'ف', l: 'ل', m: 'م', n: 'ن', r: 'ر', s: 'س', z: 'ز', c: 'ش', Z: 'ژ', D: 'ذ', T: 'ث', C: 'چ', "'": 'ع', K: 'ك', S: 'س', H: 'غ',
  A: 'ا', I: 'ي', U: 'و', E: 'ي', O: 'و', W: 'و', Y: 'ي', Q: 'ى', i: 'ي', u: 'و', o: 'و',
};

export function symbolsToArabic(symbols: string): string {
  let out = '';
  for (let i = 0; i < symbols.length; i++) {
    const ch = symbols[i]!;
    const last = i === symbols.length - 1;
    if (i === 0 && 'aeiouAIUEO'.includes(ch)) { out += ch === 'A' ? 'آ' : ch === 'i' || ch === 'e' ? 'إ' : 'أ'; continue; }
    if (last && ch === 'a') { out += symbols.length >= 4 ? 'ة' : 'ا'; continue; }
    if (last && ch === 'e') { out += 'ه'; continue; }
    if (ch === 'a' || ch === 'e') {
      // between two equal letters the vowel must be written, or they would read as one doubled letter; between
      // t and sh too, or تش would read as ch
      if (i > 0 && (symbols[i - 1] === symbols[i + 1] || (symbols[i - 1] === 't' && symbols[i + 1] === 'c'))) out += 'ا';
      continue;
    }
    out += ARABIC[ch] ?? '';
  }
  return out;
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Canonical readable Latin form of a unit (Abdul Rahman style for Abd- units). */
export function readableOf(kind: UnitKind, symbols: string, part: string, abjad: boolean): string {
  switch (kind) {
    case 'abd': return part === 'a' ? 'Abdullah' : `Abdul ${capitalise(symbolsToLatin(part, abjad))}`;
    case 'abu': return `Abu ${capitalise(symbolsToLatin(part, abjad))}`;
    case 'umm': return `Umm ${capitalise(symbolsToLatin(part, abjad))}`;
    case 'allah-compound': return `${capitalise(symbolsToLatin(part, abjad))}ullah`;
    case 'din-compound': return `${capitalise(symbolsToLatin(part, abjad))}uddin`;
    case 'allah-first': return `Allah${symbolsToLatin(part, abjad)}`;
    case 'initial': return `${capitalise(symbolsToLatin(symbols, abjad)).slice(0, 2)}.`;
    default: return capitalise(symbolsToLatin(symbols, abjad));
  }
}

export { capitalise };
