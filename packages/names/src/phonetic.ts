/**
 * The comparable phonetic alphabet every script is transliterated into: one character per sound, so that a
 * weighted edit distance can say which letters may differ between spellings of one name and which may not.
 *
 *  short vowels  a e i o u        long vowels / diphthongs  A(aa) I(ii, ee) U(uu, oo, ou) E(ai, ei, ay) O(au, aw)
 *  Arabic-script vowel letters    W (waw: w or u)  Y (ya: y or i)  Q (final ya / alef maqsura: a or i)
 *  consonants  b p t d k q g f v w y l m n r s z h j(dzh) c(sh) Z(zh) D(dh) T(th) x(kh) G(gh) C(ch) '(hamza, ayn)
 *              K (a Latin c whose sound depends on the language: k, s, ts, dzh (Turkish) or ayn (Somali))
 *              S (a Latin c before e or i: s in French, Spanish and English, dzh in Turkish, ts or ch elsewhere)
 *              H (Cyrillic г: g, or the h of a foreign name in Russian spellings)
 */

export const VOWELS = 'aeiou';
export const LONG_VOWELS = 'AIUEO';
export const SCRIPT_VOWEL_LETTERS = 'WYQ';
export const CONSONANTS = "bptdkqgfvwylmnrszhjcZDTxGC'KSH";
/** A letter written but not pronounced (the waw of عمرو): a difference only between two Arabic spellings. */
export const SILENT = '0';
export const SYMBOLS = VOWELS + LONG_VOWELS + SCRIPT_VOWEL_LETTERS + CONSONANTS + SILENT;
export const SYMBOL_COUNT = SYMBOLS.length;

const CODE = new Int8Array(128).fill(-1);
for (let i = 0; i < SYMBOLS.length; i++) CODE[SYMBOLS.charCodeAt(i)] = i;

export function symbolCode(ch: string): number {
  return CODE[ch.charCodeAt(0)] ?? -1;
}

export function isVowelSymbol(ch: string): boolean {
  return ch.length === 1 && ( VOWELS.includes(ch) || LONG_VOWELS.includes(ch) || SCRIPT_VOWEL_LETTERS.includes(ch));
}
export function isShortVowel(ch: string): boolean {
  return ch.length === 1 && VOWELS.includes(ch);
}

/** Readable Latin for each symbol: used for display and for the canonical comparable forms. */
export const READABLE: Record<string, string> = {
  a: 'a', e: 'e', i: 'i', o: 'o', u: 'u', A: 'a', I: 'i', U: 'u', E: 'ai', O: 'au', W: 'u', Y: 'i', Q: 'a',
  b: 'b', p: 'p', t: 't', d: 'd', k: 'k', q: 'q', g: 'g', f: 'f', v: 'v', w: 'w', y: 'y', l: 'l', m: 'm',
  n: 'n', r: 'r', s: 's', z: 'z', h: 'h', j: 'j', c: 'sh', Z: 'zh', D: 'dh', T: 'th', x: 'kh', G: 'gh',
  C: 'ch', "'": '', K: 'c', S: 'c', H: 'g', '0': '',
};

/** k against h inside a word, and where it may be a kh reduced (before a consonant or two vowels: distance.ts) */
export const K_AGAINST_H = 1.2;
export const K_AGAINST_REDUCED_KH = 0.9;

/**
 * Substitution costs between symbols (symmetric); anything not listed falls back to the class defaults. Set by the
 * conventions below, then calibrated on the tuning sets (bench/data), weighing a different name accepted as much as
 * fifteen spellings of one name missed, as there are about fifteen times fewer of them — by hand, then checked by a
 * coordinate search over every cost (docs/benchmarks.md, 2026-12-01), whose proposals were kept where the names they
 * join or split bear them out (k/h), not where they split a convention for a few pairs of names (a/i, s/z, b/p).
 */
