/**
 * Muhammad and Mahmud: the two commonest names of the region share their four consonants (m, h, m, d) and differ only in
 * the vowels — Muhammad's short a after the second m (Mohamed, Mehmet, Mahamat, Мухаммад, محمد), Mahmud's long u there,
 * which its spellings write long (Mahmoud, Mahmood, Maxamuud, محمود) or after an h without a vowel (Mahmud, Mahmut,
 * Махмуд). Letters alone read Mohamoud close to Mohamed and Mahmut close to Mehmet; the vowels tell them apart.
 * A plain u after a vowelled h says neither: Mohamud is the Somali Maxamuud, but lists of Muhammad's spellings hold it too.
 */
export const enum MhmdName { None = 0, Muhammad = 1, Mahmud = 2 }

// m, vowels, h (the Somali x: Maxamed), vowels, m (doubled or not), the vowels after it, d or t, and whatever follows: a
// final vowel (Mouhamadou), the second name of a compound or a family suffix (Mohammadreza, محمدی, Mahmoudzadeh);
// symbols of phonetic.ts: capitals are long vowels, W the Arabic-script waw
const MHMD = /^m[aeiouAEIOUW]*[hx]([aeiouAEIOUW]*)m+([aeiouAEIOUW]*)[dt]/;

// … and the Azerbaijani Məmməd, Russian Мамед, without the h (Məmmədov, Мамедов = Muhammad's sons), which Mahmud keeps
// (not the West African Mamadou, a form of its own: name-forms.ts)
const MAMED = /^m[ae]m+[ae][dt](?![uU]$)/;

/** Which of the two names a word's symbols spell or begin with, if either. */
export function mhmdName(symbols: string, abjad: boolean): MhmdName {
  const m = MHMD.exec(symbols);
  if (m === null) return !abjad && MAMED.test(symbols) ? MhmdName.Muhammad : MhmdName.None;
  const afterH = m[1]!;
  const afterM = m[2]!;
  if (/[UOW]/.test(afterM)) return MhmdName.Mahmud;
  if (/[uo]/.test(afterM)) return afterH === '' && !abjad ? MhmdName.Mahmud : MhmdName.None;
  // (Arabic script writes Mahmud's u with its waw, so a spelling without one is Muhammad; another script's Mhmd says nothing)
  return afterM !== '' || abjad ? MhmdName.Muhammad : MhmdName.None;
}

/** Whether one word spells Muhammad and the other Mahmud. */
export function muhammadAgainstMahmud(a: string, aAbjad: boolean, b: string, bAbjad: boolean): boolean {
  const x = mhmdName(a, aAbjad);
  if (x === MhmdName.None) return false;
  const y = mhmdName(b, bAbjad);
  return y !== MhmdName.None && y !== x;
}
