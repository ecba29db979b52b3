/**
 * Arabic, Persian and Urdu script (already folded by normalizeName) → phonetic symbols. The script writes
 * consonants and long vowels only: alif → A, waw → W (w or u), ya → Y (y or i), a final ya → Q (a or i);
 * short vowels are absent, which the comparison knows (an abjad side makes the other side's short vowels cheap).
 */
const LETTERS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'T', 'ج': 'j', 'ح': 'h', 'خ': 'x', 'د': 'd', 'ذ': 'D', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'c', 'ص': 's', 'ض': 'D', 'ط': 't', 'ظ': 'D', 'ع': "'", 'غ': 'G', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l',
  'م': 'm', 'ن': 'n', 'ں': 'n', 'ء': "'", 'پ': 'p', 'چ': 'C', 'ژ': 'Z', 'گ': 'g', 'ڤ': 'v', 'ڨ': 'g', 'ۆ': 'W', 'ێ': 'Y',
  'ڵ': 'l', 'ڕ': 'r', 'ڭ': 'g', 'ڠ': 'G',
  // the do-chashmi he normalisation keeps at the end of a word after a consonant: the h of an aspirate (normalize.ts)
  'ھ': 'h',
  // Pashto: retroflex ټ ډ ړ ڼ, ښ (sh or kh), ږ (zh or g), ځ (dz, written z), څ (ts, written ch or ts: Achakzai = اڅکزی)
  'ټ': 't', 'ډ': 'd', 'ړ': 'r', 'ڼ': 'n', 'ښ': 'c', 'ږ': 'Z', 'ځ': 'z', 'څ': 'C',
  // Sindhi, Saraiki and Uyghur letters for sounds the others write with their own (ٻ b, ڄ j, ٽ t, ڊ d, ۋ v, ۇ u)
  'ٻ': 'b', 'ڄ': 'j', 'ٺ': 't', 'ٽ': 't', 'ٿ': 't', 'ڊ': 'd', 'ڌ': 'd', 'ڍ': 'd', 'ڙ': 'Z', 'ڳ': 'g', 'ڱ': 'n',
  'ڻ': 'n', 'ۋ': 'v', 'ۇ': 'W', 'ۈ': 'W', 'ۉ': 'W', 'ۅ': 'W',
};

const FAAIL = /^([^AWYQaeiou0])A([^AWYQaeiou0'])([^AWYQaeiou0'])$/;

/**
 * Words the Quranic spelling writes without the alif of their long a (a dagger alif over the letter): الرحمن,
 * اسحق, هرون, ابرهيم, اسمعيل are read and elsewhere written رحمان, اسحاق, هارون, ابراهيم, اسماعيل.
 */
const DAGGER_ALIF: [RegExp, string][] = [
  [/رحمن/, 'رحمان'], [/^(ال)?اسحق$/, '$1اسحاق'], [/^هرون$/, 'هارون'], [/^ابرهيم$/, 'ابراهيم'], [/^اسمعيل$/, 'اسماعيل'],
];

