/**
 * A woman's name made from a man's, against the man's name: a brother and a sister, however alike their letters.
 *
 * Turkish, Albanian, Kurmanji and Balkan spellings make the woman's name with -e (Şerife, Münire, Xhemile, Kerîme, Халиме =
 * Sharifa, Munira, Jamila, Karima, Halima), the others with -a (Nabila, Jamila, Samira), where the man's is Şerif, Münir,
 * Nabil, شريف. The letters read such an -e as a silent vowel, and the -a as one vowel more. Only after the i of a name
 * of the patterns faʿīl and fāʿil and a consonant (Şerif, Nadir, Münir, Nabeel): not after n, whose French -ine is a
 * man's (Amine = Amin, Yassine),
 * nor after another vowel, as the Balkans end a woman's name in -a too (Zejneba = Zejneb = Zaynab, Merjema = Merjem); and a
 * Latin -e only in a name whose letters show a Turkish or Albanian spelling (Kerime / Kerim alone say nothing: French
 * writes Ibrahime; Kerime Yılmaz / Kerim Yılmaz do).
 */
import { phoneticWord, wordSimilarity, type PhoneticWord } from './distance';
import { wordToSymbols } from './translit/index';
import type { UnitData } from './units';
import { isFormOfName } from './name-forms';

const FEMININE = /^(.*(?:ee|[iıüîи])[bdfklmpqrstzşбдфклмпрстзш])(e|a|ah|е|а)$/;
// (… and after the u of the pattern mafʿūl, Mansur, Masud, Mahmud, Mabruk, whose women's names are Mansura, Masuda, Mansure,
// Mesude, Messaouda — not any u, as Hamouda, Dauda, Kalthouma, Gertruda are no woman's names made from a man's)
const FEMININE_MAFUL = /^([mм][aeiouаеиоу][^aeiouаеиоуy]{1,2}a?(?:ou|oo|u|û|у)[bdfklmpqrstzşбдфклмпрстзш])(e|a|ah|е|а)$/;
// (… and, in a name that shows a letter only Turkish or Albanian write, after n, whose French -ine is a man's only in
// French spellings (Emine, Mümine = Amina, Mu'mina), and after the e of the Albanian Fikret, Shefqet (Fikrete, Shefqete))
const FEMININE_E_OF_TURKISH = /^(.*(?:[iıüîи]n|[eë][bdfklmpqrstzşç]))(e)$/;
// (… or a Turkish or Albanian letter of the woman's name itself: Mümine, Mükerreme; UnitData.ownTurkishLetters)
// (… and in Greek letters, where an -ε is said, never a French silent e: after n too, Εμινέ, Κερίμε)
const FEMININE_GREEK = /^(.*(?:[ιίΐϊ]|ο[υύ])(?:[βδζθκλμνπρστφχ]|ντ))([εέαά])$/;
// (a name that begins with a vowel only of two consonants, Aziz, Amir, Adil: the -a of Ibrahima, Ismaïla is the ending
// West African spellings give a man's name, and Ibrahim, Ismail have no woman's form)
const VOWEL_FIRST = /^[aeiouıüöäâêîôûёаеиоуэюяαεηιουωάέήίόύώ]/;
const CONSONANTS = /[^aeiouyıüöäâêîôûаеиоуыэюяёйαεηιουωάέήίόύώ]/g;
// (a Latin -e only in a name that shows a Turkish or Albanian spelling by its letters: elsewhere it is the silent e of
// French spellings, Ibrahime, Ranime, Khadime = إبراهيم, رنيم, خادم; name-conventions.ts)
// (the man's name ends in its consonant: a vowel or h there, or Arabic script's ة, ه, alif or ya, is a woman's name too)
const ENDS_IN_A_CONSONANT = /[^aeiouyhıüöäâêîôûаеиоуюяэыйьъαεηιουωάέήίόύώاةهىيوۀە]$/;
// (… nor an Arabic-script ayn after another letter than the ya of faʿīl, which a Latin -a may write: Bouzouba = بوزوبع)
const AYN_AFTER_OTHER_THAN_YA = /[^ي]ع$/;
/** The man's names are at least this close to the woman's without its ending. */
const SAME_NAME = 0.9;

/**
 * Whether a word as written may be a woman's name made with the -e of Turkish and Albanian spellings (Halime, Şerife):
 * the units the convention of a name that shows those spellings flags (name-conventions.ts), no other.
 */
export const mayEndInFeminineE = (text: string): boolean => text.endsWith('e') && (FEMININE.test(text) || FEMININE_MAFUL.test(text) || FEMININE_E_OF_TURKISH.test(text));

const baseOf = new Map<string, { base: PhoneticWord; e: boolean; needsTurkishLetters: boolean } | null>();
function masculineOf(text: string): { base: PhoneticWord; e: boolean; needsTurkishLetters: boolean } | null {
  let base = baseOf.get(text);
  if (base === undefined) {
    const plain = FEMININE.exec(text) ?? FEMININE_MAFUL.exec(text);
    const m = plain ?? FEMININE_E_OF_TURKISH.exec(text) ?? FEMININE_GREEK.exec(text);
    const manly = m === null || (VOWEL_FIRST.test(text) && (m[1]!.match(CONSONANTS) ?? []).length > 2) ? null : m;
    base = manly === null ? null
      : { base: phoneticWord(wordToSymbols(manly[1]!).symbols, false), e: manly[2] === 'e', needsTurkishLetters: plain === null && manly[2] === 'e' };
    if (baseOf.size >= 100_000) baseOf.clear();
    baseOf.set(text, base);
  }
  return base;
}

/** Whether one unit is a woman's name made from the man's name the other is (Kerime / Kerim, Nabila / نبيل). */
export function feminineOfTheOther(u: UnitData, v: UnitData): boolean {
  return feminineOf(u, v) || feminineOf(v, u) || frenchSiblings(u.frenchGender, v.frenchGender);
}


function feminineOf(woman: UnitData, man: UnitData): boolean {
  if (woman.abjad || woman.kind !== 'name' || man.kind !== 'name' || !ENDS_IN_A_CONSONANT.test(man.text) || AYN_AFTER_OTHER_THAN_YA.test(man.text)) return false;
  // (the West African forms of men's names end so too: Brahima = Ibrahim; name-forms.ts)
  if (isFormOfName(woman.text)) return false;
  const m = masculineOf(woman.text);
  if (m === null || (m.e && !woman.turkishOrAlbanian) || (m.needsTurkishLetters && !woman.turkishLetters && !woman.ownTurkishLetters)) return false;
  return wordSimilarity(m.base, man.full) >= SAME_NAME;
}

/** Whether one is a French man's name and the other the woman's made from it (french-men.ts: Michel / Michelle). */
function frenchSiblings(a: string, b: string): boolean {
  return a !== '' && b !== '' && a[0] !== b[0] && a.slice(2) === b.slice(2);
}
