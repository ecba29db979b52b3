/**
 * Weighted edit distance between two words in the phonetic alphabet. The costs say which letters may differ
 * between spellings of one name (o/u, kh/h, dž/j, a dropped short vowel) and which mark another name (a/i,
 * a/u, a long vowel that is missing, a final -a). Deletion costs are per position, computed once per word.
 */
import { K_AGAINST_H, K_AGAINST_REDUCED_KH, SUB, SUB_ABJAD, SUB_ETHIOPIC, SUB_KURDISH, SUB_MIXED_ARABIC_FIRST, SUB_MIXED_ARABIC_SECOND, SYMBOL_COUNT, baseIndelCost, consonantCount, isShortVowel, isVowelSymbol, symbolCode, symbolWeight } from './phonetic';

export interface PhoneticWord {
  readonly symbols: string;
  readonly codes: Uint8Array;
  /** cost of leaving out each symbol, in thousandths (integer arithmetic in the hot loop) */
  readonly delMilli: Int32Array;
  /** the same when the other word is in Arabic script (its short vowels are never written) */
  readonly delVsAbjadMilli: Int32Array;
  /** an Arabic-script word against another script: its vowel letter of the last syllable is a long vowel every
   * spelling shows (Mahmoud = محمود, not Muhammad) */
  readonly delVsOtherMilli: Int32Array;
  /** when both words are in Arabic script: its vowel letters and silent letters are letters like others */
  readonly delBothAbjadMilli: Int32Array;
  /** … against another word of a Sorani name (soraniName) */
  readonly delBothSoraniMilli: Int32Array;
  readonly weight: number;
  /** where the vowel of the last syllable is, when an earlier syllable has a vowel too (-1 otherwise) */
  readonly lastVowelAt: number;
  readonly abjad: boolean;
  /** a Sorani Kurdish word in Arabic script: it writes short vowels, and s and z for ث and ذ ض ظ (SUB_KURDISH) */
  readonly kurdish: boolean;
  /** … and so shown by the Sorani letters of its name (WordOptions.kurdish), not by its short a alone */
  readonly soraniName: boolean;
  /**
   * a word that, like Arabic script, may leave its short vowels unwritten: typed in the Arabic chat alphabet (7sen, 3li,
   * M7moud = Hussein, Ali, Mahmoud), against which another word's short vowels cost what they cost against Arabic script.
   * Its own written vowels are compared as Latin ones are, so it is more lenient than Arabic script: 7sen is as close to
   * Hasan as to Hussein, as the spelling itself does not tell
   */
  readonly vowelsOptional: boolean;
  /** a word of another script ending in -at or -et read as ending in -a: how it reads against a final ة (see finalHaReadings) */
  readonly withoutFinalT: PhoneticWord | null;
  /** an Arabic-script word ending in اه (اة or اه before normalisation) read with a final t (نجاة Najat) or h (شاه Shah) */
  readonly withFinalT: PhoneticWord | null;
  readonly withFinalH: PhoneticWord | null;
  /** the Arabic name template the spelling shows (see templateOf): NO_TEMPLATE when it shows none */
  readonly template: number;
  /** how the word ends (see endingOf): NO_ENDING, or -ah/-eh, or -eh, or -i */
  readonly ending: number;
  /** an Arabic-script word whose last ya follows a long a and one consonant, said i only (سامي, هاني = Sami, Hani); see endingCost */
  readonly yaSaidI: boolean;
  /** a word of another script that ends in -a or -ah after a consonant (Sama, Hana, Samah) */
  readonly endsInA: boolean;
  /**
   * of a word of another script that begins with a vowel (which Arabic script writes with a letter: see firstVowelCost),
   * which vowel it is (FIRST_A, FIRST_I, FIRST_U) and whether it is a glide before another vowel (GLIDE); 0 for a word that
   * begins otherwise, or whose first vowel is an article glued to the name (WordOptions.articleGlued)
   */
  readonly firstVowel: number;
  /**
   * an s in it is an s, never a sh written without its letter: a word of a script with a letter of its own for sh
   * (Arabic script, Cyrillic, Ethiopic: see S_AGAINST_SH)
   */
  readonly sIsS: boolean;
  /** an s in it is never a z written without its letter: a Greek word, whose script writes z ζ (see S_AGAINST_Z) */
  readonly sNotZ: boolean;
  /** an Ethiopic word: against another, its consonant letters are exact (phonetic.ts SUB_ETHIOPIC) */
  readonly ethiopic: boolean;
  /** a Cyrillic word (WordOptions.cyrillic) */
  readonly cyrillic: boolean;
  /**
   * a Latin word whose sh a spelling made from it in another script may have read as s: a š, ş, ș or ś read without its
   * mark (Bartoš = بارتوس), a Hungarian s (Mészáros = مساروس)
   */
  readonly shReadAsSElsewhere: boolean;
  /**
   * of an Arabic-script word as written, no article taken off (WordOptions.startsAsWritten), the first vowels its first
   * letter may write: any after alif, ayn or hamza; an i or e after ya, a u or o after waw, only as a glide (GLIDE); none
   * after another consonant; any for a word whose first letter is not known to be its own
   */
  readonly firstLetterWrites: number;
  /**
   * a German spelling (ei for ai, or the -ow, -ew, -owa, -ewa of a Russian family name) that begins with s before a
   * vowel: the s may be a z (Seinab = Zainab, Sakajew = Закаев, Sakajewa = Закаева)
   */
  readonly germanS: boolean;
  /** a Latin x after the first letter read as ks, as European names say it (Felix = Feliks = فيليكس) */
  readonly ksReading: PhoneticWord | null;
  /**
   * a Latin sh, th, dh or zh after a vowel (dh after n, r, l, m too) read as two letters, s/t/d/z and then h (Ishaq = اسحاق =
   * Исхак, Fathi = فتحي, Azhar = أزهر, Андхойи = Andkhoyi), and a kh anywhere as k and h, the aspirated k Urdu writes کھ
   * (Khokhar = کھوکھر)
   */
  readonly hReading: PhoneticWord | null;
  /**
   * an Arabic-script final ت after a consonant (the y or w of -ayat, -iyat too) read as the taa marbuta Persian and Urdu
   * write with it (جنت = جنة, رحمت; هدایت = هداية)
   */
  readonly taaReading: PhoneticWord | null;
  /**
   * an Arabic-script word read as it is said, as other scripts write it: the k or g and h of an Urdu aspirate (کھ, گھ:
   * Khokhar = کھوکھر = Хохар, Ghuman = گھمن = Гуман) as one kh or gh, an n before b as m (قنبر = Qambar, عنبر = Ambar),
   * the ya and ayn of a nisba of the pattern فعيل as the ai other spellings write (الربيعي, السبيعي = Al-Rubaie,
   * Al-Subaie, Rubai), the تش inside a word that writes a foreign ch (ريتشي Ricci) as the t and sh of an Arabic root
   * (احتشام Ihtisham, نتشة Natsheh); read only against another script
   */
  readonly spokenReading: PhoneticWord | null;
  /**
   * a Latin c read as the ts Serbo-Croatian, Slovene and Hungarian spellings write with it, as Cyrillic ц and Ethiopic ጸ
   * say it (Cegaj = Цегај = Tsegay = ጸጋይ); read only against a word with a ts
   */
  readonly tsReading: PhoneticWord | null;
  /**
   * a z read as the ts Italian and German spellings write with it, as Cyrillic ц and Ethiopic ፀ ጸ say it (Zegai, Tiblez,
   * Zwetkow = ፀጋይ, ጥብለፅ, Цветков), and Cyrillic copies of them (Хабтезион); read only against a Cyrillic ц, an Ethiopic
   * ፀ ጸ or a Latin ts not after a vowel (writesTsLetter; not the ت + ص of Arabic منتصر), not between two Cyrillic words,
   * at a little less than the same (Z_AS_TS)
   */
  readonly zAsTsReading: PhoneticWord | null;
  /**
   * a Latin dz inside a word read as the dž Bosnian, Croatian and Serbian spellings write without its háček (Hatidza,
   * Behdzet, Amdzad = Hatidža, Behdžet, Amdžad = Khadija, Bahjat, Amjad); a second reading, as a d before -zai or a name
   * joined to Ahmad (Ahmadzai, Ahmadzia) is a d and a z
   */
  readonly dzReading: PhoneticWord | null;
  /**
   * a Latin vowel written twice around an apostrophe read as the doubled vowel other spellings write for the same
   * ayn or hamza (Ra'ad = Raad = Раад = رعد, Sha'ar = Shaar)
   */
  readonly apostropheReading: PhoneticWord | null;
  /**
   * of a word that shows a Tajik or Uzbek spelling by its letters (WordOptions.tajikOrUzbek: Аҳрор, Rahmonov, Shodmonjon),
   * an o after the first syllable read as the long a of an alif, as those spellings write Persian ā (Ахрор, Усмонов =
   * احرار, عثمانوف), against Arabic script and the spellings of other conventions (Sadoqat = Садагят), not against another
   * such word; not in a first syllable, nor in a last -ov, -ova, nor in a word that does not show itself so, whose o is the
   * u of Iraqi, Maghrebi and Afghan spellings (Zaidon, Amor, Ghafor = زيدون, عمر, غفور)
   */
  readonly oAsAlifReading: PhoneticWord | null;
  /**
   * of a Cyrillic word that shows no such spelling, an o after its first syllable and before its last letter read as
   * that alif too (Мурод, Билол, Дилором = مراد, بلال, دلارام), against Arabic script only: as Latin spellings write the u
   * of Iraqi and Maghrebi names o (Zaidon = زيدون), and a last -o is the Kurdish, Bosnian and Italian one as often as the
   * Tajik alif (Мехо, Решо are not مها, رشا)
   */
  readonly innerOAsAlifReading: PhoneticWord | null;
  /**
   * … and with its last o too, against an Arabic-script word that ends in a ي, which may be the alif maqsura normalised
   * (Исо, Мусо, Кубро = عیسی, موسى, کبری): not against an alif, which the -o of Kurdish and Bosnian names meets as
   * often (Мехо is not مها)
   */
  readonly maqsuraOAsAlifReading: PhoneticWord | null;
  /** a word of a Tajik or Uzbek spelling (WordOptions.tajikOrUzbek, tajikLetters), whose vowels its own convention writes */
  readonly tajikOrUzbek: boolean;
}

// Costs in thousandths: integer arithmetic in the hot loop.
const SCALE = 1000;
/**
 * An s of a script with a letter of its own for sh (Arabic script, Cyrillic, Ethiopic: PhoneticWord.sIsS) against the sh
 * of another spelling: another letter, another name (Сабир / شبير, سمیم / Shamim). A Latin s against a sh is not: the
 * s of Hungarian and Greek copies, and a š typed without its caron (Sevki = Şevki = شوقي); nor is an s against a Latin sh
 * that a spelling made from it may have read as s (PhoneticWord.shReadAsSElsewhere: Bartoš = بارتوس).
 */
