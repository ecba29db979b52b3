import { scriptOfCodePoint } from './script';
import { fromArabizi } from './translit/arabizi';

/**
 * Normalisation that keeps the script: Unicode NFKC, lower case, one space between words, and per-script
 * folding of spelling variants that never distinguish names (Arabic letter forms, harakat, tatweel, ZWNJ;
 * Latin apostrophes and dashes). Latin diacritics are kept: they carry sounds (š = sh, ç = ch). Syriac alone is written
 * in the Arabic letters it corresponds to (SYRIAC_AS_ARABIC), Tifinagh in the Latin ones of its transcription
 * (TIFINAGH_AS_LATIN).
 */

const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ێ': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ئ': 'ي',
  'ک': 'ك', 'ڪ': 'ك', 'ګ': 'گ', 'ؤ': 'و', 'ة': 'ه',
  // (Kurdish ە is kept: a vowel letter, translit/arabic.ts)
  'ہ': 'ه', 'ۀ': 'ه', 'ۂ': 'ه', 'ۃ': 'ه', 'ھ': 'ه',
  // the Urdu retroflex letters are the Pashto ones (translit/arabic.ts reads both, and knows their words are not Arabic)
  'ٹ': 'ټ', 'ڈ': 'ډ', 'ڑ': 'ړ',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

// Sindhi and Saraiki letters, as Urdu and Pashto write the sounds: an aspirate with ھ after its letter (ڀٽو = بھٹو,
// Bhutto), an implosive as its plain letter (ڳ = گ, ٻ = ب), a retroflex as the Pashto one (ڙ = ړ)
const SINDHI_AS_URDU: Record<string, string> = {
  'ٻ': 'ب', 'ڀ': 'به', 'ٺ': 'ټه', 'ٽ': 'ټ', 'ٿ': 'ته', 'ڄ': 'ج', 'ڃ': 'ن', 'ڇ': 'چه', 'ڊ': 'ډ', 'ڌ': 'ده', 'ڍ': 'ډه',
  'ڏ': 'د', 'ڙ': 'ړ', 'ڦ': 'په', 'ڳ': 'گ', 'ڱ': 'نگ', 'ڻ': 'ڼ', 'ݙ': 'د',
};
const SINDHI_SHAH = /شاهه(?=[ -]|$)/g;
const SINDHI_LETTERS = new RegExp(`[${Object.keys(SINDHI_AS_URDU).join('')}]`, 'g');

// Syriac (the Assyrian, Chaldean and Syriac names of Iraq and Syria, ܫܡܝܪܡ = شميرام = Shamiram) is an abjad of the
// same letters as Arabic: each is read as the Arabic letter it is, its gamal as the g Assyrian names say (ܣܪܓܘܢ =
// Sargon), so that the engine reads it as it reads Arabic script; its vowel points are dropped as harakat are
const SYRIAC_AS_ARABIC: Record<string, string> = {
  'ܐ': 'ا', 'ܒ': 'ب', 'ܓ': 'گ', 'ܔ': 'ج', 'ܕ': 'د', 'ܖ': 'ر', 'ܗ': 'ه', 'ܘ': 'و', 'ܙ': 'ز', 'ܚ': 'ح', 'ܛ': 'ط',
  'ܜ': 'ظ', 'ܝ': 'ي', 'ܞ': 'ي', 'ܟ': 'ك', 'ܠ': 'ل', 'ܡ': 'م', 'ܢ': 'ن', 'ܣ': 'س', 'ܤ': 'س', 'ܥ': 'ع', 'ܦ': 'پ',
  'ܧ': 'پ', 'ܨ': 'ص', 'ܩ': 'ق', 'ܪ': 'ر', 'ܫ': 'ش', 'ܬ': 'ت', 'ܭ': 'ب', 'ܮ': 'غ', 'ܯ': 'ذ', 'ݍ': 'ژ', 'ݎ': 'خ', 'ݏ': 'ف',
};