const PAIR_COSTS: [string, string, number][] = [
  // short vowels: a~e~i and o~u vary freely between conventions; a~o (Zahra/Zohra) less so; a~i, a~u, i~u
  // mark different names (Rashid/Rashad, Hassan/Hussein, Hasna/Husna) — a~u a little less, as South Asian English spellings
  // write the short a u (Kulsum = Kalsoom, Begum = Begam) and Iraqi ones the u of Jubouri a (Jabouri)
  ['a', 'e', 0.2], ['e', 'i', 0.14], ['o', 'u', 0.1], ['a', 'o', 0.6], ['e', 'o', 0.5], ['e', 'u', 0.6],
  ['a', 'i', 1], ['a', 'u', 0.85], ['i', 'u', 0.8], ['i', 'o', 0.8],
  // long and short of one quality; a long vowel against a short one of another quality costs as much as two short
  // ones do (Hammouda / Hamada, Rashid / Rashad) — and a long u against a short a or i more (Tarhouni / Tarhini)
  ['A', 'a', 0.15], ['A', 'e', 0.25], ['A', 'o', 0.7], ['A', 'i', 1], ['A', 'u', 1], ['I', 'a', 1], ['U', 'a', 1.2], ['U', 'i', 1.2], ['I', 'u', 1], ['I', 'i', 0.1], ['I', 'e', 0.3], ['U', 'u', 0.07],
  ['U', 'o', 0.15], ['E', 'I', 0.25], ['E', 'a', 0.55], ['O', 'o', 0.2],
  ['O', 'u', 0.3], ['O', 'U', 0.25], ['O', 'a', 0.6], ['A', 'E', 0.7], ['E', 'O', 0.7], ['A', 'U', 1], ['A', 'I', 1],
  // Arabic-script vowel letters against what they may be read as
  ['W', 'w', 0], ['W', 'v', 0.05], ['W', 'u', 0.05], ['W', 'U', 0], ['W', 'o', 0.1], ['W', 'O', 0.1],
  ['E', 'Y', 0.05], ['E', 'Q', 0.1], ['E', 'i', 0.3], ['E', 'e', 0.3],
  ['Y', 'y', 0], ['Y', 'I', 0], ['Y', 'i', 0.035], ['Y', 'e', 0.14], ['Y', 'E', 0.1], ['Y', 'j', 0.2], ['Y', 'a', 0.9], ['W', 'a', 0.9],
  // a written waw is read u, o or w, never e (محمود is not Мухамед)
  ['W', 'e', 1.0], ['W', 'i', 0.9],
  ['Q', 'a', 0.05], ['Q', 'A', 0.05], ['Q', 'i', 0.05], ['Q', 'I', 0.05], ['Q', 'e', 0.1], ['Q', 'E', 0.2],
  ['Q', 'Y', 0.1], ['Q', 'y', 0.3],
  // … and the final glide of ay, which Slavic spellings write j (Tesfaj, Cegaj = تسفاي)
  ['Q', 'j', 0.3],
  // semivowels and their vowels
  ['w', 'u', 0.2], ['w', 'U', 0.2], ['w', 'o', 0.25], ['w', 'O', 0.3], ['v', 'w', 0.1],
  // … and the v Turkish, Bosnian and Persian spellings write for it (Anvar, Enver = Anuar, Anouar = أنور)
  ['v', 'u', 0.28], ['v', 'U', 0.4], ['v', 'O', 0.35], ['y', 'i', 0.3], ['y', 'I', 0.3],
  ['y', 'E', 0.35], ['y', 'j', 0.18], ['y', 'e', 0.5],
  // a Latin j after a vowel is the glide of a diphthong in Slavic and German spellings (Lejla, Husejn = Leila,
  // Hussein), a consonant in English and French ones (Majdi, Hajj)
  ['j', 'i', 0.3], ['j', 'I', 0.3], ['j', 'E', 0.3],
  // ayn is written as a vowel in many Latin spellings (Gaafar, Suad, Oday, Eisa)
  ["'", 'A', 0.2], ["'", 'a', 0.2], ["'", 'e', 0.25], ["'", 'o', 0.25], ["'", 'u', 0.25], ["'", 'i', 0.25], ["'", 'E', 0.3],
  ["'", 'U', 0.35], ["'", 'I', 0.35], ["'", 'O', 0.35],
  // consonants that conventions write differently (b/v: Hebrew and Greek b is read v, Yaakov = Yaqub, Vasilios = Basil)
  ['b', 'p', 0.2], ['b', 'v', 0.35], ['p', 'f', 0.5], ['f', 'v', 0.5],
  ['t', 'd', 0.25], ['t', 'T', 0.15],
  // ث is said s in Turkish, Persian, Urdu and Somali and t in the Maghreb and the Balkans (Haisam = Хайтам, Usman = Utman,
  // Kausar = Kaoutar): inside a word s and t may be one letter (a first s or t: distance.ts)
  ['s', 't', 0.75], ['T', 's', 0.25], ['T', 'D', 0.2], ['s', 'z', 0.45], ['z', 'D', 0.14],
  // Latin th is written for ذ as often as dh (Muath = Muadh = معاذ), and Persian and Urdu read ذ as z (Muaz), and
  // spoken Arabic and Balkan spellings say the th of ذ and ظ as d (Nathif = Nadif = نظيف)
  ['T', 'z', 0.45], ['T', 'd', 0.35],
  ['d', 'D', 0.2], ['d', 'z', 0.25], ['z', 'Z', 0.25], ['D', 'Z', 0.35], ['Z', 'j', 0.2], ['j', 'g', 0.2], ['j', 'C', 0.4],
  ['C', 'c', 0.14], ['C', 'x', 0.2], ['C', 'h', 0.3], ['C', 'k', 0.4], ['c', 's', 0.45], ['c', 'Z', 0.7],
  ['x', 'h', 0.1], ['x', 'k', 0.4], ['x', 'G', 0.4], ['h', "'", 0.7], ['G', 'g', 0.1], ['G', "'", 0.5],
  ['G', 'q', 0.25], ['G', 'k', 0.35], ['q', 'k', 0.1], ['q', 'g', 0.2], ['k', 'g', 0.45],
  ['K', 'k', 0.25], ['K', 's', 0.3], ['K', 'j', 0.2], ['K', "'", 0.3], ['K', 'C', 0.3], ['K', 'z', 0.45],
  ['K', 'q', 0.3], ['K', 'h', 0.7], ['j', 'D', 0.6],
  // a French g before e or i writes the zh Lebanese and Syrian speech gives ج, which Cyrillic writes ж (Gemayel = Жемайел,
  // Frangieh = Франжие): g and zh meet as g and j do
  ['g', 'Z', 0.3],
  // Persian reads ق as gh (Yaghoub, Sadeghi, Ghasem = يعقوب, صادقي, قاسم), which Latin c and k also write
  ['K', 'G', 0.4],
  // ج is Turkish c and Egyptian g (Cemal = Gamal, Cafer = Gafar); an Italian c before a consonant is k, as in
  // Eritrean spellings of ኽ (Tecle = Tekle)
  ['S', 'g', 0.4], ['K', 'g', 0.4], ['K', 'x', 0.4],
  // a c before e or i is never k: s (Maghrebi French Yacine, Lahcen, Hocine = ياسين, لحسن, حسين), Turkish dzh
  // (Cemal), Italian ch, Spanish th, Somali ayn (Cismaan = عثمان)
  ['S', 's', 0.1], ['S', 'K', 0.2], ['S', 'j', 0.2], ['S', 'C', 0.3], ['S', "'", 0.3], ['S', 'T', 0.3], ['S', 'z', 0.4],
  ['S', 'c', 0.45], ['S', 'k', 0.9], ['S', 'q', 0.6],
  // Cyrillic г: g, or a foreign h in Russian spellings (Ибрагим, Магомед = Ibrahim, Muhammad)
  ['H', 'g', 0.05], ['H', 'h', 0.35], ['H', 'G', 0.15], ['H', 'j', 0.25], ['H', 'x', 0.45], ['H', 'q', 0.3], ['H', 'k', 0.45],
  // inside a word k and h may both write kh, French k and Turkish h (Moktar = Muhtar = مختار; a first k/h: distance.ts),
  // but between vowels they are as often ك and ح of two names (Rekani / Rihani, Sakr / Sahr, Maliha / Malika): as much as
  // two other consonants (before a consonant, less: distance.ts)
  ['k', 'h', K_AGAINST_H],
  // the silent waw of عمرو is written as a final o or u in Egyptian and Levantine spellings (Amro, Amrou)
  ['0', 'o', 0.2], ['0', 'u', 0.2], ['0', 'U', 0.2],
];