const S_AGAINST_SH = 1;
/**
 * … and a Greek σ against the z of another spelling, or the ذ ض ظ Persian and Urdu say z: Greek writes z ζ, so σ is no z
 * (ΝΑΣΙΡ / نذیر, ΦΑΡΣΑΝΤ / Farzad),
 * where a Latin s may be the z of German and Hungarian spellings.
 */
const S_AGAINST_Z = 1;
// whose s is held to be an s (a bit each: the first word's, the second's), and whose no z, beside the scripts of the two
// words
const FIRST_S_IS_S = 2;
const SECOND_S_IS_S = 1;
const FIRST_S_NOT_Z = 8;
const SECOND_S_NOT_Z = 4;
const STRICTNESSES = 16;
/**
 * `table` with the s of the first word, of the second or of both (`strict`: FIRST_S_IS_S | SECOND_S_IS_S) held to be an s,
 * and no z (FIRST_S_NOT_Z | SECOND_S_NOT_Z).
 */
function withStrictS(table: Float64Array, strict: number): Float64Array {
  const out = new Float64Array(table);
  const s = symbolCode('s');
  const sh = symbolCode('c');
  const z = symbolCode('z');
  // (and the ذ, ض, ظ that Persian and Urdu say z)
  const dz = symbolCode('D');
  if ((strict & FIRST_S_IS_S) !== 0) out[s * SYMBOL_COUNT + sh] = Math.max(out[s * SYMBOL_COUNT + sh]!, S_AGAINST_SH);
  if ((strict & SECOND_S_IS_S) !== 0) out[sh * SYMBOL_COUNT + s] = Math.max(out[sh * SYMBOL_COUNT + s]!, S_AGAINST_SH);
  for (const zLike of [z, dz]) {
    if ((strict & FIRST_S_NOT_Z) !== 0) out[s * SYMBOL_COUNT + zLike] = Math.max(out[s * SYMBOL_COUNT + zLike]!, S_AGAINST_Z);
    if ((strict & SECOND_S_NOT_Z) !== 0) out[zLike * SYMBOL_COUNT + s] = Math.max(out[zLike * SYMBOL_COUNT + s]!, S_AGAINST_Z);
  }
  return out;
}
// The substitution tables (tableIndex): by the scripts of the two words, each with the sixteen choices of whose s is an s and whose no z;
// and the same in thousandths
const ALPHABETS = 0;
const BOTH_ARABIC = 1;
const ONE_KURDISH = 2;
const MIXED_ARABIC_FIRST = 3;
const BOTH_ETHIOPIC = 4;
const MIXED_ARABIC_SECOND = 5;
const tableIndex = (scripts: number, strict: number): number => scripts * STRICTNESSES + strict;
const SUBS = [SUB, SUB_ABJAD, SUB_KURDISH, SUB_MIXED_ARABIC_FIRST, SUB_ETHIOPIC, SUB_MIXED_ARABIC_SECOND]
  .flatMap((t) => Array.from({ length: STRICTNESSES }, (_, strict) => withStrictS(t, strict)));
const SUBS_MILLI = SUBS.map((table) => Int32Array.from(table, (x) => Math.round(x * SCALE)));
/**
 * Which of SUBS two words are compared with: both in alphabets, both Arabic script (one Kurdish), both Ethiopic, or one of each; and
 * whose s is held to be an s.
 */
function substitutionTable(a: PhoneticWord, b: PhoneticWord): number {
  const scripts = a.abjad && b.abjad ? (a.kurdish || b.kurdish ? ONE_KURDISH : BOTH_ARABIC) : a.abjad ? MIXED_ARABIC_FIRST : b.abjad ? MIXED_ARABIC_SECOND : a.ethiopic && b.ethiopic ? BOTH_ETHIOPIC : ALPHABETS;
  return tableIndex(scripts, (a.sIsS && !b.shReadAsSElsewhere ? FIRST_S_IS_S : 0) | (b.sIsS && !a.shReadAsSElsewhere ? SECOND_S_IS_S : 0)
    | (a.sNotZ ? FIRST_S_NOT_Z : 0) | (b.sNotZ ? SECOND_S_NOT_Z : 0));
}

export const MAX_SYMBOLS = 48;
const INITIAL_VOWEL_FACTOR = 1.4;
const FINAL_VOWEL_FACTOR = 1.5;
// symbol codes: 0..9 are the vowels a e i o u A I U E O (see phonetic.ts); a-class = a, A
const isVowelCode = (c: number): boolean => c < 10;
// the first vowels of a word (firstVowel, firstLetterWrites): an a, an i, a u (an e is an a or an i, an o a u)
const FIRST_A = 1;
const FIRST_I = 2;
const FIRST_U = 4;
const ANY_FIRST = FIRST_A | FIRST_I | FIRST_U;
// … and a glide: of a first vowel, one followed by another vowel (or a Cyrillic е, said ye); of a first letter, one
// that writes a first vowel only so (ya, waw)
const GLIDE = 8;
const FIRST_VOWEL_OF = new Uint8Array(128);
for (const [letters, kinds] of [['aA', FIRST_A], ['iI', FIRST_I], ['uUoO', FIRST_U], ['eE', FIRST_A | FIRST_I]] as const) {
  for (const c of letters) FIRST_VOWEL_OF[c.charCodeAt(0)] = kinds;
}
function firstVowelOf(s: string, codes: Uint8Array, options: WordOptions): number {
  const vowel = FIRST_VOWEL_OF[s.charCodeAt(0)]!;
  if (vowel === 0) return 0;
  return isVowelCode(codes[1]!) || (options.cyrillic === true && s[0] === 'e') || options.firstVowelIsWaw === true ? vowel | GLIDE : vowel;
}
// … and those an Arabic-script letter writes: alif, ayn and hamza any (and the short vowels Kurdish writes), ya an i,
// waw a u, another letter none
const FIRST_LETTER_WRITES = new Uint8Array(128);
for (const c of "aeiouAIUEOQ'0") FIRST_LETTER_WRITES[c.charCodeAt(0)] = ANY_FIRST;
FIRST_LETTER_WRITES['Y'.charCodeAt(0)] = FIRST_I | GLIDE;
FIRST_LETTER_WRITES['W'.charCodeAt(0)] = FIRST_U | GLIDE;
const isAClass = (c: number): boolean => c === 0 || c === 5;

// i-class = i I: a final -i against -ou or -o (U o O) is the nisba against another ending (Hamidi / Hamidou,
// Abdi / Abdou); not against a short -u, which Turkish vowel harmony makes of the nisba (Şükrü = Shukri)
const isIClass = (c: number): boolean => c === 2 || c === 6;
const isOButNotShortU = (c: number): boolean => c === 3 || c === 7 || c === 9;
// e-class = e E against u-class = u U: -e against -u (Tekle / Teklu = ተክለ / ተክሉ), where no convention of one name writes
// the other (the Somali -o of a taa marbuta is not a u: Nafiso = Nefise)
const isEClass = (c: number): boolean => c === 1 || c === 8;
const isUClass = (c: number): boolean => c === 4 || c === 7;

/**
 * Substitution of the last vowels: -a against another vowel marks another name (Ali / Alia, Antonio / Antonia) — no more
 * against -o than against -i, as Somali writes the -a of the taa marbuta -o (Nafiso, Khadro = Nafisa, Khadra).
 */
function finalFactor(x: number, y: number): number {
  if (!isVowelCode(x) || !isVowelCode(y)) return 1;
  if ((isIClass(x) && isOButNotShortU(y)) || (isIClass(y) && isOButNotShortU(x))) return FINAL_VOWEL_FACTOR;
  if ((isEClass(x) && isUClass(y)) || (isEClass(y) && isUClass(x))) return FINAL_VOWEL_FACTOR;
  return isAClass(x) === isAClass(y) ? 1 : FINAL_VOWEL_FACTOR;
}

/** Two consonants after position i (the glottal stop not counted). */
function beforeTwoConsonants(s: string, i: number): boolean {
  const a = s[i + 1];
  const b = s[i + 2];
  return a !== undefined && b !== undefined && a !== "'" && b !== "'" && !isVowelSymbol(a) && !isVowelSymbol(b);
}

/**
 * What leaving out a long vowel (a Latin ou, ee, aa…) costs against Arabic script: one of the last syllable is one Arabic
 * script writes (Mahmoud, Rasheed, Mansour); in an earlier syllable French ou and English ee are as often short vowels
 * (Moustafa = مصطفى), and so before two consonants, where Arabic has no long vowel (Loutf, Moukhtar = لطف, مختار), and, a
 * little less, in a word of one syllable, where French and English write ou and oo for a short u too (Goul, Gool = گل;
 * not nothing: Hour, Hoor = حور are not حر).
 */
function longVowelVsAbjad(s: string, i: number, ch: string): number {
  if (!lastSyllable(s, i) || beforeTwoConsonants(s, i)) return ch === 'U' ? 0.3 : 0.5;
  return ch === 'U' && firstSyllable(s, i) ? 0.5 : 1;
}

const FIRST_Y_BEFORE_A = 1;

/** No vowel before position i: the vowel at i is in the first syllable. */
function firstSyllable(s: string, i: number): boolean {
  for (let k = 0; k < i; k++) if (isVowelSymbol(s[k]!)) return false;
  return true;
}

/** No vowel after position i: the vowel at i is in the last syllable. */
function lastSyllable(s: string, i: number): boolean {
  for (let k = i + 1; k < s.length; k++) if (isVowelSymbol(s[k]!)) return false;
  return true;
}

const IYA_I = 1;
// the digraphs that may be two letters (PhoneticWord.hReading): sh, th, dh, zh after a vowel, a dh after n, r, l or m too,
// where it ends one syllable and begins the next (Andkhoi, Andhoji = Андхойи = اندخوی), and every kh
const SPLIT_DIGRAPH = /[aeiouAIUEO][cTDZ]|[nrlm]D|x/;
const DIGRAPH_AFTER_VOWEL = /(?<=[aeiouAIUEO])[cTDZ]|(?<=[nrlm])D/g;
const DIGRAPH_AS_TWO: Record<string, string> = { c: 'sh', T: 'th', D: 'dh', Z: 'zh' };
/** The word with sh, th, dh, zh after a vowel and every kh read as two letters (see PhoneticWord.hReading). */
const withDigraphsSplit = (s: string): string => s.replace(DIGRAPH_AFTER_VOWEL, (d) => DIGRAPH_AS_TWO[d]!).replace(/x/g, 'kh');
/**
 * A letter and then an h or the Somali x of ح: the spelling a word with a split digraph may be read against — or a last h
 * after the vowel some spellings write between (Fateh, Fatah = Fath = فتح); the letter the ظ, ذ or ث of Arabic script too
 * (Azhar, Mazhar = اظہر, مظہر).
 */