// Tifinagh (the Amazigh names of Morocco and Algeria, ⵜⴰⴽⴼⴰⵔⵉⵏⴰⵙ = Takfarinas) is written in the Latin letters of its
// standard transcription (IRCAM), which Latin spellings of these names follow: its vowels a e i u, ⵅ kh, ⵖ gh, ⵛ sh,
// the emphatic ⴹ ⵃ ⵚ ⵟ ⵥ ⵕ as their plain letters, ⵄ the ayn as the chat alphabet's is written (ⵄⵍⵉ = Ali); its
// labialisation mark ⵯ is a ⵡ after NFKC (ⴳⵯ = gw)
const TIFINAGH_AS_LATIN: Record<string, string> = {
  'ⴰ': 'a', 'ⴱ': 'b', 'ⴳ': 'g', 'ⴷ': 'd', 'ⴹ': 'd', 'ⴻ': 'e', 'ⴼ': 'f', 'ⴽ': 'k', 'ⵀ': 'h', 'ⵃ': 'h', 'ⵄ': 'ʕ', 'ⵅ': 'kh',
  'ⴴ': 'kh', 'ⵇ': 'q', 'ⵉ': 'i', 'ⵊ': 'j', 'ⵍ': 'l', 'ⵎ': 'm', 'ⵏ': 'n', 'ⵓ': 'u', 'ⵔ': 'r', 'ⵕ': 'r', 'ⵖ': 'gh', 'ⵙ': 's',
  'ⵚ': 's', 'ⵛ': 'sh', 'ⵜ': 't', 'ⵟ': 't', 'ⵝ': 'th', 'ⵞ': 'č', 'ⵡ': 'w', 'ⵢ': 'y', 'ⵣ': 'z', 'ⵥ': 'z',
};
const TIFINAGH_LETTERS = /[\u2d30-\u2d7f]/g;

// Character classes of the BMP for the normalisation loop (built once).
const KEEP = 0;
const SEP = 1;
const DASH = 2;
const APOS = 3;
const DROP = 4;
const FOLD = 5;
const CLASS = new Uint8Array(0x10000);
const FOLDED = new Map<number, number>();

for (const ch of ' \t\n\r\u00a0\u200c\u1361\u1362\u1680\u2028\u2029\u202f\u205f\u3000\u060c\u061b\u061f\u06d4,;:/\\|()[]{}<>"_.!?*+=#&@~^%$0123456789\u00ab\u00bb\u201e\u201c\u201d\u00b7\u2022') CLASS[ch.charCodeAt(0)] = SEP;
for (let cp = 0x2000; cp <= 0x200a; cp++) CLASS[cp] = SEP;
for (const cp of [0x2d, 0x2212, 0x58a, 0x5be, 0x1806, 0xfe58, 0xfe63, 0xff0d]) CLASS[cp] = DASH;
for (let cp = 0x2010; cp <= 0x2015; cp++) CLASS[cp] = DASH;
for (const cp of [0x27, 0x2018, 0x2019, 0x201b, 0x2bc, 0x2bb, 0x2be, 0x2bf, 0x60, 0xb4, 0x2032, 0x2b9, 0x2c8]) CLASS[cp] = APOS;
// Arabic harakat, Quranic marks and tatweel
for (let cp = 0x64b; cp <= 0x65f; cp++) CLASS[cp] = DROP;
for (let cp = 0x6d6; cp <= 0x6ed; cp++) CLASS[cp] = DROP;
for (let cp = 0x610; cp <= 0x61a; cp++) CLASS[cp] = DROP;
CLASS[0x640] = DROP;
CLASS[0x670] = DROP;
// Syriac vowel points and marks, its superscript alaph, and its punctuation
for (let cp = 0x730; cp <= 0x74a; cp++) CLASS[cp] = DROP;
CLASS[0x711] = DROP;
for (let cp = 0x700; cp <= 0x70d; cp++) CLASS[cp] = SEP;
// controls, format characters, symbols: dropped (ZWNJ above is a separator)
const NOISE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{So}\p{Sk}\p{Sm}\p{Sc}]/u;
for (let cp = 0; cp < 0x10000; cp++) {
  if (CLASS[cp] !== KEEP) continue;
  if (cp >= 0xd800 && cp <= 0xdfff) continue; // surrogates: handled as pairs
  const ch = String.fromCharCode(cp);
  if (scriptOfCodePoint(cp) === null && !(cp >= 0x300 && cp <= 0x36f) && NOISE.test(ch)) CLASS[cp] = DROP;
}
for (const [from, to] of Object.entries({ ...ARABIC_FOLD, ...SYRIAC_AS_ARABIC })) {
  const cp = from.charCodeAt(0);
  CLASS[cp] = to.charCodeAt(0) >= 0x30 && to.charCodeAt(0) <= 0x39 ? SEP : FOLD;
  // (a Syriac letter folds to an Arabic one that may fold again: ܟ = ك)
  FOLDED.set(cp, (FOLDED.get(to.charCodeAt(0)) ?? to.charCodeAt(0)));
}