export const SUB = new Float64Array(SYMBOL_COUNT * SYMBOL_COUNT);

function classOf(ch: string): 'v' | 'c' {
  return isVowelSymbol(ch) ? 'v' : 'c';
}

for (let i = 0; i < SYMBOL_COUNT; i++) {
  for (let j = 0; j < SYMBOL_COUNT; j++) {
    const a = SYMBOLS[i]!;
    const b = SYMBOLS[j]!;
    let c: number;
    if (i === j) c = 0;
    else if (classOf(a) === 'v' && classOf(b) === 'v') c = 0.8;
    else if (classOf(a) === 'c' && classOf(b) === 'c') c = 1.15;
    else c = 1.2;
    SUB[i * SYMBOL_COUNT + j] = c;
  }
}
for (const [a, b, c] of PAIR_COSTS) {
  const i = symbolCode(a);
  const j = symbolCode(b);
  SUB[i * SYMBOL_COUNT + j] = c;
  SUB[j * SYMBOL_COUNT + i] = c;
}

/**
 * Between two words both in Arabic script the vowel letters are exact: alif, waw and ya (and the ayn) are
 * letters like any other (حسن / حسين, عمر / عامر, حموده / حماده are different names).
 */
// m and n: between two alphabets another name (Hanadi / Hamadi, Marjan / Maryam), where the n said m before b is written
// m (finishSymbols); Arabic script writes that n as ن (قنبر = Qambar), and a final n or m of a name against Arabic script
// is a spelling of another people (Somali Aden = آدم)
const M_N_IN_ARABIC_SCRIPT = 0.9;
export const SUB_ABJAD = new Float64Array(SUB);
SUB_ABJAD[symbolCode('m') * SYMBOL_COUNT + symbolCode('n')] = M_N_IN_ARABIC_SCRIPT;
SUB_ABJAD[symbolCode('n') * SYMBOL_COUNT + symbolCode('m')] = M_N_IN_ARABIC_SCRIPT;
const ABJAD_OTHER_LETTER = 0.9;
for (const x of "AWYQ'") {
  for (const y of "AWYQ'") {
    if (x === y || (x === 'Q' && y === 'Y') || (x === 'Y' && y === 'Q') || (x === 'Q' && y === 'A') || (x === 'A' && y === 'Q')) continue;
    SUB_ABJAD[symbolCode(x) * SYMBOL_COUNT + symbolCode(y)] = 1.2;
  }
}
// … and a written ya against the i the pattern فاعل supplies is another name (ناهيد / ناهد, Nahid / Nahed)
SUB_ABJAD[symbolCode('Y') * SYMBOL_COUNT + symbolCode('i')] = ABJAD_OTHER_LETTER;
SUB_ABJAD[symbolCode('i') * SYMBOL_COUNT + symbolCode('Y')] = ABJAD_OTHER_LETTER;
// … and so is a last ى or ی against a last ه or ة: the nisba or alif maqsura against the taa marbuta (فاطمی / فاطمه, Fatemi /
// Fatemeh; سلمى / سلمة)
SUB_ABJAD[symbolCode('Q') * SYMBOL_COUNT + symbolCode('a')] = ABJAD_OTHER_LETTER;
SUB_ABJAD[symbolCode('a') * SYMBOL_COUNT + symbolCode('Q')] = ABJAD_OTHER_LETTER;
// between two Arabic spellings ث and ذ are two letters, not two spellings of one
SUB_ABJAD[symbolCode('T') * SYMBOL_COUNT + symbolCode('D')] = 0.4;
SUB_ABJAD[symbolCode('D') * SYMBOL_COUNT + symbolCode('T')] = 0.4;
// between two Arabic spellings every consonant letter is exact: another letter is another name (حسام / هشام, سامر /
// ثامر, مشهور / مشكور, مهرداد / مهرزاد), whatever conventions of other scripts confuse — except the letters Persian and
// Urdu add for sounds Arabic writes with its own (گ پ چ ژ ڤ against ك غ ب ج ز ف: چنگیز = جنكيز), and the letters one
// people says alike and writes one for the other, which cost less: ث as Persian s and Maghrebi t (ثانينة = تانينة), ذ ض ظ
// as Persian z and as d, ق and غ in Persian, ق and ک in Afghan place names (قندوزی = کندوزی), م and ن before ب
const PERSIAN_SOUNDS = 'gpCZv';
const ABJAD_OTHER_CONSONANT = 1.3;
const ABJAD_CLOSE_LETTERS = ['Ts', 'Tt', 'Dz', 'Dd', 'qG', 'qk', 'mn'];
const abjadLettersClose = (x: string, y: string): boolean => ABJAD_CLOSE_LETTERS.some((pair) => pair.includes(x) && pair.includes(y));
for (const x of CONSONANTS) {
  for (const y of CONSONANTS) {
    if (x === y || PERSIAN_SOUNDS.includes(x) || PERSIAN_SOUNDS.includes(y)) continue;
    const at = symbolCode(x) * SYMBOL_COUNT + symbolCode(y);
    const cost = abjadLettersClose(x, y) ? ABJAD_OTHER_LETTER : ABJAD_OTHER_CONSONANT;
    if (SUB_ABJAD[at]! < cost) SUB_ABJAD[at] = cost;
  }
}
// … the ك Arabic writes for the گ it has no letter for, as Arabic-script lists write Afghan and Kurdish names (گل محمد =
// كل محمد, گوران = كوران), as close as its other letters for گ (ج غ ق)
const ARABIC_K_FOR_G = 0.2;
SUB_ABJAD[symbolCode('g') * SYMBOL_COUNT + symbolCode('k')] = ARABIC_K_FOR_G;
SUB_ABJAD[symbolCode('k') * SYMBOL_COUNT + symbolCode('g')] = ARABIC_K_FOR_G;
// … and so is a consonant letter against alif, waw or ya (پورمحمدی / پوراحمدی) — but for the glides and h, and the v and j
// that Kurdish and Berber write for a waw and a ya (ئاڤین = آوین, يوبا = جوبا)
const ABJAD_CONSONANT_AGAINST_VOWEL_LETTER = 1.5;
for (const x of CONSONANTS) {
  if ("'wyhvj".includes(x)) continue;
  for (const v of 'AWY') {
    for (const at of [symbolCode(x) * SYMBOL_COUNT + symbolCode(v), symbolCode(v) * SYMBOL_COUNT + symbolCode(x)]) {
      if (SUB_ABJAD[at]! < ABJAD_CONSONANT_AGAINST_VOWEL_LETTER) SUB_ABJAD[at] = ABJAD_CONSONANT_AGAINST_VOWEL_LETTER;
    }
  }
}
// between two Arabic spellings an ayn is a consonant, never a vowel (ربيع / ربيعه)
for (const v of VOWELS + LONG_VOWELS + SCRIPT_VOWEL_LETTERS) {
  SUB_ABJAD[symbolCode("'") * SYMBOL_COUNT + symbolCode(v)] = 1.2;
  SUB_ABJAD[symbolCode(v) * SYMBOL_COUNT + symbolCode("'")] = 1.2;
}

