/** Greek → phonetic symbols (Greek police and registration records of 2015–16). */
import { finishSymbols } from './latin';

const LETTERS: Record<string, string> = {
  'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'D', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 'T', 'ι': 'i', 'κ': 'k', 'λ': 'l',
  'μ': 'm', 'ν': 'n', 'ξ': 'ks', 'ο': 'o', 'π': 'p', 'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'i', 'φ': 'f',
  'χ': 'h', 'ψ': 'ps', 'ω': 'o',
};
const VOWEL = '[αεηιουω]';
/** Greek αι, ει, οι: digraphs, or two vowels where a diaeresis was left out, as capitals leave it (ΑΙΣΑ = Αΐσα) */
export const GREEK_DIGRAPH = /[αεο]ι/;
/** a ντ inside a word: d, or the nt of a name Greek writes so too (Ταντάουι = Tantawi) */
export const NT_INSIDE = /(?<=.)ντ(?=.)/;
const EVERY_NT_INSIDE = new RegExp(NT_INSIDE.source, 'g');

/** a τσ, which Greek writes for the ch of other names as well as for its own ts (ΤΣΙΓΙΑ = Chiya, چیا) */
export const GREEK_TS = /τσ/;
/** a ντ at the end of a word: d, or the nd of a name (ΧΙΝΤ = Hind, ΜΟΜΑΝΤ = Momand) */
export const GREEK_NT_LAST = /ντ$/;
/**
 * a γι before a consonant inside a word, said yi (ΑΓΙΣΑ, ΖΟΥΜΠΑΓΙΡ = Aisha, Zubayr), which copies of other names write for
 * their gi as well (not the last γι of ΤΑΓΙ, Taghi)
 */
export const GREEK_GAMMA_FRONT = /γ(?=[ιί][^αεηιουωάέήίόύώ])/;
const EVERY_GAMMA_FRONT = /γ(?=ι[^αεηιουω])/g;

/**
 * Greek writes the letters it lacks with pairs: μπ b, ντ d, γκ g, τζ j, ου u — and the w of other names before a
 * vowel, after γ too (Γουαλίντ = Walid) —, γι before a vowel y (Γιουσέφ = Yusuf); χ is h, as in Άχμεντ, and kh, as in
 * Χαλίντ, which Greek does not tell apart (the Cyrillic х is read so too); a vowel with a diaeresis is said apart from the
 * one before it (Αΐσα = Aisha, Χουσεΐν = Husein, not the digraphs αι, ει).
 * `ntInside`: a ντ inside the word read nt, as Greek writes the nt of other names (Ταντάουι = Tantawi; a second reading).
 * `digraphsApart`: αι, ει, οι read as two vowels, as capitals write a diaeresis they leave out (ΑΙΣΑ = Αΐσα; a second
 * reading). `tsAsCh`, `ntLastAsNd`, `gammaAsY`: τσ read ch, a last ντ nd, γι before a consonant yi (second readings).
 */
export function greekToSymbols(word: string, { ntInside = false, digraphsApart = false, tsAsCh = false, ntLastAsNd = false, gammaAsY = false } = {}): string {
  // (the diaeresis marks a vowel said apart: kept as a Latin letter, which the digraphs below do not take; and so does an
  // accent on the first vowel of αι, ει, οι, which a digraph takes on its second: Ζάιντ = Zaid, Φάιζ = Faiz)
  let w = word.toLowerCase().normalize('NFD').replace(/[ιυ]\u0308/g, 'i').replace(/([αεο])\u0301ι/g, '$1i').replace(/[\u0300-\u036f]/g, '');
  // (the last h of -ullah, which Greek writes χ as it writes any h: ΖΑΜΠΙΧΟΥΛΑΧ = Zabihullah, read as Latin spellings are)
  w = w.replace(/(ουλλ?α)χ$/, '$1');
  if (ntInside) w = w.replace(EVERY_NT_INSIDE, 'nt');
  if (digraphsApart) w = w.replace(/([αεο])ι/g, '$1i');
  if (tsAsCh) w = w.replace(/τσ/g, 'C');
  if (ntLastAsNd) w = w.replace(/ντ$/, 'nd');
  w = w.replace(new RegExp(`^ου(?=${VOWEL})|γου(?=${VOWEL})`, 'g'), 'w').replace(new RegExp(`γι(?=${VOWEL})`, 'g'), 'y')
  if (gammaAsY) w = w.replace(EVERY_GAMMA_FRONT, 'y');
  w = w
    .replace(/ου/g, 'U').replace(/αι/g, 'e').replace(/[εο]ι/g, 'i').replace(/μπ/g, 'b').replace(/ντ/g, 'd').replace(/τζ/g, 'j')
    .replace(/γκ/g, 'g').replace(/αυ/g, 'av').replace(/ευ/g, 'ev').replace(/χ(?=[ρλ])/g, 'x');
  let out = '';
  for (const ch of w) out += LETTERS[ch] ?? (/[a-zA-Z]/.test(ch) ? ch : '');
  return finishSymbols(out);
}