// Each character the steps before the loop of normalizeName leave as it is but for its case, with that case folded
// (0 for any other): one that NFKC keeps in any company (no combining mark, which composes with the letter before it),
// whose lower case is one character and the same wherever it stands (not Σ, whose lower case ends a word as ς, nor İ),
// no digit (the chat alphabet), slash (s/o), ZWNJ (Kurdish ە typed) or Sindhi letter — the Latin, Greek, Cyrillic and
// Arabic letters most names are written in, and the space, apostrophe, hyphen, dot and comma between them. A name of
// these alone skips those steps (NFKC, toLowerCase: each a copy of the name).
const PLAIN_LOWER = new Uint16Array(0x700);
const LETTER_NOT_MARK = /^\p{L}$/u;
for (let cp = 0x41; cp < 0x700; cp++) {
  const ch = String.fromCharCode(cp);
  const lower = ch.toLowerCase();
  if (!LETTER_NOT_MARK.test(ch) || ch.normalize('NFKC') !== ch || lower.length !== 1 || cp === 0x3a3 || cp === 0x130) continue;
  if (SINDHI_AS_URDU[ch] !== undefined) continue;
  PLAIN_LOWER[cp] = lower.charCodeAt(0);
}
for (const ch of " '-.,") PLAIN_LOWER[ch.charCodeAt(0)] = ch.charCodeAt(0);
// What charactersOf finds of a name, as bits: its characters are PLAIN_LOWER's alone; it is words of ASCII letters
// between single spaces (/^[A-Za-z]+(?: [A-Za-z]+)*$/); it holds a y or س, or the j, й or ј of Slavic spellings, which
// every spelling of a glued Sayyid holds (mayHoldSayyid)
const PLAIN = 1;
const ASCII_WORDS = 2;
const SAYYID_LETTER = 4;
/** What the characters of `s` are (PLAIN, ASCII_WORDS, SAYYID_LETTER), in one pass; 0 at the first that is not PLAIN_LOWER's. */
function charactersOf(s: string): number {
  let ascii = s.length > 0;
  let sayyidLetter = false;
  let previous = 0x20;
  for (let i = 0; i < s.length; i++) {
    const cp = s.charCodeAt(i);
    if (cp >= 0x700 || PLAIN_LOWER[cp] === 0) return 0;
    // (a letter of A-Z or a-z with the bit of lower case set is one of a-z)
    if (ascii && (cp === 0x20 ? previous === 0x20 : (cp | 0x20) < 0x61 || (cp | 0x20) > 0x7a)) ascii = false;
    if (cp === 0x79 || cp === 0x59 || cp === 0x633 || cp === 0x6a || cp === 0x4a || cp === 0x439 || cp === 0x419 || cp === 0x458 || cp === 0x408) sayyidLetter = true;
    previous = cp;
  }
  return PLAIN | (ascii && previous !== 0x20 ? ASCII_WORDS : 0) | (sayyidLetter ? SAYYID_LETTER : 0);
}
/** The second halves of the Persian names made with Shah, which Persian also writes شه (شه‌بخش, شهنواز = شاه‌بخش, شاهنواز). */
export const SHAH_NAME_SECOND_HALVES = 'بخش|نواز|باز|ناز|زاد|زاده|دوست|مراد|پسند|م[یي]ر|گل';
// Sorani typed on a Persian or Arabic keyboard writes its vowel ە as ه and a ZWNJ inside the word (هه‌ژار, همه‌وندی,
// پشده‌ری = هەژار, هەمەوەندی, پشدەری): that ه is read as ە. Not after alif, where it is the consonant (ماه‌نور, شاه‌گل),
// nor the ه of مه (Mah: مه‌جبین), of شه before the second half of a Shah name (شه‌بخش, structure.ts) and of Allah (الله‌وردی), nor before Allah and -oğlu (وجیه‌الله, قره‌اوغلو) and the
// Persian and Pashto suffixes a ZWNJ joins (ستوده‌نیا, توته‌خیل, آقچه‌ای, with the Persian or the Arabic ya: خامنه‌اي);
// and so is every such ه of the word (هه‌ڵمه‌ت = هەڵمەت)
const KURDISH_E_TYPED = new RegExp(`(?<=(?:^|[\\s-])(?!مه\u200c|شه\u200c(?:${SHAH_NAME_SECOND_HALVES}))[\u0621-\u064a\u066e-\u06d5\u200c]*[^\\s\u0627\u0622\u0644-])ه\u200c(?=[\u0621-\u064a\u066e-\u06d3])(?!زاد|پور|نیا|نژاد|فر|خیل|ا[یي]|[یي](?:$|\\s)|ها|گل|نور|الله|اوغل)`, 'g');
// Persian writes a name that begins with Allah with a ZWNJ after it (الله‌وردی, الله‌یار, الله‌داد = Allahverdi, Allahyar,
// Allahdad): one word, not the -ullah of the name before it (طیبه الله‌وردی = Tayebeh Allahverdi) — before the words that
// follow Allah in such names only, not before a family suffix (نعمت‌الله‌زاده)
// … and a compound given name of Muhammad, Ali, Gholam or Amir with a ZWNJ inside (محمد‌رضا, علی‌اکبر, غلام‌حسین, امیر‌حسین),
// or of a second name such compounds end in (نور‌محمد, حسین‌علی, رضا‌قلی, علی‌اصغر): one word, as written joined
// (محمدرضا), not a given name and a father's name written apart — not before a family suffix (علی‌محمدی is joined by the
// first rule, حسین‌زاده by none)
// (not a title before the name: حاج‌علی, ملا‌محمد are Haji Ali, Mulla Mohammad)
const ZWNJ_TITLE = '(?:حاج[یي]?|ملا|س[یي]د|ش[یي]خ|م[یي]ر|آقا|مشهد[یي]|کربلا[یي][یي]|استاد)';
const COMPOUND_FIRST_ZWNJ = new RegExp(`(?<=(?:^|\\s)(?:محمد|عل[یي]|غلام|[اأ]م[یي]ر))\u200c(?=[\u0621-\u06d5])`
  + `|(?<=(?:^|\\s)(?!${ZWNJ_TITLE}\u200c)[\u0621-\u06d5]{2,})\u200c(?=(?:محمد|عل[یي]|قل[یي]|رضا|حس[یي]ن|حسن|[اأ][کك]بر|[اأ]صغر|داد|بخش)(?:$|\\s))`, 'g');