/**
 * Between two Ethiopic spellings every consonant letter is exact, as between two Arabic ones (ክብረኣብ / ገብረኣብ: Kibreab
 * and Gebreab are two names) — but for the Tigrinya ኸ of the k Amharic writes ከ (ኮኾብ = ኮከብ) and the ኀ of an h; the
 * vowels of the syllables are what spellings vary (ዘውዲ = ዘውዴ), as in other alphabets.
 */
export const SUB_ETHIOPIC = new Float64Array(SUB);
const ETHIOPIC_CLOSE_LETTERS = [['k', 'x'], ['h', 'x']];
for (const x of CONSONANTS) {
  for (const y of CONSONANTS) {
    if (x === y || ETHIOPIC_CLOSE_LETTERS.some(([p, q]) => (x === p && y === q) || (x === q && y === p))) continue;
    const at = symbolCode(x) * SYMBOL_COUNT + symbolCode(y);
    if (SUB_ETHIOPIC[at]! < ABJAD_OTHER_CONSONANT) SUB_ETHIOPIC[at] = ABJAD_OTHER_CONSONANT;
  }
}

/**
 * Between two Arabic-script words one of which is Sorani Kurdish: Kurdish writes ث as س and ذ ض ظ as ز (عوسمان =
 * عثمان, خزری = خضری), letters its alphabet does not have.
 */
