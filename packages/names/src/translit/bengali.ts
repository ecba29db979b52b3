/**
 * Bengali script (Bangla: the names of Bangladeshis, as their families write them) → phonetic symbols, by way of the
 * romanisation Bangladeshi papers use (মোহাম্মদ রহমান = Mohammad Rahman, চৌধুরী = Chowdhury), so that a Bengali spelling
 * is read as the Latin one its owner would write.
 */
import { latinToSymbols } from './latin';

const CONSONANTS: Record<string, string> = {
  'ক': 'k', 'খ': 'kh', 'গ': 'g', 'ঘ': 'gh', 'ঙ': 'ng', 'চ': 'ch', 'ছ': 'chh', 'জ': 'j', 'ঝ': 'jh', 'ঞ': 'n',
  'ট': 't', 'ঠ': 'th', 'ড': 'd', 'ঢ': 'dh', 'ণ': 'n', 'ত': 't', 'থ': 'th', 'দ': 'd', 'ধ': 'dh', 'ন': 'n',
  'প': 'p', 'ফ': 'f', 'ব': 'b', 'ভ': 'bh', 'ম': 'm', 'য': 'j', 'র': 'r', 'ল': 'l', 'শ': 'sh', 'ষ': 'sh', 'স': 's',
  'হ': 'h', 'ৎ': 't', 'ৰ': 'r', 'ৱ': 'w',
};
// a consonant with the nukta: the r of ড় ঢ় and the y of য় (Unicode normalisation writes them with the nukta apart)
const WITH_NUKTA: Record<string, string> = { 'ড': 'r', 'ঢ': 'rh', 'য': 'y' };
const INDEPENDENT_VOWELS: Record<string, string> = {
  'অ': 'a', 'আ': 'a', 'ই': 'i', 'ঈ': 'i', 'উ': 'u', 'ঊ': 'u', 'ঋ': 'ri', 'এ': 'e', 'ঐ': 'oi', 'ও': 'o', 'ঔ': 'ou',
};
const VOWEL_SIGNS: Record<string, string> = {
  'া': 'a', 'ি': 'i', 'ী': 'i', 'ু': 'u', 'ূ': 'u', 'ৃ': 'ri', 'ে': 'e', 'ৈ': 'oi', 'ো': 'o', 'ৌ': 'ou',
};
const NUKTA = '\u09bc';
const VIRAMA = '\u09cd';
const ANUSVARA = 'ং';
const CANDRABINDU = 'ঁ';

interface Letter { consonant: string; vowel: string | null; virama: boolean }

/**
 * The word as consonants each with the vowel sign or virama after it, and independent vowels (consonant '');
 * `candrabinduAsN`: the candrabindu that nasalises a vowel as the n Latin spellings of some words write for it.
 */
function lettersOf(word: string, candrabinduAsN: boolean): Letter[] {
  const letters: Letter[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const last = letters[letters.length - 1];
    if (ch === NUKTA) {
      if (last !== undefined && last.vowel === null) last.consonant = WITH_NUKTA[chars[i - 1]!] ?? last.consonant;
    } else if (ch === VIRAMA) {
      if (last !== undefined) last.virama = true;
    } else if (VOWEL_SIGNS[ch] !== undefined) {
      if (last !== undefined && last.consonant !== '') last.vowel = VOWEL_SIGNS[ch];
    } else if (INDEPENDENT_VOWELS[ch] !== undefined) {
      letters.push({ consonant: '', vowel: INDEPENDENT_VOWELS[ch], virama: false });
    } else if (ch === ANUSVARA) {
      letters.push({ consonant: 'ng', vowel: null, virama: true });
    } else if (CONSONANTS[ch] !== undefined) {
      // (a য after a virama is the য-ফলা, a glide: সত্য, আদ্যা; a ব after a virama the ব-ফলা, a w or nothing: বিশ্বাস =
      // Bishwas, Biswas — but after ব and ম the b it writes: রাব্বি, আম্বিয়া = Rabbi, Ambia)
      const yaPhala = ch === 'য' && last?.virama === true && chars[i + 1] !== NUKTA;
      const baPhala = ch === 'ব' && last?.virama === true && i > 1 && last.consonant !== 'b' && last.consonant !== 'm';
      letters.push({ consonant: yaPhala ? 'y' : baPhala ? 'w' : CONSONANTS[ch], vowel: null, virama: false });
    } else if (ch === CANDRABINDU && candrabinduAsN) {
      letters.push({ consonant: 'n', vowel: null, virama: true });
    }
    // (the candrabindu ঁ and visarga ঃ are not written in most Latin spellings)
  }
  return withWaGlides(letters);
}

/**
 * Bengali writes the wa of names with ও or the vowel sign ো before য়া (রিজওয়ানা, পাটোয়ারী = Rizwana, Patwari): one w
 * that begins the syllable wa, after a consonant without a vowel of its own.
 */
function withWaGlides(letters: Letter[]): Letter[] {
  for (let i = letters.length - 2; i >= 0; i--) {
    const l = letters[i]!;
    const next = letters[i + 1]!;
    if (next.consonant !== 'y' || next.vowel !== 'a' || l.vowel !== 'o') continue;
    if (l.consonant === '') letters.splice(i, 2, { consonant: 'w', vowel: 'a', virama: false });
    else letters.splice(i, 2, { ...l, vowel: null, virama: true }, { consonant: 'w', vowel: 'a', virama: false });
  }
  return letters;
}