const ALLAH_FIRST_ZWNJ = /(?<=(?:^|\s)الله)\u200c(?=(?:وردی|وردي|ویردی|ويردي|یار|يار|داد|بخش|قلی|قلي|نظر|مراد|دته|دتا)(?:$|[\s\u200c]))/g;
// s/o, d/o, w/o (son, daughter, wife of) in Pakistani and Afghan papers: the lineage markers bin, bint and zawjat, not
// two initials (structure.ts reads zawjat as a marker: WIFE_OF)
export const WIFE_OF = 'zawjat';
// … and the child of, which says neither son nor daughter (فرزند, farzand-e: structure.ts reads it as a marker of neither)
export const CHILD_OF = 'farzande';
const SON_OF = /(^|[\s,;])([sdwSDW]|[wW][dD]) ?\/ ?[oO](?=[\s,;]|$)/g;
const MARKER_OF: Record<string, string> = { s: 'bin', d: 'bint', w: WIFE_OF, wd: WIFE_OF };
// Ethiopian and Eritrean papers abbreviate the first word of a compound name with a slash, joined to the next: G/ for
// Gebre, W/ for Wolde (G/Michael W/Mariam = Gebremichael Woldemariam; ገ/ሚካኤል = ገብረሚካኤል) — not W/ro, W/t, the titles
// Woizero, Woizerit (Mrs, Miss), nor H/, T/, K/, which stand for two words each (Haile or Habte, Tekle or Tesfa, Kidane or
// Kifle)
const ETHIOPIAN_ABBREVIATED = /(^|[\s,;])([gw]|ገ|ወ)\/(?!ro\b|t\b|o\b|ሮ|ሪት)(?=\p{L})/giu;
// … and those titles written out, which titles.ts knows
const ETHIOPIAN_TITLE_ABBREVIATED = /(^|[\s,;])(?:w\/ ?(ro|t)|ወ\/ ?(ሮ|ሪት))(?=[\s,;]|$)/giu;
const ETHIOPIAN_TITLE_WRITTEN_OUT: Record<string, string> = { ro: 'woizero', t: 'woizerit', 'ሮ': 'woizero', 'ሪት': 'woizerit' };
const ETHIOPIAN_WRITTEN_OUT: Record<string, string> = { g: 'gebre', w: 'wolde', 'ገ': 'ገብረ', 'ወ': 'ወልደ' };
// … and written out in English (Salam son of Ahmad)
const WRITTEN_OUT_OF = / (son|daughter|wife|widow) of (?=\S)/g;
const MARKER_WRITTEN_OUT: Record<string, string> = { son: ' bin ', daughter: ' bint ', wife: ` ${WIFE_OF} `, widow: ` ${WIFE_OF} ` };
// … and in the other languages of the papers: Persian and Urdu همسر, زوجه (wife), بیوه (widow), دختر (daughter), پسر
// (son), فرزند (child, of a son or a daughter: after a name, as Afghan papers write the father's; Farzand Ali first is a
// name), Arabic زوجة; Bulgarian съпруга на, дъщеря на, син на; Serbian and Croatian supruga, supruga od; German Ehefrau
// von (des), Witwe von, Tochter von, Sohn von; French épouse (de), veuve (de), fils de, fille de, the de elided before a
// vowel (fils d'Abdul Wali); Greek του (of), after a son's name or a daughter's, as Greek papers write the father's, and
// σύζυγος του, χήρα του (wife, widow of), κόρη του, γιος του (daughter, son of) (Zahra d/o Ali is not زهرا همسر علی, his wife)
const RELATION_MARKER: Record<string, string> = {
  'زوجه': WIFE_OF, 'زوجت': WIFE_OF, 'همسر': WIFE_OF, 'بيوه': WIFE_OF, 'دختر': 'bint', 'پسر': 'bin', 'فرزند': CHILD_OF, 'съпруга на': WIFE_OF, 'съпругата на': WIFE_OF,
  'дъщеря на': 'bint', 'син на': 'bin', 'supruga od': WIFE_OF, supruga: WIFE_OF, 'ehefrau von': WIFE_OF, 'witwe von': WIFE_OF, 'tochter von': 'bint',
  'sohn von': 'bin', 'ehefrau des': WIFE_OF, 'witwe des': WIFE_OF, 'tochter des': 'bint', 'sohn des': 'bin',
  épouse: WIFE_OF, epouse: WIFE_OF, veuve: WIFE_OF, 'épouse de': WIFE_OF, 'epouse de': WIFE_OF, 'veuve de': WIFE_OF, 'fils de': 'bin', 'fille de': 'bint',
  'του': CHILD_OF, 'σύζυγος του': WIFE_OF, 'συζυγος του': WIFE_OF, 'χήρα του': WIFE_OF, 'χηρα του': WIFE_OF, 'κόρη του': 'bint', 'κορη του': 'bint',
  'γιος του': 'bin',
};
// (the longer words first: supruga od before supruga)
const RELATION_WRITTEN_OUT = new RegExp(` (${Object.keys(RELATION_MARKER).sort((x, y) => y.length - x.length).join('|')}) (?=\\S)`, 'g');
const FRENCH_DE_ELIDED = / (fils|fille|épouse|epouse|veuve) d'(?=\S)/g;
// (every marker written out above is a word after a space that begins so: one pass over the spaces passes over the
// names that hold none, most of them, without a string search or an expression for each)
const MARKER_WORD_STARTS = ['of ', 'von ', 'des ', 'supruga', 'на ', 'épouse', 'epouse', 'veuve', 'fils ', 'fille ', 'του ', 'زوج', 'همسر', 'بيوه', 'دختر', 'پسر', 'فرزند'];
const MARKER_WORDS_AT = new Map<number, string[]>();
for (const start of MARKER_WORD_STARTS) MARKER_WORDS_AT.set(start.charCodeAt(0), [...(MARKER_WORDS_AT.get(start.charCodeAt(0)) ?? []), start]);
const mayHoldMarkerWord = (s: string): boolean => {
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
    const starts = MARKER_WORDS_AT.get(s.charCodeAt(i + 1));
    if (starts !== undefined && starts.some((start) => s.startsWith(start, i + 1))) return true;
  }
  return false;
};
const withMarkersWrittenOut = (s: string): string => {
  if (!mayHoldMarkerWord(s)) return s;
  const english = s.includes(' of ') ? s.replace(WRITTEN_OUT_OF, (_, word: string) => MARKER_WRITTEN_OUT[word]!) : s;
  const french = english.includes(" d'") ? english.replace(FRENCH_DE_ELIDED, ' $1 de ') : english;
  return french.replace(RELATION_WRITTEN_OUT, (_, word: string) => ` ${RELATION_MARKER[word]!} `);
};
const buffer = new Uint16Array(8192);
// (the do-chashmi ھ that ends a word after a letter of an Urdu aspirate is kept: the consonant h, سنگھ = Singh, اولکھ =
// Aulakh, where the ه it folds to elsewhere would end the word as a vowel; translit/arabic.ts)
const ASPIRATED = new Set([...'بپتټدډجچكگړ'].map((ch) => ch.charCodeAt(0)));
const aspirateAtWordEnd = (s: string, at: number, before: number): boolean =>
  ASPIRATED.has(before) && (at >= s.length || s.charCodeAt(at) === 0x20 || s.charCodeAt(at) === 0x2d);

