import { scriptOfCodePoint } from './script';

/**
 * Normalisation that keeps the script: Unicode NFKC, lower case, one space between words, and per-script
 * folding of spelling variants that never distinguish names (Arabic letter forms, harakat, tatweel, ZWNJ;
 * Cyrillic ё; Latin apostrophes and dashes). Latin diacritics are kept: they carry sounds (š = sh, ç = ch).
 */

const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ێ': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ئ': 'ي',
  'ک': 'ك', 'ڪ': 'ك', 'ګ': 'گ', 'ؤ': 'و', 'ة': 'ه',
  'ہ': 'ه', 'ە': 'ه', 'ۀ': 'ه', 'ۂ': 'ه', 'ۃ': 'ه', 'ھ': 'ه',
  'ٹ': 'ت', 'ڈ': 'د', 'ڑ': 'ر', 'ں': 'ن',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

// Code points that separate words in a name field.
function isSeparator(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0 || cp === 0x200c || cp === 0x1361 || cp === 0x1362 ||
    cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f ||
    cp === 0x3000 || cp === 0x060c || cp === 0x061b || cp === 0x061f || cp === 0x06d4 ||
    (cp < 0x80 && ',;:/\\|()[]{}<>"_.!?*+=#&@~^%$0123456789'.includes(String.fromCharCode(cp))) ||
    cp === 0xab || cp === 0xbb || cp === 0x201e || cp === 0x201c || cp === 0x201d || cp === 0xb7 || cp === 0x2022;
}
const isDash = (cp: number): boolean => cp === 0x2d || (cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212 || cp === 0x58a || cp === 0x5be || cp === 0x1806 || cp === 0xfe58 || cp === 0xfe63 || cp === 0xff0d;
const isApostrophe = (cp: number): boolean => cp === 0x27 || cp === 0x2018 || cp === 0x2019 || cp === 0x201b || cp === 0x2bc || cp === 0x2bb || cp === 0x2be || cp === 0x2bf || cp === 0x60 || cp === 0xb4 || cp === 0x2032 || cp === 0x2b9 || cp === 0x2c8;
// Arabic harakat, Quranic marks and tatweel.
const isArabicMark = (cp: number): boolean =>
  cp === 0x640 || (cp >= 0x64b && cp <= 0x65f) || cp === 0x670 || (cp >= 0x6d6 && cp <= 0x6ed) || (cp >= 0x610 && cp <= 0x61a);
// Controls, format characters, private use, surrogates, symbols and emoji.
const NOISE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{So}\p{Sk}\p{Sm}\p{Sc}]/u;
// Combining marks are kept: Latin diacritics after NFKC that did not compose carry sounds.
const isCombiningMark = (cp: number): boolean => (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff);
const ASCII_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function normalizeName(text: string): string {
  let s = typeof text === 'string' ? text : String(text ?? '');
  if (s.length > 4096) s = s.slice(0, 4096);
  if (ASCII_NAME.test(s)) return s.toLowerCase();
  s = s.normalize('NFKC').replace(/İ/g, 'i').toLowerCase();
  let out = '';
  let pendingSpace = false;
  let pendingDash = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isSeparator(cp)) { pendingSpace = true; continue; }
    if (isDash(cp)) { pendingDash = true; continue; }
    if (isArabicMark(cp)) continue;
    let c = ch;
    if (isApostrophe(cp)) c = "'";
    else if (cp < 0x80) { if (cp < 0x20 || cp === 0x7f) continue; }
    else if (cp === 0x451) c = 'е';
    else {
      const f = ARABIC_FOLD[ch];
      if (f !== undefined) c = f;
      else if (scriptOfCodePoint(cp) === null && !isCombiningMark(cp) && NOISE.test(ch)) continue;
    }
    // an apostrophe or dash at a word edge is punctuation, not part of the name
    if (c === "'" && (out === '' || pendingSpace || pendingDash)) continue;
    if (out !== '') {
      if (pendingSpace) out += ' ';
      else if (pendingDash) out += '-';
    }
    pendingSpace = false;
    pendingDash = false;
    out += c;
  }
  // apostrophes left at the end of words
  return out.includes("'") ? out.replace(/'+(?=[ -]|$)/g, '').replace(/'{2,}/g, "'") : out;
}
