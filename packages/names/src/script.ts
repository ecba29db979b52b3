/** Writing systems the engine distinguishes. `mixed` = letters of several scripts; `empty` = no letters. */
export type Script =
  | 'arabic' | 'cyrillic' | 'latin' | 'ethiopic' | 'greek' | 'bengali' | 'gurmukhi' | 'devanagari' | 'armenian' | 'other' | 'mixed' | 'empty';

export type LetterScript = 'arabic' | 'cyrillic' | 'latin' | 'ethiopic' | 'greek' | 'bengali' | 'gurmukhi' | 'devanagari' | 'armenian' | 'other';

/** Script of one code point, or null when it is not a letter of any script (digits, punctuation, marks). */
export function scriptOfCodePoint(cp: number): LetterScript | null {
  if (cp < 0x80) {
    return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'latin' : null;
  }
  if ((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin';
  if (cp >= 0x250 && cp <= 0x2af) return 'latin';
  if (cp >= 0x370 && cp <= 0x3ff) return cp >= 0x386 && cp !== 0x387 ? 'greek' : null;
  if (cp >= 0x1f00 && cp <= 0x1fff) return 'greek';
  if (cp >= 0x400 && cp <= 0x52f) return cp >= 0x483 && cp <= 0x489 ? null : 'cyrillic';
  // Armenian capitals and small letters with the ligature և and the modifier letter ՙ, not its punctuation ՚ ՛ ՜ ՝ ՞ ՟ ։ ֊
  // or the dram sign; and the ligatures ﬓ–ﬗ
  if (cp >= 0x530 && cp <= 0x58f) return (cp >= 0x531 && cp <= 0x556) || cp === 0x559 || (cp >= 0x560 && cp <= 0x588) ? 'armenian' : null;
  if (cp >= 0xfb13 && cp <= 0xfb17) return 'armenian';
  if (cp >= 0x600 && cp <= 0x6ff) return isArabicLetter(cp) ? 'arabic' : null;
  if ((cp >= 0x750 && cp <= 0x77f) || (cp >= 0x8a0 && cp <= 0x8ff)) return 'arabic';
  if (cp >= 0xfb50 && cp <= 0xfdff) return 'arabic';
  if (cp >= 0xfe70 && cp <= 0xfeff) return cp === 0xfeff ? null : 'arabic';
  // Bengali letters with their vowel signs, virama and nukta (a word's letters), not its digits and signs of money
  if (cp >= 0x980 && cp <= 0x9ff) return (cp >= 0x9e6 && cp <= 0x9ef) || cp >= 0x9f2 ? null : 'bengali';
  // … and so Devanagari's, not its danda । ॥, digits, abbreviation sign ॰ or Om ॐ
  if (cp >= 0x900 && cp <= 0x97f) return (cp >= 0x964 && cp <= 0x970) || cp === 0x950 ? null : 'devanagari';
  // … and Gurmukhi's with its tippi, addak and vowel carriers ੲ ੳ, not its digits, Ek Onkar ੴ or abbreviation sign
  if (cp >= 0xa00 && cp <= 0xa7f) return (cp >= 0xa66 && cp <= 0xa6f) || cp === 0xa74 || cp === 0xa76 ? null : 'gurmukhi';
  if (cp >= 0x1200 && cp <= 0x139f) return cp >= 0x1360 && cp <= 0x137f ? null : 'ethiopic';
  if (cp >= 0x2d80 && cp <= 0x2ddf) return 'ethiopic';
  if (cp >= 0xab00 && cp <= 0xab2f) return 'ethiopic';
  if (cp >= 0x200b && cp <= 0x206f) return null;
  if (cp >= 0x2000 && cp <= 0x2bff) return null;
  if (cp >= 0x1f000) return null; // emoji and symbols
  if (cp >= 0xe000 && cp <= 0xf8ff) return null;
  return /\p{L}/u.test(String.fromCodePoint(cp)) ? 'other' : null;
}

function isArabicLetter(cp: number): boolean {
  if (cp >= 0x610 && cp <= 0x61f) return false; // signs, punctuation
  if (cp >= 0x64b && cp <= 0x65f) return false; // harakat
  if (cp === 0x640) return false; // tatweel
  if (cp >= 0x660 && cp <= 0x66d) return false; // digits, punctuation
  if (cp === 0x670) return false; // superscript alef
  if (cp >= 0x6d4 && cp <= 0x6ed && cp !== 0x6d5) return false;
  if (cp >= 0x6f0 && cp <= 0x6f9) return false; // Persian digits
  if (cp === 0x60c || cp === 0x61b || cp === 0x61f) return false;
  return true;
}

/** The script a name is written in: the only script of its letters, `mixed`, or `empty` without letters. */
export function detectScript(text: string): Script {
  const s = typeof text === 'string' ? text : String(text ?? '');
  let found: LetterScript | null = null;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp < 0x80) {
      if (!((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))) continue;
      if (found === null) found = 'latin';
      else if (found !== 'latin') return 'mixed';
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      cp = s.codePointAt(i)!;
      i++;
    }
    const sc = scriptOfCodePoint(cp);
    if (sc === null) continue;
    if (found === null) found = sc;
    else if (found !== sc) return 'mixed';
  }
  return found ?? 'empty';
}