export function normalizeName(text: string): string {
  let s = typeof text === 'string' ? text : String(text ?? '');
  if (s.length > 4096) s = s.slice(0, 4096);
  const characters = charactersOf(s);
  // (a name of plain letters without a y or س holds no Sayyid: its letters only change case, and fold to no س)
  const maySayyid = (characters & PLAIN) === 0 || (characters & SAYYID_LETTER) !== 0;
  if ((characters & ASCII_WORDS) !== 0) {
    const lower = s.toLowerCase();
    return withSadatApart(withMarkersWrittenOut(maySayyid && mayHoldSayyid(lower) ? withSayyidApart(lower, lower) : lower));
  }
  // (a plain name is lower-cased in the loop below, character by character)
  const plain = (characters & PLAIN) !== 0;
  if (!plain) {
    if (s.includes('/')) {
      s = s.replace(SON_OF, (_, before: string, letter: string) => before + MARKER_OF[letter.toLowerCase()]!);
      s = s.replace(ETHIOPIAN_TITLE_ABBREVIATED, (_, before: string, latin?: string, ethiopic?: string) => before + ETHIOPIAN_TITLE_WRITTEN_OUT[(latin ?? ethiopic)!.toLowerCase()]!);
      s = s.replace(ETHIOPIAN_ABBREVIATED, (_, before: string, letter: string) => before + ETHIOPIAN_WRITTEN_OUT[letter.toLowerCase()]!);
    }
    // (the chat alphabet's digits read after NFKC, which makes a full-width ３ the digit 3)
    s = fromArabizi(s.normalize('NFKC'));
  }
  const nfkc = s;
  if (!plain) {
    if (s.includes('الله\u200c')) s = s.replace(ALLAH_FIRST_ZWNJ, '');
    if (s.includes('\u200c')) s = s.replace(COMPOUND_FIRST_ZWNJ, '');
    if (s.includes('ه\u200c')) s = s.replace(KURDISH_E_TYPED, 'ە');
    if (s.search(SINDHI_LETTERS) >= 0) s = s.replace(SINDHI_LETTERS, (c) => SINDHI_AS_URDU[c]!);
    if (s.search(TIFINAGH_LETTERS) >= 0) s = s.replace(TIFINAGH_LETTERS, (c) => TIFINAGH_AS_LATIN[c] ?? '');
    if (s.includes('İ')) s = s.replace(/İ/g, 'i');
    s = s.toLowerCase();
  }
  let len = 0;
  let pendingSpace = false;
  let pendingDash = false;
  // whether letters of the result may compose: a character was left out between two (ᄀ↊ᅡ), or a combining mark kept
  let mayCompose = false;
  const n = s.length;
  for (let i = 0; i < n && len < buffer.length - 4; i++) {
    const cp = plain ? PLAIN_LOWER[s.charCodeAt(i)]! : s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      // outside the BMP: emoji and symbols are dropped, letters (rare scripts) kept
      const full = s.codePointAt(i)!;
      i++;
      if (scriptOfCodePoint(full) === null) { mayCompose = true; continue; }
      if (len > 0) { if (pendingSpace) buffer[len++] = 0x20; else if (pendingDash) buffer[len++] = 0x2d; }
      pendingSpace = false;
      pendingDash = false;
      buffer[len++] = cp;
      buffer[len++] = s.charCodeAt(i);
      continue;
    }
    const cls = CLASS[cp]!;
    if (cls === SEP) { pendingSpace = true; continue; }
    if (cls === DASH) { pendingDash = true; continue; }
    if (cls === DROP || (cp >= 0xdc00 && cp <= 0xdfff)) { mayCompose = true; continue; }
    let c = cp;
    if (cls === APOS) {
      // an apostrophe at a word edge is punctuation, not part of the name
      if (len === 0 || pendingSpace || pendingDash) continue;
      c = 0x27;
    } else if ((cp === 0x621 || cp === 0x626) && s.charCodeAt(i + 1) === 0x648 && len > 0 && !pendingSpace && !pendingDash) {
      // ء before و is the hamza ؤ writes on its waw, which folds to و (رءوف = رؤوف, Raouf), and so is the ئ other
      // spellings seat it on (رئوف, مسئول = رؤوف, مسؤول)
      c = 0x648;
    } else if ((cp === 0x624 ? articleAfter(s, i + 1) : cp === 0x648 && compoundJoinedAfter(s, i + 1)) && len > 0 && buffer[len - 1] === 0x627 && !pendingSpace && !pendingDash) {
      // ؤ after alif before the article of a compound is the hamza of the name before, with the u Urdu says there (علاؤالدین,
      // بہاؤ الدین, ضیاؤالحق = علاء الدين, بهاء الدين, ضياء الحق: Alauddin, Bahauddin, Ziaul Haq), and so is a plain و typed
      // for it before the second word of such a compound joined to it (علاوالدین) — not the v Persian writes و (ساوالان,
      // Savalan), nor the word or (او)
      c = 0x621;
    } else if (cls === FOLD) {
      const wordStart = len === 0 || pendingSpace || pendingDash;
      // … before an alif it is left out: the alif is the vowel (ئازاد = آزاد = ازاد Azad), not a second one
      if (cp === 0x626 && wordStart && (s.charCodeAt(i + 1) === 0x627 || s.charCodeAt(i + 1) === 0x622)) continue;
      // a word-initial ئ is the silent carrier of Kurdish and Uyghur initial vowels (ئاکۆ Ako): an alif
      c = cp === 0x626 && (len === 0 || pendingSpace || pendingDash) ? 0x627 : cp === 0x6be && len > 0 && !pendingSpace && !pendingDash && aspirateAtWordEnd(s, i + 1, buffer[len - 1]!) ? cp : FOLDED.get(cp)!;
    }
    if (len > 0) { if (pendingSpace) buffer[len++] = 0x20; else if (pendingDash) buffer[len++] = 0x2d; }
    pendingSpace = false;
    pendingDash = false;
    if (c >= 0x300 && c <= 0x36f) mayCompose = true;
    buffer[len++] = c;
  }
  // (most names come out as they went in: then the text itself, not a copy)
  let out = bufferIsText(s, len) ? s : bufferText(len);
  // letters a left-out character stood between, or a letter and a combining mark, composed as NFKC composes them
  // (aـ́ = á, ㉠↊ￂ = 가), so that the form normalises to itself
  if (mayCompose) out = out.normalize('NFC');
  // apostrophes left at the end of words, and after a particle, where it stands for the vowel the particle runs into
  // (Abd'ul Karim, Abu'l Fadl, Al'Ali = Abdul Karim, Abul Fadl, Al-Ali), not for an ayn or hamza
  if (out.includes("'")) out = out.replace(/'+(?=[ -]|$)/g, '').replace(/(?<=[ -])'+/g, '').replace(/'{2,}/g, "'").replace(PARTICLE_APOSTROPHE, '');
  if (out.includes('بي بي')) out = out.replace(BIBI_APART, '$1بيبي');
  // Sindhi writes the h of Shah doubled, شاهه (مراد علي شاهه = Murad Ali Shah), which Persian does not: not every اهه,
  // whose last ه may be a vowel (الاهه = Elaha), nor شاهة, whose ة normalisation writes ه
  if (out.includes('شاهه') && nfkc.includes('شاهه')) out = out.replace(SINDHI_SHAH, 'شاه');
  if (maySayyid && mayHoldSayyid(out)) out = withSayyidApart(out, nfkc);
  return withSadatApart(withMarkersWrittenOut(out));
}