const LETTER_THEN_H = /[stdzk][hx]|[DT]h|[stdzkDT][ae]h$/;
const SAID_OTHERWISE = /[kg]h|nb|..Y'Q$|.C./;
const saidAsWritten = (s: string): string =>
  s.replace(/kh/g, 'x').replace(/gh/g, 'G').replace(/nb/g, 'mb').replace(/(?<=..)Y'Q$/, 'aY').replace(/(?<=.)C(?=.)/g, 'tc');
// the symbols of a Latin c (before e and i, and before other letters)
const Z_AS_TS = 0.95;
// (Cyrillic writes ц and з, two letters: Цана is not Зана; a Cyrillic з against Latin or Ethiopic ts is an Italian z
// copied, Хабтезион = ሃብተጽዮን)
const bothCyrillic = (a: PhoneticWord, b: PhoneticWord): boolean => a.cyrillic && b.cyrillic;
// (a ts of Cyrillic ц or Ethiopic ፀ ጸ, or a Latin ts that begins a word or follows a consonant, Tsion, Alemtsehay: after
// a vowel a Latin ts is the ث of Indonesian spellings as often, Harits = حارث, Utsman = عثمان, not Hariz, Uzman)
const writesTsLetter = (w: PhoneticWord): boolean =>
  (w.cyrillic || w.ethiopic ? w.symbols.includes('ts') : !w.abjad && LATIN_TS_LETTER.test(w.symbols));
const LATIN_TS_LETTER = /^ts|[^aeiouAIUEO']ts/;
const LATIN_C = /[SK]/;
const LATIN_C_EVERY = /[SK]/g;
const PERSIAN_TAA = /.[^AQ'aeiou]t$/;
const ENDS_IN_A = /(?:[aeA]h?|Q)$/;

/** What the symbols of a word do not say of how it was written. */
export interface WordOptions {
  /** an Arabic-script word of a name written in Kurdish letters, whatever its own letters (structure.ts) */
  readonly kurdish?: boolean;
  /** a word typed in the Arabic chat alphabet that leaves out short vowels (see PhoneticWord.vowelsOptional) */
  readonly vowelsOptional?: boolean;
  /** an Arabic-script word whose first letter is the spelling's, no article taken off (firstVowelCost) */
  readonly startsAsWritten?: boolean;
  /** a word of another script read with an article glued to it (Allami read as al- + Lami): its first vowel is the article's */
  readonly articleGlued?: boolean;
  /** a Cyrillic word: a first е may be said ye (firstVowelCost) */
  readonly cyrillic?: boolean;
  /** a word whose first vowel is a waw said u: the Maghrebi and Mauritanian Ould, walad (Ould Dadda = ولد داداه) */
  readonly firstVowelIsWaw?: boolean;
  /** a word of a script with a letter of its own for sh (PhoneticWord.sIsS); Arabic-script words always are */
  readonly sIsS?: boolean;
  /** an Ethiopic word (PhoneticWord.ethiopic) */
  readonly ethiopic?: boolean;
  /** a Greek word (PhoneticWord.sNotZ) */
  readonly greek?: boolean;
  /** a Latin word whose sh another script may read as s (PhoneticWord.shReadAsSElsewhere) */
  readonly shReadAsSElsewhere?: boolean;
  /** a Tajik or Uzbek spelling by its letters, whose o may be Persian ā (PhoneticWord.oAsAlifReading) */
  readonly tajikOrUzbek?: boolean;
  /** … written with a letter of Tajik Cyrillic itself, whose o of a first syllable is ā too (Қодир, Тоҳир = قادر, طاهر) */
  readonly tajikLetters?: boolean;
}
const NO_OPTIONS: WordOptions = {};
const STRICT_S: WordOptions = { sIsS: true };
const STRICT_S_CYRILLIC: WordOptions = { sIsS: true, cyrillic: true };
const GREEK: WordOptions = { greek: true };
const AS_WRITTEN: WordOptions = { startsAsWritten: true };

export function phoneticWord(symbols: string, abjad: boolean, options: WordOptions = NO_OPTIONS): PhoneticWord {
  const { kurdish = false, vowelsOptional = false, startsAsWritten = false } = options;
  const sIsS = abjad || options.sIsS === true;
  // (the readings of a word are words of its script, and an Arabic-script one's begin as it does)
  const sameScript: WordOptions = sIsS && !abjad ? (options.cyrillic === true ? STRICT_S_CYRILLIC : STRICT_S) : options.greek === true ? GREEK : NO_OPTIONS;
  const asWritten: WordOptions = abjad && startsAsWritten ? AS_WRITTEN : NO_OPTIONS;
  // (a Tajik or Uzbek spelling's o, and a Cyrillic word's that shows none: PhoneticWord.oAsAlifReading, innerOAsAlifReading)
  const tajik = options.tajikOrUzbek === true || options.tajikLetters === true;
  const plainCyrillic = !abjad && options.cyrillic === true && !tajik;
  const s = symbols.slice(0, MAX_SYMBOLS);
  const n = s.length;
  const codes = new Uint8Array(n);
  const del = new Float64Array(n);
  const delVsAbjad = new Float64Array(n);
  let weight = 0;
  for (let i = 0; i < n; i++) {
    const ch = s[i]!;
    codes[i] = Math.max(0, symbolCode(ch));
    weight += symbolWeight(ch);
    const prev = i > 0 ? s[i - 1]! : '';
    const next = i + 1 < n ? s[i + 1]! : '';
    let c = baseIndelCost(ch);
    // a consonant inside the word is one of the name: without it the name is another (Yasmina / Yamina, Abraham / Abraha)
    if (c === 1 && i > 0 && i < n - 1) c = INNER_CONSONANT;
    // … and so is a last consonant after a vowel, between two spellings in alphabets (Abraham / Abraha, Mebrahtom /
    // Mebrahtu); against Arabic script it is the silent one of French spellings as often (Renaud, Giraud = رينو, جيرو);
    // and a last consonant an Arabic-script word writes after its alif (مروان is not Marwa, حنان not Hana)
    const lastConsonant = c === 1 && i === n - 1 && n > 2 && (abjad ? prev === 'A' : isVowelSymbol(prev));
    if (lastConsonant) c = FINAL_CONSONANT;
    // a w between a consonant and a vowel is a consonant of the name (Marwa is not Mara, Souad is not Saad)
    if (ch === 'w' && i > 0 && !isVowelSymbol(prev) && prev !== "'" && isVowelSymbol(next) && !abjad) c = GLIDE_AFTER_CONSONANT;
    // a glide beside its own vowel is a spelling detail (Zakaria / Zakariya, Ualid / Walid)
    if (ch === 'y' && ('iIEYe'.includes(prev) && prev !== '' || ('iIEY'.includes(next) && next !== ''))) c = 0.1;
    // … but a first y before a is a consonant of the name (Yamina / Amina, Yamin / Amin = يامنة / آمنة, يامن / أمين)
    else if (ch === 'y' && i === 0 && (next === 'a' || next === 'A') && !abjad) c = FIRST_Y_BEFORE_A;
    // … and so is a last y after a or o, which ends another name (Tsegay / Tsega = ጸጋይ / ጸጋ, Teklay / Tekle)
    else if (ch === 'y' && !abjad && i === n - 1 && n > 3 && 'aAoO'.includes(prev) && prev !== '') c = FINAL_GLIDE_W;
    if (ch === 'w' && ('uUOWo'.includes(prev) && prev !== '' || ('uUOW'.includes(next) && next !== ''))) c = 0.1;
    // … but a last w after a vowel ends another name, as a last y does (Destaw / Desta = ደስታው / ደስታ, Asfaw / Asfha)
    else if (ch === 'w' && !abjad && i === n - 1 && isVowelSymbol(prev)) c = FINAL_GLIDE_W;
    // … but the unsaid w of Persian خوا after kh (silentWawAfterKh)
    if (!abjad && silentWawAfterKh(s, i, options.cyrillic === true)) c = SILENT_WAW_AFTER_KH;
    // … and so is the v that Turkish, Bosnian and Persian spellings write for the w of و beside its u (Davud,
    // Davood = Dawud, Daoud, داود)
    if (ch === 'v' && !abjad && i > 0 && ('uUOW'.includes(prev) && prev !== '' || ('uUOW'.includes(next) && next !== ''))) c = 0.1;
    // a j between i and a vowel may be the Slavic glide of a hiatus, which other spellings leave out (Zijad = Ziad)
    if (ch === 'j' && !abjad && (prev === 'i' || prev === 'I') && isVowelSymbol(next)) c = HIATUS_J;
    // … and between a, o or u and an e, the glide Serbian and Macedonian write ј and Russian leaves to its е (Zajed, Fajez,
    // Annajev = Заед, Фаез, Аннаев)
    if (ch === 'j' && !abjad && 'aou'.includes(prev) && prev !== '' && next === 'e') c = HIATUS_J;
    // … and after e before a consonant, the glide of the diphthong ey that other spellings reduce to e (Rejhan = Rehan)
    if (ch === 'j' && !abjad && prev === 'e' && next !== '' && !isVowelSymbol(next)) c = 0.1;
    // … and between a or e and a final i, the nisba after a long vowel (Rezaji, Mirzaji = Rezai, Mirzai = رضایی)
    if (ch === 'j' && !abjad && n >= 6 && i === n - 2 && next === 'i' && (prev === 'a' || prev === 'e')) c = HIATUS_J;
    // a Latin c (K) that begins a word before a vowel may be the Somali ayn (Cumar, Cali = Omar, Ali)
    if (ch === 'K' && i === 0 && isVowelSymbol(next)) c = 0.3;
    const final = i === n - 1 && n > 1 && isVowelSymbol(ch);
    // a final vowel makes another name (Ali / Alia, Karim / Karima)
    if (final) c = Math.max(c, ch === 'e' ? 0.45 : ch === 'a' || ch === 'A' ? 1.4 : ch === 'i' && n >= 5 && !isVowelSymbol(prev) ? FINAL_NISBA_I : 1);
    // an Arabic word that begins with alif or ayn begins with a vowel, which every other script writes
    // (أحمد is Ahmad, not Hamid); left out only in a few Maghrebi spellings (Brahim)
    if (ch === "'" && i === 0 && abjad && n > 1 && !isVowelSymbol(next)) c = 0.6;
    // a short vowel inside an Arabic-script word is one its pattern gives (فاعل → Hamid): it is known
    if (abjad && isShortVowel(ch) && !final) c = 0.9;
    // a word-initial h is a letter (ح or ه), not a spelling detail (Hamada is not عماد)
    if (ch === 'h' && i === 0) c = 0.9;
    // the a of a first diphthong ay is a vowel of the name: without it the name is another (Ayman / Iman = أيمن / إيمان)
    if (ch === 'a' && i === 0 && !abjad && (next === 'y' || next === 'i') && n > 3 && !isVowelSymbol(s[2]!)) c = Math.max(c, INITIAL_DIPHTHONG_A);
    // a first ei is the ayn or alif of عي, إي written before the i (Eissa, Eiman, Eid = عيسى, إيمان, عيد = Issa, Iman, Id)
    if (ch === 'e' && i === 0 && !abjad && (next === 'i' || next === 'I')) c = INITIAL_E_BEFORE_I;
    // the first vowel of a Latin diphthong au is spelt ou, u or o as often (Chaudhary / Choudhry / Chudri)
    if (ch === 'a' && (next === 'u' || next === 'U')) c = 0.25;
    // … and so is the first vowel of aw before a consonant (Tawfiq / Toufic / Tevfik)
    if (ch === 'a' && next === 'w' && i + 2 < n && !isVowelSymbol(s[i + 2]!)) c = 0.25;
    // … or av, as Persian, Tajik and Slavic spellings write it, against the Turkish ev (Тавфик, Javdat = Tevfik, Cevdet)
    if (ch === 'a' && next === 'v' && i + 2 < n && !isVowelSymbol(s[i + 2]!) && !abjad) c = 0.25;
    // Arabic t+h, d+h, s+h, k+h, z+h are what Latin writes as the digraphs th, dh, sh, kh, zh (Fathi = فتحي,
    // Azhar = أزهر, Mazhar = مظهر)
    if (ch === 'h' && abjad && 'tdskzD'.includes(prev) && prev !== '') c = 0.15;
    // a final h after a vowel is often a spelling of taa marbuta (Fatimah, Khadijah, Fatemeh)
    // — in Latin and Cyrillic: in Arabic script a final h is a letter ح or ه after long alif (سامح is not سامي)
    if (ch === 'h' && i === n - 1 && isVowelSymbol(prev)) c = abjad ? FINAL_HA_ABJAD : 0.2;
    // h between vowels is sometimes not written (Ibrahim / Ibraim, Yahaya / Yaya), but more often it is the ه or ح of
    // another name (Suhaib / Shuaib, Duha / Duaa, Ahed / Ayed)
    if (ch === 'h' && i > 0 && i < n - 1 && isVowelSymbol(prev) && isVowelSymbol(next)) c = H_BETWEEN_VOWELS;
    // an i between a consonant and a final a is the consonant y of -iya (Nadia, Lamia, Samia = نادية, لمياء, سامية):
    // without it the name is another (Nada, Lama, Sama = ندى, لمى, سما)
    // the i or y of a diphthong ai/ay before a consonant is the ya of the name (Umair, Ubaida = عمير, عبيدة): without
    // it the name is another (Umar, Ubada = عمر, عبادة)
    if ((ch === 'i' || ch === 'y') && !abjad && i >= 2 && prev === 'a' && next !== '' && !isVowelSymbol(next)) c = Math.max(c, DIPHTHONG_GLIDE);
    // a first consonant is part of the name: without it the name is another (Valizadeh / Alizadeh, Latif / Atif)
    // — a w too (Wasif / Asif, Abdul Wali / Abdul Ali), but not a w before its own u, which French writes ou alone (Wurud = Ouroud)
    if (i === 0 && n > 2 && !abjad && !isVowelSymbol(ch) && !INITIAL_LIGHT.includes(ch) && !(ch === 'w' && 'uUOo'.includes(next))) c = Math.max(c, INITIAL_CONSONANT);
    // … but the t of a first ts: the ጸ ፀ of Ethiopic names and a Slavic ц, which other spellings write s or z (Tsion = Sion =
    // Zion = ጽዮን, Tsehaye = Sehaye); also between vowels, where a compound's second name begins with it (Habtetsion =
    // Habtezion = ሃብተጽዮን)
    if (ch === 't' && next === 's' && n > 3 && !abjad && (i === 0 || (isVowelSymbol(prev) && isVowelSymbol(s[i + 2] ?? '')))) c = T_OF_TS;
    // … written -iya too (Safiya, Nadiya, Надия = صفية, نادية; Safa, Nada = صفا, ندى)
    const yaOfIya = !abjad && ch === 'i' && n >= 4 && !isVowelSymbol(prev) && prev !== "'" && prev !== 'y'
      && ((i === n - 2 && (next === 'a' || next === 'A')) || (i === n - 3 && next === 'y' && (s[n - 1] === 'a' || s[n - 1] === 'A')));
    if (yaOfIya) c = Math.max(c, IYA_I);
    // an i between two consonants is a vowel of the name, which a spelling without it does not have (Fadil / Fadl,
    // Hamidullah / Hamdullah = فاضل / فضل, حميد الله / حمد الله); epenthetic vowels are written a or e (Bader = Badr)
    // — not before the last consonant and a final vowel, where spoken Arabic and Turkish drop it (Fatima = Fatma, Fatme)
    else if (!abjad && ch === 'i' && i > 0 && i < n - 1 && !isVowelSymbol(prev) && prev !== "'" && !isVowelSymbol(next) && next !== "'"
      && !LAST_CONSONANT_AND_VOWEL.test(s.slice(i + 1))) c = Math.max(c, I_BETWEEN_CONSONANTS);
    // … but for the i after a first consonant before another, which a spelling without it leaves to be said: Kurdish,
    // Tigrinya and Maghrebi names begin with such a cluster only in spellings that leave out the short i (Chnar = Chinar,
    // Swar = Siwar, Rgbe = Rigbe)
    if (!abjad && ch === 'i' && i === 1 && n >= 4 && !isVowelSymbol(prev) && prev !== "'" && !isVowelSymbol(next) && next !== "'" && isVowelSymbol(s[3]!)) c = EPENTHETIC_I;
    // … and for an i before a last consonant after a syllable with e, i, o or u, where Kurdish, Turkish and Sudanese
    // spellings say the vowel others leave out (Hogir = Hogr, Bedir = Badr, Nimir = Nimr); after a it is the i of fāʿil
    // (Fadil / Fadl)
    if (!abjad && ch === 'i' && i === n - 2 && n >= 5 && !isVowelSymbol(prev) && prev !== "'" && !isVowelSymbol(next) && next !== "'" && 'eiouEIOU'.includes(s[n - 4]!)) c = EPENTHETIC_I;
    del[i] = c;
    let ca = lastConsonant ? 1 : c;
    // Arabic script writes final vowels (ة ا ى ي و): a final vowel missing there is a different name
    // except the silent final e of French spellings after a consonant (Adnane, Ousmane, Amine = عدنان, عثمان, أمين):
    // a vowel Arabic script would write as ه is -a or -e after a consonant too, but then the Arabic side has it
    if (final) ca = ch === 'a' || ch === 'A' ? 1.4 : ch === 'e' ? (isVowelSymbol(prev) ? 0.6 : 0.2) : 0.8;
    // two vowels in a row are a long vowel or a diphthong, which Arabic script writes (Hussein / حسن)
    // — except the a or e of a final -ai, -ay, -ei, -ey, which a final ي writes alone (Uday, Qusay, Luay = عدي, قصي, لؤي)
    else if ((ch === 'a' || ch === 'e') && i === n - 2 && (next === 'i' || next === 'y')) ca = FINAL_DIPHTHONG_VOWEL;
    // u or o before a (Shuaib, Shoaib, Muaz, Suad = شعيب, معاذ, سعاد): the a is the vowel of an ayn, a hamza or a waw
    // that follows a short vowel Arabic script does not write
    // — and before i or e, the kasra after the ayn of muʿ- (Muiz, Moez, Muin = معز, معين)
    else if ((ch === 'u' || ch === 'o') && (next === 'a' || next === 'i' || next === 'e') && i > 0 && !isVowelSymbol(prev)) ca = VOWEL_BESIDE_UNWRITTEN_LETTER;
    // … and the a after u or o before a consonant, where the u is a waw (Anuar, Anouar = أنور), and that i or e
    else if ((ch === 'a' || ch === 'i' || ch === 'e') && (prev === 'u' || prev === 'o') && i >= 2 && !isVowelSymbol(s[i - 2]!) && next !== '' && !isVowelSymbol(next)) ca = VOWEL_BESIDE_UNWRITTEN_LETTER;
    // … and the a of ae before a consonant, the Gulf and Iraqi spelling of the diphthong ay (Laeth, Ghaeth = ليث, غيث)
    else if (ch === 'a' && next === 'e' && i > 0 && i + 2 < n && !isVowelSymbol(prev) && !isVowelSymbol(s[i + 2]!)) ca = VOWEL_BESIDE_UNWRITTEN_LETTER;
    // … and of ai, ay, ei, ey before a consonant, the diphthong Arabic script writes with its ya (Ubaid, Hussain = عبيد,
    // حسين)
    else if ((ch === 'a' || ch === 'e') && (next === 'i' || next === 'y') && i > 0 && i + 2 < n && !isVowelSymbol(prev) && !isVowelSymbol(s[i + 2]!)) ca = VOWEL_BESIDE_UNWRITTEN_LETTER;
    else if (isShortVowel(ch) && (isVowelSymbol(prev) || isVowelSymbol(next))) ca = 0.4;
    else if (isShortVowel(ch)) ca = ch === 'a' || ch === 'e' ? 0.05 : 0.12;
    // a long vowel: written by Arabic script in a last syllable (longVowelVsAbjad)
    else if ('AIUEO'.includes(ch)) ca = longVowelVsAbjad(s, i, ch);
    // -ah, -eh: against Arabic script, which writes the taa marbuta itself (ة, ه), the h only spells it
    // (Odeh, Attieh, Fatimah = عودة, عطية, فاطمة)
    else if (ch === 'h' && i === n - 1 && (prev === 'a' || prev === 'e')) ca = 0.05;
    if (yaOfIya) ca = Math.max(ca, IYA_I);
    // an h before a last a is the ه or ح of the name before its taa marbuta (Nabiha = نبيهة), not a single final ه
    // read as the taa marbuta (نبيه is Nabih) — in a word of five letters or more: Taha = طه writes its last a nowhere
    if (ch === 'h' && i === n - 2 && n >= 5 && isVowelSymbol(prev) && (next === 'a' || next === 'e')) ca = Math.max(ca, H_BEFORE_LAST_A);
    // the glide of a diphthong ai, ei, ay, ey, ej before a consonant, or ey, ej before an i and a consonant, is the ya
    // Arabic script writes (Hussein, Хусеин, Husejn, Hüseyin = حسين): without it the name is another (حسن)
    if (!abjad && diphthongGlide(s, i)) ca = Math.max(ca, DIPHTHONG_GLIDE);
    delVsAbjad[i] = ca;
  }
  // (each array is made only for the word it can be used for: against Arabic script only a word of another script is
  // read with delVsAbjad, and only an Arabic-script one with delVsOther and delBothAbjad; the others share delMilli)
  const delMilli = milli(del);
  const delVsAbjadMilli = abjad ? delMilli : milli(delVsAbjad);
  // (… and a consonant written twice — where two words join, حسین‌نژاد, or a foreign double letter copied, مككلور McClure —
  // is the one letter other scripts write: Hoseinejad)
  // (… and a ya before the last ya, محيي, is the y other spellings say in the long i or leave out: Mohi, Mohiuddin)
  const delVsOtherMilli = abjad ? milli(Float64Array.from(del, (x, i) => (s[i] === 'Y' && i === n - 2 && s[i + 1] === 'Q' && i > 0 ? DOUBLED_LETTER
    : 'WY'.includes(s[i]!) && lastSyllable(s, i) ? LAST_VOWEL_LETTER
    : i > 0 && s[i] === s[i - 1] && !isVowelSymbol(s[i]!) ? Math.min(x, DOUBLED_LETTER) : x))) : delMilli;
  // between two Arabic spellings a letter is a letter: an alif, ayn or hamza before the end too (الأحمد / الحمد)
  // … but a short a inside the word is the Kurdish ە, which writes the vowels Arabic and Persian spellings leave out
  // (جەمال = جمال, ئەحمەد = أحمد); in a Kurdish word a waw or ya inside may be a short u or i too (عومەر = عمر)
  const kurdishWord = abjad && (kurdish || KURDISH_WORD.test(s));
  // (a ya before a ya, محيي, is the one ya Persian and Urdu write: محی الدین)
  const bothAbjad = (writtenShortI: boolean): Int32Array => milli(Float64Array.from(del, (x, i) => (s[i] === 'Y' && (s[i - 1] === 'Y' || s[i + 1] === 'Q') ? DOUBLED_LETTER
    : kurdishWord && (s[i] === 'W' || (writtenShortI && s[i] === 'Y')) && i > 0 && i < n - 1 ? KURDISH_WRITTEN_SHORT_VOWEL
    : 'AWYQ0'.includes(s[i]!) ? 1.2 : s[i] === 'h' || (s[i] === "'" && i < n - 1) ? 1
      : s[i] === 'a' && i < n - 1 ? KURDISH_WRITTEN_SHORT_VOWEL : s[i] === 'i' ? READ_FAAIL_VOWEL : x)));
  const delBothAbjadMilli = !abjad ? delMilli : bothAbjad(true);
  // (… and against another word of a Sorani name, which writes its ya too, a short u not always: موحەممەد = محەمەد, but
  // حوسێن is not حەسەن)
  const delBothSoraniMilli = abjad && kurdish ? bothAbjad(false) : delBothAbjadMilli;
  const withoutFinalT = !abjad && FINAL_AT.test(s) ? phoneticWord(`${s.slice(0, -2)}a`, false, sameScript) : null;
  const alifHa = abjad && FINAL_ALIF_HA.test(s);
  const withFinalT = alifHa ? phoneticWord(`${s.slice(0, -1)}t`, true, asWritten) : null;
  const withFinalH = alifHa || (abjad && (FINAL_WAW_HA.test(s) || FINAL_YA_HA.test(s))) ? phoneticWord(`${s.slice(0, -1)}h`, true, asWritten) : null;
  return {
    symbols: s, codes, delMilli, delVsAbjadMilli, delVsOtherMilli, delBothAbjadMilli, delBothSoraniMilli, weight, lastVowelAt: lastVowelOf(codes), abjad,
    kurdish: kurdishWord, soraniName: abjad && kurdish, vowelsOptional: vowelsOptional && !abjad,
    withoutFinalT, withFinalT, withFinalH, template: templateOf(s, abjad), ending: endingOf(s, abjad),
    yaSaidI: abjad && YA_SAID_I.test(s), endsInA: !abjad && A_AFTER_CONSONANT.test(s),
    germanS: !abjad && GERMAN_S.test(s),
    sIsS,
    sNotZ: options.greek === true,
    ethiopic: options.ethiopic === true,
    cyrillic: options.cyrillic === true,
    shReadAsSElsewhere: options.shReadAsSElsewhere === true,
    // (of three letters or more: a shorter word is an initial or a particle)
    firstVowel: !abjad && n > 2 && options.articleGlued !== true ? firstVowelOf(s, codes, options) : 0,
    firstLetterWrites: abjad && startsAsWritten && n > 0 ? FIRST_LETTER_WRITES[s.charCodeAt(0)]! : ANY_FIRST,
    ksReading: !abjad && s.indexOf('x', 1) > 0 ? phoneticWord(s[0] + s.slice(1).replace(/x/g, 'ks'), false, sameScript) : null,
    taaReading: abjad && PERSIAN_TAA.test(s) ? phoneticWord(`${s.slice(0, -1)}a`, true, asWritten) : null,
    hReading: !abjad && SPLIT_DIGRAPH.test(s) ? phoneticWord(withDigraphsSplit(s), false, sameScript) : null,
    tsReading: !abjad && LATIN_C.test(s) ? phoneticWord(s.replace(LATIN_C_EVERY, 'ts'), false, sameScript) : null,
    zAsTsReading: !abjad && options.ethiopic !== true && s.includes('z') ? phoneticWord(s.replace(/z/g, 'ts'), false, sameScript) : null,
    dzReading: !abjad && s.indexOf('dz', 1) > 0 ? phoneticWord(s[0] + s.slice(1).replace(/dz/g, 'j'), false, sameScript) : null,
    spokenReading: abjad && SAID_OTHERWISE.test(s) ? phoneticWord(saidAsWritten(s), true, { kurdish }) : null,
    oAsAlifReading: abjad || !tajik ? null : oAsAlif(s, sameScript, options.tajikLetters === true),
    tajikOrUzbek: tajik,
    innerOAsAlifReading: plainCyrillic ? oAsAlif(s, sameScript, false, true) : null,
    maqsuraOAsAlifReading: plainCyrillic && FINAL_O.test(s) ? oAsAlif(s, sameScript, false) : null,
    apostropheReading: !abjad && VOWEL_APOSTROPHE_VOWEL.test(s) ? phoneticWord(s.replace(VOWELS_AROUND_APOSTROPHE, (_, v: string) => v.toUpperCase()), false, sameScript) : null,
  };
}

/**
 * The vowel pattern of a two-syllable Arabic name where a spelling shows it unambiguously — faʿīl (Amir, Hamid,
 * Salim = أمير حميد سليم) or fāʿil (Amer, Hamed, Salem = عامر حامد سالم). Arabic script shows faʿīl by a ي between
 * the last two consonants and no other vowel letter; Latin and Cyrillic show fāʿil by a single e after a consonant
 * that is not a glide in a closed last syllable — the i of fāʿil, which no spelling of faʿīl writes so (Sayed = سيد
 * reads its y as the consonant; a European e, which Arabic script writes ي, comes with other vowel letters: Oleg =
 * اوليغ). The converse (a doubled ee of faʿīl against the alif of fāʿil) is not used: English spellings write ee for
 * the i of fāʿil too (Naseer = ناصر).
 */
const NO_TEMPLATE = 0;
const FAIL_SHORT = 1;
const FAIL_LONG = 2;
const C = "[bptdkqgfvlmnrszhjcZDTxGC'KSH]";
const ARABIC_FAIL_LONG = new RegExp(`^${C}{2}Y${C}$`);
const LATIN_FAIL_SHORT = new RegExp(`^${C}?[aeiou]${C}*[bptdkqgfvlmnrszhjcZDTxGC'KSH]e${C}$`);

function templateOf(s: string, abjad: boolean): number {
  if (abjad) return ARABIC_FAIL_LONG.test(s) ? FAIL_LONG : NO_TEMPLATE;
  return LATIN_FAIL_SHORT.test(s) ? FAIL_SHORT : NO_TEMPLATE;
}

/**
 * A Latin or Cyrillic -ah or -eh after a consonant ends the name in a taa marbuta (Fatemeh, Zakieh = فاطمة, زكية) or a
 * ح (Sameh, Fateh = سامح, فاتح): either way not the -i of a ي (Fatemi, Zaki, Sami, Fathi = فاطمي, زكي, سامي, فتحي). An -eh
 * is not the -a of a final ى either; an -ah may be (Salmah = سلمى).
 */
const NO_ENDING = 0;
const ENDS_AH = 1;
const ENDS_EH = 2;
const ENDS_I = 3;
const ENDS_Q = 4;
const ENDS_CONSONANT = 5;
const ENDS_IYE = 6;
// (an Arabic-script long a with the hamza after it, اء: Alaa, Hanaa, Walaa = علاء, هناء, ولاء — never written with the final
// ي or ى of Ali, Hani, Wali = علي, هاني, ولي, though a ى may be the a of Huda, Mona = هدى, منى, and a ي typed for it too;
// a Latin aa says nothing, as Lubnaa, Arwaa = لبنى, أروى)
const ENDS_ALIF_HAMZA = 7;
const ALIF_HAMZA_END = /[^aeiouAIUEOWYQ']A'$/;
// (the Turkish feminine -iye after a consonant, Hilmiye, Mahdiye = Хилмийе, Albanian and Bosnian -ije; the Somali masculine -iye shows itself by a
// long vowel written double, Diiriye, Kaahiye, or comes after a short base, Diriye: no long vowel in the word, and three
// consonants or more before the -iye, or two and a vowel but i, Nuriye, Zekiye; see endingOf)
const FEMININE_IYE = /^[^AIU]*[^aeiouAIUEOWYQ'y]iye$/;
// (… and the -ije of Albanian and Bosnian spellings, which Somali does not write: Hajrije, Sabrije, Хајрије)
const FEMININE_IJE = /[^aeiouAIUEOWYQ'y]ije$/;
// (of a base of two consonants, one with a vowel other than i: Nuriye, Zekiye, Naciye, not the Somali Diriye)
const isFeminineIye = (s: string): boolean => FEMININE_IJE.test(s) || (FEMININE_IYE.test(s) && feminineIyeBase(s.slice(0, -3)));
// (… nor the Somali Abdiye, Cabdiye: an Abd- base)
function feminineIyeBase(base: string): boolean {
  const consonants = consonantCount(base);
  return consonants >= 3 || (consonants === 2 && /[aeouAEOU]/.test(base) && !/^K?[aA]bd$/.test(base));
}
const ENDING_MISMATCH = 0.7;
const FEMININE_EH = 0.5;
// (against Arabic script, where the -e and -h cost almost nothing to add, the ending weighs the more)
const FEMININE_EH_VS_ABJAD = 1;
function endingOf(s: string, abjad: boolean): number {
  const n = s.length;
  if (n < 3) return NO_ENDING;
  const last = s[n - 1]!;
  // (an Arabic-script word ending in a consonant other than ح, ه: against a Latin -ah, -eh only the feminine ending can add it)
  if (abjad) {
    if (last === "'" && ALIF_HAMZA_END.test(s)) return ENDS_ALIF_HAMZA;
    return last === 'Q' ? ENDS_Q : isVowelSymbol(last) || last === 'h' || last === "'" ? NO_ENDING : ENDS_CONSONANT;
  }
  if (last === 'i' || last === 'I') return isVowelSymbol(s[n - 2]!) ? NO_ENDING : ENDS_I;
  if (last === 'e' && isFeminineIye(s)) return ENDS_IYE;
  if (last !== 'h') return isVowelSymbol(last) || last === "'" ? NO_ENDING : ENDS_CONSONANT;
  if (isVowelSymbol(s[n - 3]!) && s[n - 3] !== 'i') return NO_ENDING;
  return s[n - 2] === 'e' ? ENDS_EH : s[n - 2] === 'a' ? ENDS_AH : NO_ENDING;
}
// The last ya of an Arabic-script name after a long a and one consonant is the -i of fāʿil names with the nisba or of
// their own (سامي, هاني, رامي = Sami, Hani, Rami): no name of that shape ends in an alif maqsura, which the ي may
// write elsewhere (مصطفي, موسي = Mustafa, Musa), so a Latin or Cyrillic -a is another name (Sama, Hana, Rama = سما, هناء, راما);
// of four letters only: a longer word may be a fuʿālā (خزامى = Khuzama)
const YA_SAID_I = /^[^aeiouAIUEOYQ']A[^aeiouAIUEOWYQ']Q$/;
// (… and the -ae of Moroccan spellings, Hanae = هناء, read a long a and the hamza; weighed as the feminine -eh against Arabic script is, so that a whole
// name with it is another too: سامي حسين is not Sama Hussein)
const A_AFTER_CONSONANT = /[^aeiouAIUEOWYQ'y](?:[aA]h?|A')$/;
function endingCost(a: PhoneticWord, b: PhoneticWord): number {
  if ((a.yaSaidI && b.endsInA) || (b.yaSaidI && a.endsInA)) return FEMININE_EH_VS_ABJAD;
  const x = Math.min(a.ending, b.ending);
  const y = Math.max(a.ending, b.ending);
  if (x === NO_ENDING) return 0;
  // a Persian feminine -eh added to a name that ends in the consonant before it (Bahareh / Bahar = بهاره / بهار; not
  // the ḥ of Saleh against Somali Saalax)
  if (y === ENDS_CONSONANT) {
    if (x !== ENDS_EH && x !== ENDS_AH) return 0;
    const [eh, consonant] = a.ending === ENDS_CONSONANT ? [b.symbols, a.symbols] : [a.symbols, b.symbols];
    return eh[eh.length - 3] === consonant[consonant.length - 1] ? (a.abjad !== b.abjad ? FEMININE_EH_VS_ABJAD : FEMININE_EH) : 0;
  }
  if (y === ENDS_ALIF_HAMZA) return x === ENDS_Q ? ENDING_MISMATCH : 0;
  if (y === ENDS_IYE) return x === ENDS_I || x === ENDS_Q ? ENDING_MISMATCH : 0;
  return (y === ENDS_I && x !== ENDS_I) || (y === ENDS_Q && x === ENDS_EH) ? ENDING_MISMATCH : 0;
}

/** Whether two words end otherwise by a feminine or nisba ending (Amineh / Amin, Hilmiye / Hilmi): see endingCost. */
export const endingsDiffer = (a: PhoneticWord, b: PhoneticWord): boolean => endingCost(a, b) > 0;

/** What the word-level costs (template, ending) saw, in words for a caseworker; empty when they saw nothing. */
export function patternNotes(a: PhoneticWord, b: PhoneticWord): string[] {
  const notes: string[] = [];
  if (firstVowelCost(a, b) > 0) notes.push('a first vowel that the Arabic-script spelling does not write (Ahmad = أحمد, not حمد)');
  if (templateCost(a, b) > 0) notes.push('another vowel pattern: the e of fāʿil (Amer = عامر) in one, the ي of faʿīl (أمير) in the other');
  if (endingCost(a, b) > 0) {
    notes.push(a.ending === ENDS_CONSONANT || b.ending === ENDS_CONSONANT
      ? 'another ending: the feminine -eh/-ah in one, the name without it in the other'
      : a.ending === ENDS_IYE || b.ending === ENDS_IYE
        ? 'another ending: the Turkish feminine -iye in one, the masculine -i in the other (Hilmiye / Hilmi)'
        : a.ending === ENDS_ALIF_HAMZA || b.ending === ENDS_ALIF_HAMZA
          ? 'another ending: the long a and hamza (اء) in one, a final ya in the other (علاء / علي)'
          : (a.yaSaidI && b.endsInA) || (b.yaSaidI && a.endsInA)
            ? 'another ending: the -i of a final ya after a long a (سامي = Sami) in one, -a in the other'
          : 'another ending: -ah/-eh (taa marbuta or ḥ) in one, -i (ي) in the other');
  }
  return notes;
}

/**
 * Added to the edit cost when a word of another script begins with a vowel that the first letter of an Arabic-script
 * word does not write: Arabic script writes a first vowel with alif, ayn or hamza (Ahmad, Ehsan, Ayman are أحمد, احسان,
 * أيمن, not حمد, حسن, يمن); a first ya or waw is a consonant, the y or w that a first i or e, u or o writes only as a
 * glide before another vowel (Iasmin, Eusuf = ياسمين, يوسف; Esra, Ola are not يسرى, ولاء), or a Cyrillic е said ye
 * (Езид = يزيد).
 */
const FIRST_VOWEL_UNWRITTEN = 0.8;
function firstVowelCost(a: PhoneticWord, b: PhoneticWord): number {
  if (a.abjad === b.abjad) return 0;
  const [other, arabic] = a.abjad ? [b, a] : [a, b];
  const vowel = other.firstVowel;
  const writes = arabic.firstLetterWrites;
  if (vowel === 0 || ((vowel & writes & ANY_FIRST) !== 0 && ((writes & GLIDE) === 0 || (vowel & GLIDE) !== 0))) return 0;
  return FIRST_VOWEL_UNWRITTEN;
}


/** Added to the edit cost when one spelling shows one template and the other the other. */
const TEMPLATE_MISMATCH = 0.7;
function templateCost(a: PhoneticWord, b: PhoneticWord): number {
  return a.template + b.template === FAIL_SHORT + FAIL_LONG && a.abjad !== b.abjad ? TEMPLATE_MISMATCH : 0;
}

const FINAL_AT = /..[aeAE]t$/;
const GERMAN_S = /^s(?=[aeiou])(?:.*ei|.*[^aeiouAIUEO][oe]wa?$)/;
const GLIDE_AFTER_CONSONANT = 0.75;
const SILENT_WAW_AFTER_KH = 0.2;
/**
 * Whether the symbol at `i` of an alphabet's word is the w of Persian خوا after kh, which is not said (Khwaja = Khaja =
 * Хаджа), or the Cyrillic в written for it (Dilkhwaz = Dilxaz = Дилхваз): inside a word, or a first khwa of a word of two
 * syllables or more (not the Korean Khwan, Хван, nor Russian names that begin so, Хватов, which Russian would not write for
 * خوا).
 */
function silentWawAfterKh(s: string, i: number, cyrillic: boolean): boolean {
  const ch = s[i];
  const next = s[i + 1];
  if (i < 1 || (next !== 'a' && next !== 'A')) return false;
  const prev = s[i - 1];
  if (i >= 2) return (ch === 'w' && prev === 'x') || (cyrillic && ch === 'v' && prev === 'h');
  return ch === 'w' && prev === 'x' && i + 3 < s.length && isVowelSymbol(s[i + 3]!);
}
const INNER_CONSONANT = 1.1;
const FINAL_CONSONANT = 1.4;
// a short vowel a Kurdish spelling writes (ە, or a waw or ya inside a Kurdish word) and an Arabic one leaves out
const KURDISH_WRITTEN_SHORT_VOWEL = 0.15;
// the i of فاعل, which the reading supplies and no Arabic-script spelling writes: nothing against a spelling of the word
// the reading gave none (تارڑ = تارر, where the Urdu letter tells that the word is not Arabic)
const READ_FAAIL_VOWEL = 0.1;
// a short a before the end of an Arabic-script word: only the Kurdish ە writes one
const KURDISH_WORD = /a./;
const FINAL_DIPHTHONG_VOWEL = 0.1;
const HIATUS_J = 0.3;
// a short vowel beside a letter Arabic script writes and Latin writes as a vowel (the ayn of Shuaib, the ya of Ubaid)
const VOWEL_BESIDE_UNWRITTEN_LETTER = 0.2;
const I_BETWEEN_CONSONANTS = 0.8;
const EPENTHETIC_I = 0.5;
const INITIAL_DIPHTHONG_A = 1;
// a final -i after a consonant is the nisba of a family name (Rahmani, Hashimi = رحماني, هاشمي): without it the name is another
const FINAL_NISBA_I = 1.6;
const LAST_CONSONANT_AND_VOWEL = /^[^aeiouAIUEOWYQ][aeiouAIUEO]h?$/;
const DIPHTHONG_GLIDE = 1;
const isConsonantAt = (s: string, i: number): boolean => i < s.length && !isVowelSymbol(s[i]!);
/**
 * Whether the symbol at i is the glide of a diphthong after a or e (see delVsAbjad) — not the i of a final French -aine,
 * which writes a vowel (Ghizlaine = غزلان).
 */
function diphthongGlide(s: string, i: number): boolean {
  const ch = s[i]!;
  if ((ch !== 'i' && ch !== 'y' && ch !== 'j') || i < 2 || (s[i - 1] !== 'a' && s[i - 1] !== 'e') || isVowelSymbol(s[i - 2]!) || (i === s.length - 3 && s.endsWith('aine'))) return false;
  if ((ch === 'i' || ch === 'y' || ch === 'j') && isConsonantAt(s, i + 1)) return true;
  return (ch === 'y' || ch === 'j') && s[i + 1] === 'i' && isConsonantAt(s, i + 2);
}
const H_BETWEEN_VOWELS = 0.4;
const H_BEFORE_LAST_A = 1;
const FINAL_GLIDE_W = 1;
const INITIAL_CONSONANT = 1.5;
const T_OF_TS = 0.3;
const INITIAL_E_BEFORE_I = 0.1;
const INITIAL_LIGHT = "hyKS'";
// the ح that ends an Arabic-script word is written in every Latin spelling (Sameh, Saleh, Farah = سامح, صالح, فرح)
const FINAL_HA_ABJAD = 0.8;
const LAST_VOWEL_LETTER = 1;
const DOUBLED_LETTER = 0.2;
const FINAL_ALIF_HA = /.Aa$/;
// … and after waw: the ة of عروة (Urwa), or the h Persian and Urdu say after a final و (کوه Koh, کمبوه Kamboh, شکوه Shikoh)
const FINAL_WAW_HA = /.Wa$/;
// … and after ya: the h of faʿīl from a root that ends in it (Nabih, Wajih, Nazih = نبيه, وجيه, نزيه)
const FINAL_YA_HA = /.Ya$/;

/** The position of the last vowel of a word with two syllables or more; -1 for a word of one. */
function lastVowelOf(codes: Uint8Array): number {
  let last = -1;
  let count = 0;
  for (let i = 0; i < codes.length; i++) if (isVowelCode(codes[i]!)) { last = i; count++; }
  return count >= 2 ? last : -1;
}
// the vowel of the last syllable tells Arabic and Persian name patterns apart (Farzin / Farzan, Farshid / Farshad, Shakir
// / Shakur), where the first varies between dialects and spellings (Ridvan = Radvan, Bilkis = Balkis): between two
// alphabets, a/i, a/u and i/u there cost more
const LAST_SYLLABLE_VOWEL_FACTOR = 1.1;
const OTHER_VOWEL_MILLI = 800;

// a k against an h before a consonant or two vowels: both the kh of one name, which spellings reduce one way or the other
// (Moktar = Muhtar, Lakdar = Лахдар = لخضر, Mikail = Mihail = ميخائيل), where before one vowel they are ك and ح of two
// names (Maliha / Malika, Falahi / Falaki: phonetic.ts). Only where k and h cost K_AGAINST_H: between two alphabets and
// against Arabic script, not between two Arabic spellings, whose letters say which they are; at the end of a word too
// (Шейх = Шеик), before the edge cost's adjustments.
const K_H_MILLI = Math.round(K_AGAINST_H * SCALE);
const K_H_REDUCED_MILLI = Math.round(K_AGAINST_REDUCED_KH * SCALE);
/** Whether the symbol at cell i of a word or that at cell j of the other comes before a consonant, two vowels or the end. */
const mayBeReducedKh = (ca: Uint8Array, i: number, cb: Uint8Array, j: number): boolean =>
  notBeforeOneVowel(ca, i) || notBeforeOneVowel(cb, j);
const notBeforeOneVowel = (c: Uint8Array, at: number): boolean =>
  at === c.length || !isVowelCode(c[at]!) || (at + 1 < c.length && isVowelCode(c[at + 1]!));

const milli = (costs: ArrayLike<number>): Int32Array => Int32Array.from(costs, (x) => Math.round(x * SCALE));

const rowOne = new Int32Array(MAX_SYMBOLS + 1);
const rowTwo = new Int32Array(MAX_SYMBOLS + 1);

/**
 * Minimal total edit cost between two words; gives up (returning `limit`) as soon as every path costs at
 * least `limit`, since a similarity cannot drop below zero.
 */
/**
 * What leaving out each symbol of `word` costs against `other`, in thousandths: between two Arabic spellings every letter
 * counts (but a Kurdish short a and waw, and ya against a word that is not of a Sorani name); against Arabic script, or
 * a word that leaves out its short vowels as Arabic script does, a short vowel costs little; otherwise the word's own
 * costs.
 */
function deletionCostsMilli(word: PhoneticWord, other: PhoneticWord): Int32Array {
  // (two words of Sorani names write their ya both: one left out is a vowel the other has not, حەسەن is not حوسێن)
  if (word.soraniName && other.soraniName) return word.delBothSoraniMilli;
  if (word.abjad && other.abjad) return word.delBothAbjadMilli;
  return other.abjad || (other.vowelsOptional && !word.abjad) ? word.delVsAbjadMilli : word.delVsOtherMilli;
}

export function editCost(a: PhoneticWord, b: PhoneticWord, limit = Infinity): number {
  const n = a.codes.length;
  const m = b.codes.length;
  const delA = deletionCostsMilli(a, b);
  const delB = deletionCostsMilli(b, a);
  const subs = SUBS_MILLI[substitutionTable(a, b)]!;
  const mixed = a.abjad !== b.abjad;
  const initialSZ = initialSZCost(a, b);
  const beforeW = bothBeforeWaw(a, b);
  const limitMilli = limit === Infinity ? 0x3fffffff : Math.ceil(limit * SCALE);
  let prev = rowOne;
  let cur = rowTwo;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + delB[j - 1]!;
  const ca = a.codes;
  const cb = b.codes;
  for (let i = 1; i <= n; i++) {
    const x = ca[i - 1]!;
    const dx = delA[i - 1]!;
    let diag = prev[0]!;
    let left = diag + dx;
    cur[0] = left;
    let rowMin = left;
    const rowBase = x * SYMBOL_COUNT;
    // the first and the last cell weigh vowel differences more (initial vowel, final -a)
    const special = i === 1 ? 1 : i === n ? m : 0;
    const lastVowelColumn = !mixed && i - 1 === a.lastVowelAt ? b.lastVowelAt + 1 : -1;
    const khPartner = x === K_CODE ? H_CODE : x === H_CODE ? K_CODE : -1;
    for (let j = 1; j <= m; j++) {
      const up = prev[j]!;
      let sub = subs[rowBase + cb[j - 1]!]!;
      if (cb[j - 1] === khPartner && sub === K_H_MILLI && mayBeReducedKh(ca, i, cb, j)) sub = K_H_REDUCED_MILLI;
      if (j === special && sub > 0) sub = Math.round(edgeCost(sub, i, j, n, m, x, cb[j - 1]!, cb[0]!, SCALE, mixed, initialSZ, beforeW));
      else if (j === lastVowelColumn && sub >= OTHER_VOWEL_MILLI) sub = Math.round(sub * LAST_SYLLABLE_VOWEL_FACTOR);
      let best = diag + sub;
      const del = up + dx;
      if (del < best) best = del;
      const ins = left + delB[j - 1]!;
      if (ins < best) best = ins;
      cur[j] = best;
      left = best;
      diag = up;
      if (best < rowMin) rowMin = best;
    }
    const t = prev;
    prev = cur;
    cur = t;
    if (rowMin >= limitMilli) return limit;
  }
  return prev[m]! / SCALE;
}

const GLOTTAL = symbolCode("'");
// the vowel that begins a word against the alif or ayn that begins its Arabic spelling (Omar = عمر, Ahmad = أحمد)
const INITIAL_GLOTTAL_VOWEL = 0.2;

const S = symbolCode('s');
const Z = symbolCode('z');
const isSZ = (x: number, y: number): boolean => (x === S && y === Z) || (x === Z && y === S);
// s and z: a final s is voiced and written z in Arabic script and Bosnian (Gomes = غوميز, Matthews = ماثيوز, Idriz =
// Idris), but a first letter s or z is another name (Said / Zaid, Saki / Zaki)
const FINAL_S_Z = 0.2;
const INITIAL_S_Z = 1;
// … except in a German spelling, where a first s before a vowel is said z (Seinab = Zainab = زينب), and against the ز of
// an Arabic spelling, which shows the s is that German one (Siad, Sakaria = زياد, زكريا), not the s of another name
const GERMAN_INITIAL_S_Z = 0.45;

/** What a first s against a first z costs: less where the s may be a German one (Seinab; Siad against زياد). */
function initialSZCost(a: PhoneticWord, b: PhoneticWord): number {
  if (a.germanS || b.germanS) return GERMAN_INITIAL_S_Z;
  return latinSAgainstZ(a, b) || latinSAgainstZ(b, a) ? GERMAN_INITIAL_S_Z : INITIAL_S_Z;
}
const latinSAgainstZ = (x: PhoneticWord, y: PhoneticWord): boolean => !x.abjad && y.abjad && x.codes[0] === S && y.codes[0] === Z;

const D_CODE = symbolCode('d');
const T_CODE = symbolCode('t');
const isDT = (x: number, y: number): boolean => (x === D_CODE && y === T_CODE) || (x === T_CODE && y === D_CODE);
const isST = (x: number, y: number): boolean => (x === S && y === T_CODE) || (x === T_CODE && y === S);
// s and t inside a word are the two readings of ث (see phonetic.ts); a first s or t is another name (Samir / Tamir)
const INITIAL_S_T = 1.15;
// Turkish orthography spells the final d of Arabic names t, as it is said (Ahmet, Mehmet, Hamit, Reşit, Cüneyt = أحمد
// محمد حامد رشيد جنيد): against Arabic script a final t and d are one letter; between two Latin spellings they still cost 0.25
const FINAL_T_D = 0;

const A_CODE = symbolCode('a');
const E_CODE = symbolCode('e');
const isAE = (x: number, y: number): boolean => (x === A_CODE && y === E_CODE) || (x === E_CODE && y === A_CODE);
const O_CODE = symbolCode('o');
const isAO = (x: number, y: number): boolean => (x === A_CODE && y === O_CODE) || (x === O_CODE && y === A_CODE);
// Somali writes the final ة of Arabic names -o (Xaliimo, Faadumo, Nimco = حليمة, فاطمة, نعمة): against the final a an
// Arabic-script ه or ة gives, a final -o is that spelling, not another gender (between Latin spellings it still is)
const SOMALI_FINAL_O = 0.3;

/**
 * Substitution cost at the first or last cell (`scale`: 1 for costs, SCALE for thousandths; `mixed`: one word in
 * Arabic script, whose final ه writes -a and -e alike: Fatme = فاطمه, Zohreh = زهره).
 */
const K_CODE = symbolCode('k');
const H_CODE = symbolCode('h');
const isKH = (x: number, y: number): boolean => (x === K_CODE && y === H_CODE) || (x === H_CODE && y === K_CODE);
// k and h inside a word may be the French and the Turkish kh (Moktar, Muhtar = مختار); a first k or h is another name
// (Kader / Hader, Kasim / Hasim = قادر / حيدر, قاسم / هاشم)
const INITIAL_K_H = 1.15;

const W_CODE = symbolCode('w');
const F_CODE = symbolCode('f');
// a German or Polish w inside a word is the v Arabic script writes ف; a first w is و (Wadi = وادي, not فادي Fadi)
const isWF = (x: number, y: number): boolean => (x === W_CODE && y === F_CODE) || (x === F_CODE && y === W_CODE);

const J_CODE = symbolCode('j');
const Y_CODE = symbolCode('y');
const isJY = (x: number, y: number): boolean => (x === J_CODE && y === Y_CODE) || (x === Y_CODE && y === J_CODE);
// a first j is the y of Slavic and German spellings as often as the j of English ones (Jusuf, Junus, Jakub = Yusuf,
// Yunus, Yaqub)
const INITIAL_J_Y = 0.1;

const WAW_CODES = new Set([...'wvW'].map(symbolCode));
const isWaw = (c: number): boolean => WAW_CODES.has(c);
const bothBeforeWaw = (a: PhoneticWord, b: PhoneticWord): boolean => a.codes.length > 1 && b.codes.length > 1 && isWaw(a.codes[1]!) && isWaw(b.codes[1]!);
// a first vowel before the w of و is rounded by it, and spelt a, o or u as often (Awais = Owais = Uwais = Oveis = أويس)
const INITIAL_VOWEL_BEFORE_W = 0.3;

function edgeCost(sub: number, i: number, j: number, n: number, m: number, x: number, y: number, firstB: number, scale: number, mixed: boolean, initialSZ: number, beforeW: boolean): number {
  if (mixed && i === n && j === m && isAE(x, y)) return sub;
  if (mixed && i === n && j === m && isAO(x, y)) return SOMALI_FINAL_O * scale;
  if (i === 1 && j === 1 && isKH(x, y)) return INITIAL_K_H * scale;
  if (mixed && i === n && j === m && isDT(x, y)) return FINAL_T_D * scale;
  if (i === 1 && j === 1 && isWF(x, y)) return scale;
  if (i === 1 && j === 1 && isJY(x, y)) return INITIAL_J_Y * scale;
  if (i === 1 && j === 1 && isST(x, y)) return INITIAL_S_T * scale;
  if (isSZ(x, y)) {
    if (i === 1 && j === 1) return initialSZ * scale;
    if (i === n && j === m) return FINAL_S_Z * scale;
  }
  if (i === 1 && j === 1 && x < 10 && firstB < 10) return beforeW ? Math.min(sub, INITIAL_VOWEL_BEFORE_W * scale) : sub * INITIAL_VOWEL_FACTOR;
  if (i === 1 && j === 1 && ((x === GLOTTAL && firstB < 10) || (firstB === GLOTTAL && x < 10))) return Math.min(sub, INITIAL_GLOTTAL_VOWEL * scale);
  if (i === n && j === m) return sub * finalFactor(x, y);
  return sub;
}

const VOWEL_APOSTROPHE_VOWEL = /([aeiou])'\1/;
const VOWELS_AROUND_APOSTROPHE = /([aeiou])'\1/g;

/** 0..1: one minus the edit cost relative to the words' phonetic length. */
export function wordSimilarity(a: PhoneticWord, b: PhoneticWord): number {
  if (a.symbols === b.symbols) return a.symbols.length > 0 ? 1 : 0;
  if (a.codes.length === 0 || b.codes.length === 0) return 0;
  let s = readingSimilarity(a, b);
  if (a.ksReading !== null) s = Math.max(s, readingSimilarity(a.ksReading, b));
  if (b.ksReading !== null) s = Math.max(s, readingSimilarity(a, b.ksReading));
  if (a.hReading !== null && LETTER_THEN_H.test(b.symbols)) s = Math.max(s, readingSimilarity(a.hReading, b));
  if (b.hReading !== null && LETTER_THEN_H.test(a.symbols)) s = Math.max(s, readingSimilarity(a, b.hReading));
  if (a.spokenReading !== null && !b.abjad) s = Math.max(s, readingSimilarity(a.spokenReading, b));
  if (b.spokenReading !== null && !a.abjad) s = Math.max(s, readingSimilarity(a, b.spokenReading));
  if (a.tsReading !== null && b.symbols.includes('ts')) s = Math.max(s, readingSimilarity(a.tsReading, b));
  if (b.tsReading !== null && a.symbols.includes('ts')) s = Math.max(s, readingSimilarity(a, b.tsReading));
  if (a.zAsTsReading !== null && writesTsLetter(b) && !bothCyrillic(a, b)) s = Math.max(s, readingSimilarity(a.zAsTsReading, b) * Z_AS_TS);
  if (b.zAsTsReading !== null && writesTsLetter(a) && !bothCyrillic(a, b)) s = Math.max(s, readingSimilarity(a, b.zAsTsReading) * Z_AS_TS);
  if (a.dzReading !== null) s = Math.max(s, readingSimilarity(a.dzReading, b));
  if (b.dzReading !== null) s = Math.max(s, readingSimilarity(a, b.dzReading));
  // (not against a word of a Tajik or Uzbek spelling that writes an o of its own, whose a is then no ā written o: but a
  // word without any o says nothing of it, as Ziba of Ziba Nazarova against Zebo Nazarova)
  if (a.oAsAlifReading !== null && (!b.tajikOrUzbek || !b.symbols.includes('o'))) s = Math.max(s, readingSimilarity(a.oAsAlifReading, b) * O_AS_ALIF);
  if (b.oAsAlifReading !== null && (!a.tajikOrUzbek || !a.symbols.includes('o'))) s = Math.max(s, readingSimilarity(a, b.oAsAlifReading) * O_AS_ALIF);
  if (a.innerOAsAlifReading !== null && b.abjad) s = Math.max(s, readingSimilarity(a.innerOAsAlifReading, b) * O_AS_ALIF);
  if (b.innerOAsAlifReading !== null && a.abjad) s = Math.max(s, readingSimilarity(a, b.innerOAsAlifReading) * O_AS_ALIF);
  if (a.maqsuraOAsAlifReading !== null && b.abjad && b.symbols.endsWith('Q')) s = Math.max(s, readingSimilarity(a.maqsuraOAsAlifReading, b) * O_AS_ALIF);
  if (b.maqsuraOAsAlifReading !== null && a.abjad && a.symbols.endsWith('Q')) s = Math.max(s, readingSimilarity(a, b.maqsuraOAsAlifReading) * O_AS_ALIF);
  if (a.apostropheReading !== null && !b.abjad) s = Math.max(s, readingSimilarity(a.apostropheReading, b));
  if (b.apostropheReading !== null && !a.abjad) s = Math.max(s, readingSimilarity(a, b.apostropheReading));
  return s;
}

// (a reading, not the spelling: just under it)
const O_AS_ALIF = 0.97;
const FIRST_VOWEL_AT = /[aeiouAIUEO]/;
const LAST_OV = /o(?=[vw]a?$)/;
const FINAL_O = /[^aeiouAIUEOWY']o$/;
function oAsAlif(s: string, options: WordOptions, fromFirstSyllable: boolean, keepLast = false): PhoneticWord | null {
  const first = fromFirstSyllable ? -1 : s.search(FIRST_VOWEL_AT);
  if ((first < 0 && !fromFirstSyllable) || s.indexOf('o', first + 1) < 0) return null;
  const ov = s.search(LAST_OV);
  const last = keepLast ? s.length - 1 : -1;
  const rest = s.slice(first + 1).replace(/o/g, (o, at: number) => (first + 1 + at === ov || first + 1 + at === last ? o : 'a'));
  const read = s.slice(0, first + 1) + rest;
  return read === s ? null : phoneticWord(read, false, options);
}

function readingSimilarity(a: PhoneticWord, b: PhoneticWord): number {
  let s = plainSimilarity(a, b);
  const taa = finalHaReadings(a, b);
  if (taa > s) s = taa;
  if (a.taaReading !== null && ENDS_IN_A.test(b.symbols)) s = Math.max(s, plainSimilarity(a.taaReading, b) * TAA_READ_AS_T);
  if (b.taaReading !== null && ENDS_IN_A.test(a.symbols)) s = Math.max(s, plainSimilarity(a, b.taaReading) * TAA_READ_AS_T);
  return s;
}

function plainSimilarity(a: PhoneticWord, b: PhoneticWord): number {
  const len = Math.max(2, (a.weight + b.weight) / 2);
  const cost = editCost(a, b, len) + templateCost(a, b) + endingCost(a, b) + firstVowelCost(a, b);
  const s = 1 - cost / len;
  return s > 0 ? s : 0;
}

/**
 * A final ه after alif: normalisation folds ة into ه, so it is the taa marbuta of نجاة, حياة, pronounced after
 * alif (Najat, Hayat), or the h of Persian شاه, سپاه (Shah, Sepah). Taa marbuta after a consonant: Turkish,
 * Bosnian, Persian and Urdu spell it -et or -at (Nimet, Hikmet, Rahmat, Ismet = نعمة حكمة رحمة عصمة), which
 * Arabic script writes as a final ه (after normalisation). That second reading is slightly weaker than the plain
 * one, so that a name in -āt written with its alif (بركات Barakat) stays closer to its own spelling.
 */
const TAA_READ_AS_T = 0.95;

function finalHaReadings(a: PhoneticWord, b: PhoneticWord): number {
  if (a.abjad === b.abjad) return 0;
  const arabic = a.abjad ? a : b;
  const other = a.abjad ? b : a;
  if (arabic.withFinalT !== null && arabic.withFinalH !== null) {
    return Math.max(plainSimilarity(arabic.withFinalT, other), plainSimilarity(arabic.withFinalH, other));
  }
  const h = arabic.withFinalH === null ? 0 : plainSimilarity(arabic.withFinalH, other);
  if (other.withoutFinalT === null || !arabic.symbols.endsWith('a')) return h;
  return Math.max(h, plainSimilarity(arabic, other.withoutFinalT) * TAA_READ_AS_T);
}

export interface EditStep {
  op: 'same' | 'sub' | 'del' | 'ins';
  a: string;
  b: string;
  cost: number;
}

/** The cheapest alignment, step by step (for explanations; not on the fast path). */
export function editSteps(a: PhoneticWord, b: PhoneticWord): EditStep[] {
  const n = a.codes.length;
  const m = b.codes.length;
  const delA = Float64Array.from(deletionCostsMilli(a, b), (x) => x / SCALE);
  const delB = Float64Array.from(deletionCostsMilli(b, a), (x) => x / SCALE);
  const d: Float64Array[] = [];
  for (let i = 0; i <= n; i++) d.push(new Float64Array(m + 1));
  for (let j = 1; j <= m; j++) d[0]![j] = d[0]![j - 1]! + delB[j - 1]!;
  const subs = SUBS[substitutionTable(a, b)]!;
  const subAt = (i: number, j: number): number => {
    let sub = subs[a.codes[i - 1]! * SYMBOL_COUNT + b.codes[j - 1]!]!;
    if (sub > 0 && ((i === 1 && j === 1) || (i === n && j === m))) sub = edgeCost(sub, i, j, n, m, a.codes[i - 1]!, b.codes[j - 1]!, b.codes[0]!, 1, a.abjad !== b.abjad, initialSZCost(a, b), bothBeforeWaw(a, b));
    return sub;
  };
  for (let i = 1; i <= n; i++) {
    d[i]![0] = d[i - 1]![0]! + delA[i - 1]!;
    for (let j = 1; j <= m; j++) {
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + subAt(i, j), d[i - 1]![j]! + delA[i - 1]!, d[i]![j - 1]! + delB[j - 1]!);
    }
  }
  const steps: EditStep[] = [];
  let i = n;
  let j = m;
  const eps = 1e-9;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && Math.abs(d[i]![j]! - (d[i - 1]![j - 1]! + subAt(i, j))) < eps) {
      const c = subAt(i, j);
      steps.push({ op: c === 0 ? 'same' : 'sub', a: a.symbols[i - 1]!, b: b.symbols[j - 1]!, cost: c });
      i--; j--;
    } else if (i > 0 && Math.abs(d[i]![j]! - (d[i - 1]![j]! + delA[i - 1]!)) < eps) {
      steps.push({ op: 'del', a: a.symbols[i - 1]!, b: '', cost: delA[i - 1]! });
      i--;
    } else {
      steps.push({ op: 'ins', a: '', b: b.symbols[j - 1]!, cost: delB[j - 1]! });
      j--;
    }
  }
  return steps.reverse();
}