const DARI_ZAI = /^(.*[^AWYQ'])zAYQ$/;
// (the names before the Persian nisba that end in za: Mirza, Hamza = میرزائی, حمزائی, Mirzaei, Hamzaei)
const NISBA_AFTER_ZA = new Set(['mYr', 'hm']);

// شه alone is the Shah of a name written apart (شه بخش, شه‌نوازی = شاه‌بخش, شاهنوازی), written without its alif
const SHAH_SHORT = 'شه';

export function arabicToSymbols(written: string): string {
  let word = written === SHAH_SHORT ? 'شاه' : written;
  for (const [pattern, full] of DAGGER_ALIF) word = word.replace(pattern, full);
  const chars = [...word];
  const n = chars.length;
  let out = '';
  for (let i = 0; i < n; i++) {
    const ch = chars[i]!;
    const last = i === n - 1;
    // تش writes the foreign ch (tsh) that Arabic has no letter for (حسينوفيتش Husejnović, تشرنحوفسكي, تشانغ);
    // not طش (عاطش, Ates)
    if (ch === 'ت' && chars[i + 1] === 'ش') {
      out += 'C';
      i++;
      continue;
    }
    switch (ch) {
      case 'ا':
        out += i === 0 ? "'" : 'A';
        break;
      case 'ه':
        out += last && i > 0 ? 'a' : 'h';
        break;
      case 'و':
        // the final waw of عمرو (Amr) is not pronounced: it only tells the name from عمر (Omar) in writing — and
        // says how it is read: ʿAmr, with a after the ayn and no vowel between m and r (Omar is not عمرو)
        if (last && word === 'عمرو') { out = "'amr0"; break; }
        out += 'W';
        break;
      case 'ي':
        out += last && i > 0 ? 'Q' : 'Y';
        break;
      case 'ە':
        // Kurdish ە writes the short vowel a/e that Arabic script leaves out (بەختیار Bakhtiyar, کاوە Kawa), and before و
        // the diphthong aw (نەوزاد = Nawzad, Newzad, Nozad)
        if (chars[i + 1] === 'و' && i + 2 < n) { out += 'O'; i++; break; }
        out += 'a';
        break;
      default: {
        const m = LETTERS[ch];
        if (m === undefined) break;
        out += m;
      }
    }
  }
  // Pashtun -zai (احمدزی), after a name of its own: not the ازي of a nisba with the article (الرازي, التازي = al-Razi, al-Tazi);
  // Pashto writes it with a hamza too, Arabic with alif and Dari with both (اورکزئی, أوركزاي, اچکزائی = Orakzai, Achakzai;
  // not the Persian -zāyī of Mirza or Hamza with the nisba, میرزایی, حمزائی)
  const article = /^['A]l/.test(out) ? 2 : 0;
  out = out.slice(0, article) + out.slice(article).replace(/(.[^AWYQ'].*)z(?:[YQ]|YQ|AQ)$/, '$1zE');
  const dari = DARI_ZAI.exec(out);
  if (dari !== null && !NISBA_AFTER_ZA.has(dari[1]!) && dari[1]!.replace(/[AWYQ'aeiou0]/g, '').length >= 2) out = `${dari[1]}zE`;
  // the nisba -ī after a long ā or ō is written ايي / ائي / وئی (رضایی, الطائي, جتوئی): the middle ya is the hamza or
  // glide between two vowels, which Latin spellings leave out or write as a vowel (Rezai, Rezaei, Rezaee, Al-Taie, Jatoi)
  out = out.replace(/(.[^AWYQ'])([AW])YQ$/, '$1$2Q');
  // a vowel letter written twice is one (داوود = داود), and so are the two l of الله and of the article before ل; a
  // consonant written twice is two, with a vowel between them (مجددی = Mujaddidi, ممدوح = Mamdouh): the script doubles
  // a consonant with a shadda, not by writing it again
  // — but a first waw written twice is w and the vowel u (وولي = Wooley, not ولي = Wali); Sorani Kurdish writes its long
  // û so, but no Kurdish name begins with it
  out = out.replace(/^WW/, 'wU').replace(/([AWYQl'])\1+/g, '$1');
  // the Arabic pattern فاعل is no pattern of words with letters Arabic has not: Persian, Pashto, Urdu (کاکړ = Kakar, تارڑ =
  // Tarar, چاکر = Chakar)
  return NOT_ARABIC_LETTER.test(word) ? out : withFaailVowel(out);
}

const NOT_ARABIC_LETTER = /[پچژگټډړڼښږځڅ]/;
/**
 * The alif that begins the second name of a compound given name written as one word is that name's first letter, which
 * writes any vowel, as at the start of a word (محمداسماعیل, غلاماحمد = Mohammad Ismail, Ghulam Ahmad): the symbols of an
 * Arabic-script word so read, a second reading beside the long a the letter is inside other words (structure.ts). The
 * first name is matched in the text: علي's symbols are also those of the article before ya (الياس).
 */
const COMPOUND_FIRST_BEFORE_ALIF = /^(?:محمد|غلام|علي|امير)ا(?=..)/;
const FIRST_NAME_BEFORE_ALIF = /^(mhmd|GlAm|'lY|'mYr)A(?=[^AWYQ'])/;
export const compoundSecondAlif = (text: string, symbols: string): string =>
  COMPOUND_FIRST_BEFORE_ALIF.test(text) ? symbols.replace(FIRST_NAME_BEFORE_ALIF, "$1'") : symbols;

/**
 * The pattern فاعل (a consonant, alif, two consonants: حامد خالد عادل كامل صالح) is read with i between the last two
 * (Hamid, Khalid, Adil, Kamil, Salih): another vowel there makes another name (Hamad, Kamal, Salah). Also applied to a
 * name once its article is taken off (الطاهر = al-Tahir).
 */
export function withFaailVowel(symbols: string): string {
  const faail = FAAIL.exec(symbols);
  return faail ? `${faail[1]!}A${faail[2]!}i${faail[3]!}` : symbols;
}