/** The first `len` characters of the buffer as a string. */
function bufferText(len: number): string {
  let out = '';
  for (let start = 0; start < len; start += 1024) {
    out += String.fromCharCode.apply(null, buffer.subarray(start, Math.min(len, start + 1024)) as unknown as number[]);
  }
  return out;
}

/** Whether the first `len` characters of the buffer are `s`. */
function bufferIsText(s: string, len: number): boolean {
  if (len !== s.length) return false;
  for (let i = 0; i < len; i++) if (buffer[i] !== s.charCodeAt(i)) return false;
  return true;
}

// Sayyid, which Persian and Afghan papers write joined to the given name it stands before (Seyedali, Seyedmohammad,
// سیدمحمد = Seyed Ali, Seyed Mohammad, سید محمد): apart, as an honorific — not before a family name's suffix (Seyedzadeh,
// Seyedi, Seyedian, سیدی) or nisba (Seyedmohammadi: a last i or ي after three consonants). In Arabic script only as
// Persian writes it, with its ی: Arabic writes foreign names so (سيدريك, سيدوروف = Cedric, Sidorov)
// (and the Persian Seyed as Serbian, Croatian and Macedonian papers write it, Sejed, Сејед, and Russian ones, Сейед:
// Sejedalavi = سیدعلوی — not the Seyid of Azerbaijani and Bosnian family names, Сейидова, Sejidović, nor a Slavic family
// name made from it: SLAVIC_FAMILY_END)
const SAYYID_GLUED = /(^|[ -])(seyy?ed|sayy?ed|sayy?id|syed|sejj?ed|сейй?ед|сејј?ед|سيد)(?!(?:[iy]|[iy]?an|zadeh?|zada|zade|pour|pur|nejad|nia|far|ain|in|eh|ah|a|zad|и|ян|иан|ан|заде|зада|пур|нежад|ниа|фар|е|а|زاده|زاد|پور|نژاد|نيا|فر|ي|يان|ه|ان)(?=[ -]|$))([^ -]{3,})(?=[ -]|$)/g;
// (every spelling above holds one of these: most names are passed over without the expression)
const mayHoldSayyid = (s: string): boolean => s.includes('yed') || s.includes('yid') || s.includes('jed') || s.includes('سيد')
  || s.includes('ейед') || s.includes('ејед') || s.includes('ййед') || s.includes('јјед');
