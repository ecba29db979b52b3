/** One word in any script → phonetic symbols; mixed-script words are converted run by run. */
import { scriptOfCodePoint, type LetterScript } from '../script';
import { arabicToSymbols } from './arabic';
import { armenianToSymbols } from './armenian';
import { bengaliToSymbols, MUHAMMAD_ABBREVIATED } from './bengali';
import { cyrillicToSymbols, MUHAMMAD_ABBREVIATIONS_CYRILLIC } from './cyrillic';
import { ethiopicToSymbols } from './ethiopic';
import { greekToSymbols } from './greek';
import { devanagariToSymbols, gurmukhiToSymbols } from './indic';
import { latinToSymbols, MUHAMMAD_ABBREVIATIONS } from './latin';

export interface WordSymbols {
  symbols: string;
  /** written in a script without short vowels (Arabic, Persian, Urdu) */
  abjad: boolean;
}

function convert(run: string, script: LetterScript): string {
  switch (script) {
    case 'arabic': return arabicToSymbols(run);
    case 'cyrillic': return cyrillicToSymbols(run);
    case 'ethiopic': return ethiopicToSymbols(run);
    case 'bengali': return bengaliToSymbols(run);
    case 'greek': return greekToSymbols(run);
    case 'gurmukhi': return gurmukhiToSymbols(run);
    case 'devanagari': return devanagariToSymbols(run);
    case 'armenian': return armenianToSymbols(run);
    case 'latin': return latinToSymbols(run);
    default: return '';
  }
}

/** Whether a word (lowercase) is Muhammad abbreviated as papers write it before a name: Md, Mohd, Мд, মোঃ. */
export const isMuhammadAbbreviation = (word: string): boolean =>
  MUHAMMAD_ABBREVIATIONS.has(word) || MUHAMMAD_ABBREVIATIONS_CYRILLIC.has(word) || MUHAMMAD_ABBREVIATED.has(word);

const memo = new Map<string, WordSymbols>();

/** Memoised: names repeat, and so do their words. */
export function wordToSymbols(word: string): WordSymbols {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const r = convertWord(word);
  if (memo.size >= 500_000) memo.clear();
  memo.set(word, r);
  return r;
}

// Latin and Cyrillic letters that look alike (and so do their capitals, which normalisation has lowered: P and Р, H and Н)
// — in a Cyrillic word not the Latin h, which also stands in for the ҳ, һ of Tajik and Tatar (Раhим = Рахим), nor the b
// (a capital B typed for В is lowered to a b, which reads as б, as the letters of the word's other script would)
const LATIN_LOOKING_CYRILLIC: Readonly<Record<string, string>> = { a: 'а', c: 'с', e: 'е', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };
// … and in a Latin word not the Cyrillic с, х, whose readings (s, kh) are surer than the Latin c's and x's
const CYRILLIC_LOOKING_LATIN: Readonly<Record<string, string>> = { а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', т: 't', у: 'y' };
const LATIN_LETTER = /[a-z]/g;
const CYRILLIC_LETTER = /[а-яёђјљњћџѓќѕієїґ]/g;
const HAS_LATIN_LETTER = /[a-z]/;
const HAS_CYRILLIC_LETTER = /[а-яёђјљњћџѓќѕієїґ]/;
/**
 * A word typed with a letter of the other alphabet that looks the same (Алиpеза with a Latin p, Нassan with a Cyrillic
 * Н): that letter in the alphabet of the word's other letters (of each part of a word with a hyphen: Ahmad-Джан).
 */
function withLookAlikesFolded(word: string): string {
  return word.includes('-') ? word.split('-').map(foldedPart).join('-') : foldedPart(word);
}
function foldedPart(word: string): string {
  // (most words are of one alphabet: tested without counting)
  if (!HAS_LATIN_LETTER.test(word) || !HAS_CYRILLIC_LETTER.test(word)) return word;
  const latin = word.match(LATIN_LETTER)?.length ?? 0;
  const cyrillic = word.match(CYRILLIC_LETTER)?.length ?? 0;
  if (latin === 0 || cyrillic === 0 || latin === cyrillic) return word;
  const into = latin > cyrillic ? CYRILLIC_LOOKING_LATIN : LATIN_LOOKING_CYRILLIC;
  return [...word].map((ch) => into[ch] ?? ch).join('');
}

function convertWord(written: string): WordSymbols {
  const word = withLookAlikesFolded(written);
  let symbols = '';
  let abjad = false;
  let run = '';
  let runScript: LetterScript | null = null;
  for (const ch of word) {
    // (a hyphen ends a run of Latin letters: the names either side are read as words, Ahmad-Jaan as Ahmad + Jaan, not
    // with the dj of Djamal)
    if (ch === '-' && runScript === 'latin' && run !== '') {
      symbols += convert(run, runScript);
      run = '';
      continue;
    }
    const s: LetterScript | null = scriptOfCodePoint(ch.codePointAt(0)!) ?? (ch === "'" ? (runScript ?? 'latin') : null);
    if (s === null) continue;
    if (s !== runScript && run !== '') {
      symbols += convert(run, runScript!);
      if (runScript === 'arabic') abjad = true;
      run = '';
    }
    runScript = s;
    run += ch;
  }
  if (run !== '' && runScript !== null) {
    symbols += convert(run, runScript);
    if (runScript === 'arabic') abjad = true;
  }
  return { symbols, abjad };
}
