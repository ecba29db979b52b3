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

const SEPARATORS = /[\s\u00a0\u1361\u1362\u1680\u2000-\u200a\u200c\u2028\u2029\u202f\u205f\u3000_,;:/\\|()[\]{}<>"«»„“”·•.!?*+=#&@~^%$0-9]+/gu;
const DASHES = /[\u2010-\u2015\u2212\u058a\u05be\u1806\ufe58\ufe63\uff0d]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u2032\u02b9\u02c8]/g;
// Controls, format characters (except ZWNJ, handled as a separator), private use, emoji and symbols.
const NOISE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{So}\p{Sk}\p{Sm}\p{Sc}]/gu;
// Arabic harakat, Quranic marks and tatweel: removed code point by code point.
const isArabicMark = (cp: number): boolean =>
  cp === 0x640 || (cp >= 0x64b && cp <= 0x65f) || cp === 0x670 || (cp >= 0x6d6 && cp <= 0x6ed) || (cp >= 0x610 && cp <= 0x61a);

export function normalizeName(text: string): string {
  let s = typeof text === 'string' ? text : String(text ?? '');
  if (s.length > 4096) s = s.slice(0, 4096);
  s = s.normalize('NFKC');
  s = s.replace(/\u200c/g, ' ').replace(DASHES, '-').replace(APOSTROPHES, "'");
  s = s.replace(NOISE, '');
  s = s.replace(/İ/g, 'i').toLowerCase();
  let out = '';
  for (const ch of s) {
    if (isArabicMark(ch.codePointAt(0)!)) continue;
    const f = ARABIC_FOLD[ch];
    if (f !== undefined) out += f;
    else if (ch === 'ё') out += 'е';
    else out += ch;
  }
  out = out.replace(SEPARATORS, ' ');
  out = out.replace(/\s*-\s*/g, '-').replace(/-{2,}/g, '-').replace(/'{2,}/g, "'");
  out = out.replace(/(^|\s)[-']+|[-']+(?=\s|$)/g, '$1');
  return out.replace(/\s+/g, ' ').trim();
}