const PERSIAN_SAYYID = /(?:^|[\s-])سی\u0651?د/;
// (an h is no consonant of the count, in Latin as in Arabic script, where ه may write a vowel: Seyedmehdi = Seyed Mehdi)
const CONSONANT_LETTER = /[^aeiouyhاويهء]/g;
const nisbaOfThree = (name: string): boolean => /[iyي]$/.test(name) && (name.slice(0, -1).match(CONSONANT_LETTER)?.length ?? 0) >= 3;
/** `s` with a glued Sayyid apart; `written`, the name before its letters were folded, shows whether a سيد is Persian. */
const withSayyidApart = (s: string, written: string): string => s.replace(SAYYID_GLUED, (all, before: string, sayyid: string, name: string) =>
  (nisbaOfThree(name) || SLAVIC_FAMILY_END.test(name) || (sayyid === 'سيد' && !PERSIAN_SAYYID.test(written)) ? all : `${before}${sayyid} ${name}`));
// (nor a Slavic family name made of Sayyid, or of Sayyid and a name: Sejedova, Sayidmuradov, Sayedaliev)
const SLAVIC_FAMILY_END = /(?:ov|ova|ev|eva|ović|ovic|ов|ова|ев|ева|овић|овиќ)$/;

// Sadat, which Iranian women of the Prophet's descendants carry after their given name, and papers write joined to it
// (Fatemehsadat, Zahrasadat = Fatemeh Sadat, Zahra Sadat): apart, as the other writers have it — not after the link of a
// compound with it (Fakhrossadat, Fakhrosadat = Fakhr ol-Sadat), nor after fewer than three letters
const SADAT_GLUED = /(^|[ -])([^ -]{3,}?)(?<![aeiou][sl]|[^aeiou][ou]|ال)(sadat|سادات)(?=[ -]|$)/g;
const withSadatApart = (s: string): string => (s.includes('sadat') || s.includes('سادات') ? s.replace(SADAT_GLUED, '$1$2 $3') : s);