export const SUB_KURDISH = new Float64Array(SUB_ABJAD);
const KURDISH_LETTER_FOR = 0.15;
for (const [x, y] of [['T', 's'], ['D', 'z']] as const) {
  SUB_KURDISH[symbolCode(x) * SYMBOL_COUNT + symbolCode(y)] = KURDISH_LETTER_FOR;
  SUB_KURDISH[symbolCode(y) * SYMBOL_COUNT + symbolCode(x)] = KURDISH_LETTER_FOR;
}

/**
 * Between Arabic script and another script: an alif is what a Latin or Cyrillic a writes (حامد = Hamid), so
 * the long A of Arabic script against a short a costs less than Latin aa against a.
 */
const SUB_MIXED = new Float64Array(SUB);
const D_AGAINST_Z_IN_ARABIC_SCRIPT = 0.9;
SUB_MIXED[symbolCode('m') * SYMBOL_COUNT + symbolCode('n')] = M_N_IN_ARABIC_SCRIPT;
SUB_MIXED[symbolCode('n') * SYMBOL_COUNT + symbolCode('m')] = M_N_IN_ARABIC_SCRIPT;
SUB_MIXED[symbolCode('A') * SYMBOL_COUNT + symbolCode('a')] = 0.05;
SUB_MIXED[symbolCode('a') * SYMBOL_COUNT + symbolCode('A')] = 0.05;
// Arabic script has no v: a Latin or Cyrillic v against ف is a foreign name written in Arabic (Yevgeny = يفغيني)
SUB_MIXED[symbolCode('f') * SYMBOL_COUNT + symbolCode('v')] = 0.15;
SUB_MIXED[symbolCode('v') * SYMBOL_COUNT + symbolCode('f')] = 0.15;
// the French ou before a vowel is the u before an ayn as often as a w (Mouad, Chouaib, Souad = معاذ, شعيب, سعاد; Marouane = مروان)
SUB_MIXED[symbolCode('w') * SYMBOL_COUNT + symbolCode("'")] = 0.3;
SUB_MIXED[symbolCode("'") * SYMBOL_COUNT + symbolCode('w')] = 0.3;
// ض and ظ, which Persian and Urdu say z, are the s German spellings write for a z (Afsal, Asimi, Nasifa = افضل, عظیمی, نظیفه)
SUB_MIXED[symbolCode('D') * SYMBOL_COUNT + symbolCode('s')] = 0.45;
SUB_MIXED[symbolCode('s') * SYMBOL_COUNT + symbolCode('D')] = 0.45;
// a d and a z that meet the Arabic-script د or ز are two letters (نادر is not Nazir, نزار not Nidar): the d and z other
// scripts write for one letter are those of ض, ذ, ظ, which Arabic script writes apart (D)
SUB_MIXED[symbolCode('d') * SYMBOL_COUNT + symbolCode('z')] = D_AGAINST_Z_IN_ARABIC_SCRIPT;
SUB_MIXED[symbolCode('z') * SYMBOL_COUNT + symbolCode('d')] = D_AGAINST_Z_IN_ARABIC_SCRIPT;
// … and so is a German or Polish w, which is a v (Weickert = فيكيرت, Sienkiewicz = سينكيفيتش)
SUB_MIXED[symbolCode('f') * SYMBOL_COUNT + symbolCode('w')] = 0.35;
SUB_MIXED[symbolCode('w') * SYMBOL_COUNT + symbolCode('f')] = 0.35;