/**
 * The vowel a consonant without a sign says: none at the end of the word, before a virama, or — inside the word —
 * before a consonant that has a vowel of its own (রহমান Rahman, সুলতানা Sultana, ইসলাম Islam); after the first letter and
 * before a last consonant it is said (আলম Alam, মণ্ডল Mandal), which Latin spellings write a or o (and u in Begum,
 * which is not read).
 */
function inherentVowel(letters: readonly Letter[], at: number, inherent: string): string {
  const l = letters[at]!;
  if (l.vowel !== null) return l.vowel;
  if (l.virama || l.consonant === '' || at === letters.length - 1) return '';
  if (at === 0) return inherent;
  const next = letters[at + 1]!;
  // (nor between the two র that write the doubled r of Arabic names, which Bengali writes without the hasanta: মোশাররফ =
  // Mosharraf)
  if (l.consonant === 'r' && next.consonant === 'r' && !next.virama) return '';
  // (nor before the উ of -uddin, -ullah joined to the name, which ends there: সালাহউদ্দিন, জসিমউদ্দিন = Salahuddin, Jasimuddin)
  if (next.consonant === '' && next.vowel === 'u' && COMPOUND_LINK_AFTER.test(letters[at + 2]?.consonant ?? '') && letters[at + 2]!.virama) return '';
  return next.vowel !== null && next.consonant !== '' ? '' : inherent;
}
const COMPOUND_LINK_AFTER = /^[dl]$/;

// (the ঞা that ends the old spelling of মিয়া, মিঞা, is said ya: Mia, Miah)
const OLD_MIA = /িঞা$/;
/** `inherent`: how the vowel a consonant without a sign says is written, a (Mandal) or o (Mondol). */
export function bengaliToLatin(word: string, inherent = 'a', candrabinduAsN = false): string {
  const letters = lettersOf(OLD_MIA.test(word) ? word.replace(OLD_MIA, 'িয়া') : word, candrabinduAsN);
  let out = '';
  for (let i = 0; i < letters.length; i++) out += letters[i]!.consonant + inherentVowel(letters, i, inherent);
  return out;
}

/**
 * The other romanisations Bangladeshi papers use for a word beside the first: z for জ and য, which Bengali
 * writes for the ز, ذ, ض and ظ of Arabic names as well as for their ج (মিজানুর = Mizanur = Mijanur, জাহিদুল = Zahidul); o for
 * the inherent vowel, as Bengali says it (মণ্ডল = Mondol, সরকার = Sorkar); s for শ and ষ, which Bengali says sh but spellings
 * of family names often write s (বিশ্বাস = Biswas); v for ভ, which writes the v of Persian names (তানভীর, পারভেজ = Tanvir,
 * Parvez) as well as the bh of Bengali ones (ভূঁইয়া = Bhuiyan); n for the candrabindu, which Bengali writes for the n said
 * through the nose of Hindustani words (চাঁদনী = Chandni, চাঁদ = Chand = چاند), or at the end of a word that ends in ইয়া
 * (ভূঁইয়া = Bhuiyan; not হাঁসি, Hasi); s for ছ, which Bangladeshi spellings of
 * Muslim names write for the s of Arabic and Persian ones (নেছা, ছালমা, জোছনা = Nesa, Salma, Josna).
 */
export function bengaliOtherSpellings(word: string): string[] {
  const latin = bengaliToLatin(word);
  const withO = bengaliToLatin(word, 'o');
  const spellings = [/[জয]/.test(word) ? latin.replace(/j/g, 'z') : null, withO,
    /[শষ]/.test(word) ? latin.replace(/sh/g, 's') : null, word.includes('ভ') ? latin.replace(/bh/g, 'v') : null, spoken(withO),
    word.includes(CANDRABINDU) ? bengaliToLatin(word, 'a', true) : null, word.includes('ছ') ? latin.replace(/chh/g, 's') : null,
    word.includes(CANDRABINDU) && latin.endsWith('ya') ? `${latin}n` : null];
  return spellings.filter((s): s is string => s !== null && s !== latin).map(withConsonantJ);
}

// the j of জ and য is a consonant, never the glide a Slavic j after a consonant is (ফারজানা = Farjana, not Farjana read
// Faryana, as Marjana is Mariana): written dj for the Latin reading
const withConsonantJ = (latin: string): string => latin.replace(/(?<!d)j/g, 'dj');

// … and as Bengali says it, which Bangladeshi spellings write too: স as sh, a first consonant's ব-phala not at all, and
// the h before a first ঋ neither (স্বপ্না, সাগর, হৃদয় = Shopna, Shagor, Ridoy)
const spoken = (withO: string): string => withO.replace(/^([^aeiou])w/, '$1').replace(/s(?!h)/g, 'sh').replace(/^hri/, 'ri');

// Muhammad abbreviated as Bangladeshi papers write it before a name, with the visarga or without (মোঃ, মো, মোহাঃ = Md)
export const MUHAMMAD_ABBREVIATED = new Set(['মোঃ', 'মো', 'মোহাঃ', 'মুহাঃ', 'মুঃ', 'মোহঃ']);
// … and Mosammat before a woman's name (মোছাঃ, মোসাঃ = Mst): read as the whole word, whose letters are no name's (the
// abbreviation's own, mosa, would be Musa's)
const MOSAMMAT_ABBREVIATED = new Set(['মোছাঃ', 'মোসাঃ', 'মোছা', 'মোসা']);

export function bengaliToSymbols(word: string): string {
  return latinToSymbols(MUHAMMAD_ABBREVIATED.has(word) ? 'md' : MOSAMMAT_ABBREVIATED.has(word) ? 'mosammat' : withConsonantJ(bengaliToLatin(word)));
}