// Bibi, which begins and ends women's names, and which Persian, Pashto and Urdu write بی‌بی, with a ZWNJ or a space between
// its halves (بی بی حوا = Bibi Hawa, تاج بی بی = Tajbibi): one word
const BIBI_APART = /(^|[ -])بي[ -]بي(?=[ -]|$)/g;
const PARTICLE_APOSTROPHE = /(?<=(?:^|[ -])(?:abd|abdu|abu|abou|al|el|ul))'(?=\p{L})/gu;

/**
 * Whether the article ال (or ٱل) begins at `at`, or after a space or ZWNJ there, before a word of two letters or more: a
 * compound's second word (الدین, الحق), not the end of a word of its own (أوال, Awal).
 */
function articleAfter(s: string, at: number): boolean {
  const k = s.charCodeAt(at) === 0x20 || s.charCodeAt(at) === 0x200c ? at + 1 : at;
  return (s.charCodeAt(k) === 0x627 || s.charCodeAt(k) === 0x671) && s.charCodeAt(k + 1) === 0x644 && isArabicLetterCode(s.charCodeAt(k + 2))
    && isArabicLetterCode(s.charCodeAt(k + 3));
}
const isArabicLetterCode = (c: number): boolean => c >= 0x620 && c <= 0x6ff && scriptOfCodePoint(c) === 'arabic';
// the second words of the compounds whose first ends in alif and hamza (علاء، بهاء، ضياء، عطاء، ثناء)
const SECOND_OF_HAMZA_COMPOUND = ['الدين', 'الدین', 'الحق', 'الله', 'الرحمن', 'الرحمان'];
/** Whether the second word of such a compound is joined at `at` (علاوالدین). */
const compoundJoinedAfter = (s: string, at: number): boolean => SECOND_OF_HAMZA_COMPOUND.some((w) => s.startsWith(w, at));