// a short vowel of an Arabic-script word is one its reading supplies, the i of فاعل, which Maghrebi, Persian and Urdu
// spellings say a (Tahar = طاهر, Hajar = هاجر, Alam = عالم, Kakar = کاکر): against an a it costs half a vowel. Names whose
// a makes another name are told apart by the letters around it or by the lexicon (Hamad is حمد, not حامد)
SUB_MIXED[symbolCode('i') * SYMBOL_COUNT + symbolCode('a')] = 0.5;
SUB_MIXED[symbolCode('a') * SYMBOL_COUNT + symbolCode('i')] = 0.5;

/**
 * … and the costs that depend on which word is the Arabic-script one: rows are its symbols in SUB_MIXED_ARABIC_FIRST,
 * columns in SUB_MIXED_ARABIC_SECOND. A Latin th writes ث or ذ, never the س or ص of سناء (Thanaa is ثناء), while ث is
 * the s of Persian, Turkish and Urdu spellings (Usman, Haisam = عثمان, هيثم).
 */
export const SUB_MIXED_ARABIC_FIRST = new Float64Array(SUB_MIXED);
const ARABIC_S_AGAINST_TH = 1;
SUB_MIXED_ARABIC_FIRST[symbolCode('s') * SYMBOL_COUNT + symbolCode('T')] = ARABIC_S_AGAINST_TH;
export const SUB_MIXED_ARABIC_SECOND = new Float64Array(SUB_MIXED.length);
for (let i = 0; i < SYMBOL_COUNT; i++) {
  for (let j = 0; j < SYMBOL_COUNT; j++) SUB_MIXED_ARABIC_SECOND[i * SYMBOL_COUNT + j] = SUB_MIXED_ARABIC_FIRST[j * SYMBOL_COUNT + i]!;
}

