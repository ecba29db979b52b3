/** Ethiopic (Ge'ez script: Tigrinya, Amharic, Tigre) → phonetic symbols, syllable by syllable. */
import { finishSymbols } from './latin';

// Consonant of each row of 8 syllables from U+1200.
const ROWS: Record<number, string> = {
  0x1200: 'h', 0x1208: 'l', 0x1210: 'h', 0x1218: 'm', 0x1220: 's', 0x1228: 'r', 0x1230: 's', 0x1238: 'c',
  0x1240: 'q', 0x1248: 'q', 0x1250: 'q', 0x1258: 'q', 0x1260: 'b', 0x1268: 'v', 0x1270: 't', 0x1278: 'C',
  0x1280: 'x', 0x1288: 'x', 0x1290: 'n', 0x1298: 'n', 0x12a0: "'", 0x12a8: 'k', 0x12b0: 'k', 0x12b8: 'x',
  0x12c0: 'x', 0x12c8: 'w', 0x12d0: "'", 0x12d8: 'z', 0x12e0: 'Z', 0x12e8: 'y', 0x12f0: 'd', 0x12f8: 'd',
  0x1300: 'j', 0x1308: 'g', 0x1310: 'g', 0x1318: 'g', 0x1320: 't', 0x1328: 'C', 0x1330: 'p', 0x1338: 'ts',
  0x1340: 'ts', 0x1348: 'f', 0x1350: 'p',
};
// Vowel of each order: 1st ä (written e), u, i, a, e, 6th ə (silent inside a word), o, wa.
const ORDERS = ['e', 'u', 'i', 'a', 'e', '', 'o', 'wa'];

const orderIs = (ch: string | undefined, order: number): boolean => ch !== undefined && (ch.codePointAt(0)! - 0x1200) % 8 === order;
const sixthOrder = (ch: string | undefined): boolean => orderIs(ch, 5);
const endsInSt = (letters: readonly string[]): boolean => letters.length >= 2 && letters[letters.length - 2] === 'ስ' && letters[letters.length - 1] === 'ት';

/**
 * The word as Tigrinya spellings write it, without the vowel of a first syllable of the 6th order before another
 * consonant (ብርሃነ Brhane, ትስፋይ Tsfay, ምሕረት Mhret = Birhane, Tisfay, Mihret); null where none is said (not the glottal's,
 * which is all Latin writes of it: እዮብ Eyob).
 */
export function ethiopicTigrinyaSymbols(word: string): string | null {
  const first = [...word][0];
  if (first === undefined || !sixthOrder(first) || [...word].length <= 1) return null;
  if (ROWS[rowOf(first)] === "'") return null;
  return ethiopicToSymbols(word, false);
}

/** The first letter of a letter's row of eight orders (ሀ for ሁ, ሂ, …: the row's consonant in ROWS). */
const rowOf = (letter: string): number => {
  const cp = letter.codePointAt(0)!;
  return cp - ((cp - 0x1200) % 8);
};
/**
 * The word as read against Arabic script: its 5th order, ē, is the ay or ī that Arabic writes with ي (ሑሴን, ሱሌማን = حسين,
 * سليمان; not حسن, سلمان), so written as the diphthong; null for a word without one.
 */
export function ethiopicSymbolsAgainstArabic(word: string): string | null {
  const fifth = [...word].some((ch) => ch >= '\u1200' && ch <= '\u135a' && orderIs(ch, 4));
  return fifth ? ethiopicToSymbols(word, true, true) : null;
}

export function ethiopicToSymbols(word: string, firstSixthSaid = true, fifthAsDiphthong = false): string {
  const letters = [...word].filter((ch) => ch.codePointAt(0)! >= 0x1200 && ch.codePointAt(0)! <= 0x135a);
  const oneLetter = [...word].length <= 1;
  // a word ending in two 6th-order consonants says the first with ə, which Latin spellings write e (መኮንን Mekonnen, ዮሃንስ
  // Yohannes, ገብረመድህን Gebremedhin): there is no final cluster but -st (ትግስት Tigist, ቅድስት Kidist)
  const lastUnit = letters.length - (endsInSt(letters) ? 2 : 1);
  const saidWithE = lastUnit >= 2 && sixthOrder(letters[lastUnit]) && sixthOrder(letters[lastUnit - 1]) ? lastUnit - 1 : -1;
  let out = '';
  for (let at = 0; at < letters.length; at++) {
    const row = rowOf(letters[at]!);
    const order = letters[at]!.codePointAt(0)! - row;
    const cons = ROWS[row] ?? '';
    // (… but before a ይ, which writes the y itself: ሱሌይማን; nor at the end, the -e of Oromo and Harari forms of Arabic
    // names: ጀማሌ, ኑሬ = جمال, نور)
    let vowel = fifthAsDiphthong && order === 4 && at < letters.length - 1 && rowOf(letters[at + 1]!) !== 0x12e8 ? 'E' : ORDERS[order] ?? '';
    // the glottal and h rows' first order is a (አበበ Abebe, ሀይሉ Hailu)
    if (order === 0 && (cons === "'" || row === 0x1200)) vowel = 'a';
    // a first syllable of the 6th order before another consonant is said with ɨ, which Latin spellings write i or e
    // (ግርማይ Girmay, ፍልሞን Filmon, ብርሃነ Birhane / Berhane), the glottal's too, which is then all Latin writes of it (እዮብ
    // Eyob, Ejob); inside a word it is silent (ተኽለ Tekle, ገብረ Gebre)
    if (order === 5 && at === 0 && !oneLetter && firstSixthSaid) vowel = 'i';
    // … and so is one before the same consonant, which Ethiopic writes twice with no gemination between (ዕልልታ Elilta,
    // not Elta)
    else if (order === 5 && at + 1 < letters.length && ROWS[rowOf(letters[at + 1]!)] === cons && cons !== '') vowel = 'i';
    if (at === saidWithE) vowel = 'e';
    // a last ኝ is the palatal ñ that Latin writes gn, Serbian њ (ደሳለኝ = Desalegn, Десалењ); before a vowel ny (አዱኛ =
    // Adugna, Adunya)
    if (row === 0x1298 && order === 5 && at === letters.length - 1) vowel = 'y';
    out += (row === 0x1298 && order !== 5 ? 'ny' : cons) + vowel;
  }
  return finishSymbols(out.replace(/^'/, ''));
}
