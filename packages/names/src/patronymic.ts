/**
 * Russian and Central Asian papers write a name family name first, then the given name and the patronymic: the father's
 * name with -ович, -евич, -овна, -евна, -ична (Кадыров Рамзан Ахматович; Ukrainian -івна), or with the Turkic оглы, кызы
 * after it (Алиев Ильхам Гейдар оглы). Such a name is also read in the order of the other names' chains: given name,
 * father's name, family name (Рамзан Ахматович Кадыров, Ильхам Гейдар Алиев), which other papers shorten to given and
 * family name (Ramzan Kadyrov). Only a second reading: a family name may end in -ович too (Роман Аркадьевич Абрамович,
 * and the Bosnian -ović copied into Russian, Эдин Мехмед Ибрахимович), and a name whose second word is the patronymic is
 * in that order already.
 */
const PATRONYMIC = /^(?:[а-яёіїєґҳӯӣҷқғәұүө]+(?:ович|евич|йович|овна|евна|ична|івна|ївна)|[a-z]+(?:ovich|evich|ovna|evna|ichna|owna|ewna))$/;
// … and the men's patronymics of Polish, German and French papers (Alichanowicz, Alichanowitsch, Alikhanovitch), which are
// as often family names there (Jankowicz) or the Bosnian -ović so spelt (Izetbegovitch): only after a family name written
// first with the Russian -ov, -ev as those papers write it (Ozdojew Magomied Alichanowicz; not -in, which given names end in
// too: Nermin Edin Hadzimuratovitch)
const WESTERN_PATRONYMIC = /^[a-z]+(?:owicz|ewicz|owitsch|ewitsch|ovitch|evitch)$/;
const RUSSIAN_FAMILY_NAME_IN_LATIN = /(?:ow|ew|ov|ev|off|eff)$/;
// the Turkic "son of", "daughter of" after the father's name: Azerbaijani, Uzbek, Kazakh and Turkmen as Russian papers
// copy them, and their Latin spellings — the Azerbaijani oğlu, qızı, the Uzbek oʻgʻli, ugli, qizi (ўғли, қизи), the
// Turkish kızı and the Kyrgyz uulu, kyzy
const TURKIC_MARKER = new Set(['оглы', 'оглу', 'улы', 'кызы', 'гызы', 'қызы', 'ogly', 'oglu', 'ogli', 'kyzy', 'gyzy', 'qizi',
  'oğlu', 'qızı', 'kızı', "o'g'li", 'ugli', 'ўғли', 'угли', 'қизи', 'кизи', 'uulu', 'уулу', 'kizi']);

// (any of them between two words)
const TURKIC_MARKER_INSIDE = new RegExp(` (?:${[...TURKIC_MARKER].join('|')}) `);

/**
 * The normalised name (words split by one space) read given, father's, family name when it is written family name first
 * and ends in a patronymic (the Turkic marker left out: Гейдар оглы is the father's name, as Гейдарович is); null
 * otherwise.
 */
export function inPatronymicOrder(normalized: string): string | null {
  // (names of three words or more only, and the last word first, without splitting the name: most names end in no
  // patronymic)
  const lastSpace = normalized.lastIndexOf(' ');
  if (lastSpace <= normalized.indexOf(' ')) return null;
  const last = normalized.slice(lastSpace + 1);
  const turkic = TURKIC_MARKER.has(last);
  const western = !turkic && WESTERN_PATRONYMIC.test(last) && RUSSIAN_FAMILY_NAME_IN_LATIN.test(normalized.slice(0, normalized.indexOf(' ')));
  if (!turkic && !western && !PATRONYMIC.test(last)) return withoutInnerTurkicMarker(normalized);
  const words = normalized.split(' ');
  if (turkic) return words.length >= 4 && !isPatronymic(words, 1) && turkicMarkerOfPatronymic(words) ? [...words.slice(1, -1), words[0]].join(' ') : null;
  return !isPatronymic(words, 1) ? [...words.slice(1), words[0]].join(' ') : null;
}

// A Latin oğlu, qızı after a name is as often the family name written apart (Hasan Ali Kara oğlu = Karaoğlu, Turkish): the
// marker of a patronymic only where the family name written first shows it (Aliyev, Həsənov, Karimova, Cabbarlı,
// Nazarzoda) or the name the letters of Azerbaijani and Uzbek (ə, q, x, oʻ)
const FAMILY_NAME_ENDING = /(?:ov|ev|ova|eva|li|lı|lu|zadə|zade|zoda)$/;
const AZERBAIJANI_OR_UZBEK = /[əqx]|o'/;
const CYRILLIC = /[а-яёіїєґҳӯӣҷқғәұүөў]/;
const turkicMarkerOfPatronymic = (words: readonly string[]): boolean =>
  CYRILLIC.test(words[words.length - 1]!) || FAMILY_NAME_ENDING.test(words[0]!) || words.some((w) => AZERBAIJANI_OR_UZBEK.test(w));

/**
 * An Azerbaijani or Uzbek name written in the order of the chains, given name, father's name with its marker, family name
 * (Aytən Rauf qızı Hüseynzadə, Orxan Rauf oğlu Hüseynzadə), without the marker: the chain other papers write whole or
 * shorten to given and family name (Ayten Rauf Hüseynzade, Aytan Guseynzade); null for a name with no marker inside.
 * (Only where the family name shows itself by its ending or the name by its letters: Hasan Kara oğlu Mehmet is no such
 * chain.)
 */
function withoutInnerTurkicMarker(normalized: string): string | null {
  // (a test of the text first, without splitting it: most names hold no marker)
  if (!TURKIC_MARKER_INSIDE.test(normalized)) return null;
  const words = normalized.split(' ');
  if (words.length < 4) return null;
  const at = words.findIndex((w, i) => i >= 2 && i <= words.length - 2 && TURKIC_MARKER.has(w));
  if (at < 0) return null;
  const family = words[words.length - 1]!;
  const chain = CYRILLIC.test(family) || FAMILY_NAME_ENDING.test(family) || words.some((w) => AZERBAIJANI_OR_UZBEK.test(w));
  return chain ? [...words.slice(0, at), ...words.slice(at + 1)].join(' ') : null;
}

/** Whether the word at `at` is a patronymic, or the father's name before a Turkic marker. */
const isPatronymic = (words: readonly string[], at: number): boolean =>
  PATRONYMIC.test(words[at]!) || TURKIC_MARKER.has(words[at + 1] ?? '');
