/** Readable renderings of phonetic symbols in Latin, Cyrillic (Serbian/Macedonian usage) and Arabic script. */
import { READABLE, isVowelSymbol } from './phonetic';
import type { UnitKind } from './parsed-unit';

const VOWELISH = /[aeiouAIUEOWYQ]/;

/** Arabic script leaves short vowels out; a readable Latin form puts an 'a' between bare consonants. */
function vocalise(symbols: string): string {
  let out = '';
  // an initial alif or hamza before a consonant is read with a (أحمد Ahmad, اسلام Islam is the exception)
  // … and a first waw before a consonant is the consonant w (وليد Walid, not Ulid)
  const s = symbols.replace(/^'(?=[^aeiouAIUEOWYQ])/, 'a').replace(/^'/, '').replace(/^W(?=[^aeiouAIUEOWYQ'])/, 'wa');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    out += ch;
    const next = s[i + 1];
    if (next !== undefined && !VOWELISH.test(ch) && ch !== "'" && !VOWELISH.test(next) && i + 1 < s.length - 0) out += 'a';
  }
  return out;
}

export function symbolsToLatin(symbols: string, abjad: boolean): string {
  const s = abjad ? vocalise(symbols) : symbols;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const next = s[i + 1];
    if (ch === 'W') out += next !== undefined && isVowelSymbol(next) ? 'w' : 'u';
    else if (ch === 'Y') out += next !== undefined && isVowelSymbol(next) || i === 0 ? 'y' : 'i';
    else out += READABLE[ch] ?? '';
  }
  return out;
}

const CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', i: 'и', o: 'о', u: 'у', A: 'а', I: 'и', U: 'у', E: 'еј', O: 'ау', Q: 'а', b: 'б', p: 'п',
  t: 'т', d: 'д', k: 'к', q: 'к', g: 'г', G: 'г', x: 'х', h: 'х', j: 'џ', y: 'ј', w: 'в', v: 'в', f: 'ф', l: 'л',
  m: 'м', n: 'н', r: 'р', s: 'с', z: 'з', c: 'ш', Z: 'ж', D: 'д', T: 'т', C: 'ч', "'": '', K: 'ц', S: 'с', H: 'г',
};

export function symbolsToCyrillic(symbols: string, abjad: boolean): string {
  const s = abjad ? vocalise(symbols) : symbols;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const next = s[i + 1];
    if (ch === 'W') out += next !== undefined && isVowelSymbol(next) ? 'в' : 'у';
    else if (ch === 'Y') out += (next !== undefined && isVowelSymbol(next)) || i === 0 ? 'ј' : 'и';
    else out += CYRILLIC[ch] ?? '';
  }
  return out;
}

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
    case 'initial': return `${capitalise(symbolsToLatin(symbols, abjad)).slice(0, 2)}.`;
    default: return capitalise(symbolsToLatin(symbols, abjad));
  }
}

export { capitalise };
