/** A name unit as the parser (structure.ts) makes it, before units.ts interns it; and the kinds of unit. */

/**
 * The kinds of name unit the parser makes (structure.ts): a name, an Abd-, Abu or Umm compound, X-ullah, X-uddin, a
 * name that begins with Allah (Allahyar, Allah Ditta), and `initial`, one letter standing for a name (the A. of A.
 * Hassan, the M and A of M.A. Khan).
 */
export type UnitKind = 'name' | 'abd' | 'abu' | 'umm' | 'allah-compound' | 'din-compound' | 'allah-first' | 'initial';

export interface ParsedUnit {
  kind: UnitKind;
  /** the words as written (normalised), joined by spaces */
  text: string;
  /** whole unit in phonetic symbols, article removed */
  symbols: string;
  /** the part that distinguishes units of one kind: the divine name of Abd-, the base of -ullah/-uddin */
  part: string;
  /** the whole word when an article glued to a Latin word was only guessed (Alhassan, but also Elham) */
  unstripped: string | null;
  /** the name after a Maghrebi bare l that may be the article (Larbi: arbi), read only against a name with one */
  withoutBareL: string | null;
  /**
   * Another reading of the part: X of an X-uddin glued with the vowel a or i, which may be X's own (Bahaddin: baha,
   * Muhiddin: muhi); the X of an Arabic-script X-allah without the final ح that spellings of the compound leave out
   * (ذبيح الله = Zabiullah)
   */
  partAlsoReadAs: string | null;
  /**
   * Other readings of the whole unit, each compared with the other unit as it stands: the name before an article ul-,
   * ur-… of the next name joined to it (Habibur Rahman: habib); the name with the Ben or bin written before it (Ben
   * Omar: benomar = Benomar)
   */
  alsoReadAs: readonly string[];
  article: boolean;
  abjad: boolean;
  /** an Arabic-script unit of a name written in Kurdish letters elsewhere (see kurdishUnits, name-conventions.ts) */
  kurdish?: boolean;
  /** of an Abd- compound, the Ben ('ben'), Bou ('bou') or Ait ('ait') a family name begins with before it (Benabdallah) */
  familyMarker?: string;
  /** Muhammad written out before the given name of a Bangladeshi name, a prefix as Md is (see bangladeshiReadings) */
  muhammadPrefix?: boolean;
  /** a unit of a name that shows a Tajik or Uzbek spelling by one of its words (name-conventions.ts, units.ts) */
  tajikOrUzbek?: boolean;
  /** a Latin unit that may be a woman's name in -e, of a name that shows a Turkish or Albanian spelling (name-conventions.ts) */
  turkishOrAlbanian?: boolean;
  /** … of a name that shows a letter only Turkish or Albanian write, ı ğ ş or xh, not the ç ö ü of French and German (name-conventions.ts) */
  turkishLetters?: boolean;
}