/** Cost of a symbol missing on the other side, before context adjustments. */
export function baseIndelCost(ch: string): number {
  if (VOWELS.includes(ch)) return 0.5;
  if (LONG_VOWELS.includes(ch)) return 0.9;
  if (SCRIPT_VOWEL_LETTERS.includes(ch)) return 0.8;
  switch (ch) {
    case SILENT: return 0.05;
    case "'": return 0.1;
    case 'h': return 0.35;
    case 'y': case 'w': return 0.35;
    case 'G': case 'K': case 'S': return 0.5;
    default: return 1;
  }
}

/** Weight of a symbol in the length that normalises a distance into a similarity. */
export function symbolWeight(ch: string): number {
  if (ch === SILENT) return 0;
  if (ch === "'") return 0.2;
  if (VOWELS.includes(ch)) return 0.5;
  if (LONG_VOWELS.includes(ch)) return 0.7;
  if (SCRIPT_VOWEL_LETTERS.includes(ch)) return 0.7;
  return 1;
}

/**
 * Symbols with vowel length and vowel letters folded: particles and titles are recognised in every spelling that
 * reads the same, whatever its script writes long (Moula = Мула = ملا, Beenou = Бину).
 */
const LONG_TO_SHORT: Record<string, string> = { A: 'a', I: 'i', U: 'u', W: 'u', Y: 'i', Q: 'a', o: 'u', O: 'au', E: 'ai' };
export function foldVowels(symbols: string): string {
  return symbols.replace(/[AIUWYQoOE]/g, (c) => LONG_TO_SHORT[c]!);
}

const CONSONANT = /[bptdkqgfvwylmnrszhjcZDTxGCKSH]/g;
/** A word's consonant symbols, in order (the glottal stop and the vowels left out). */
export const consonantsOf = (s: string): string[] => s.match(CONSONANT) ?? [];
/** How many consonant symbols a word's symbols hold (the glottal stop and the vowels not counted). */
export const consonantCount = (s: string): number => consonantsOf(s).length;
