/**
 * Russian and Central Asian papers write a name family name first, then the given name and the patronymic: the father's
 * name with -ович, -евич, -овна, -евна, -ична (Кадыров Рамзан Ахматович), or with the Turkic оглы, кызы after it (Алиев
 * Ильхам Гейдар оглы). A patronymic is never a family name, so a name that ends in one is read in the order of the other
 * names' chains: given name, father's name, family name (Рамзан Ахматович Кадыров, Ильхам Гейдар Алиев), which other
 * papers shorten to given and family name (Ramzan Kadyrov). Serbian and Bosnian family names in -ović, -овић, -овиќ are
 * no patronymics; nor is a Latin -ovic.
 */
const PATRONYMIC = /^(?:[а-яё]+(?:ович|евич|овна|евна|ична)|[a-z]+(?:ovich|evich|ovna|evna))$/;
// the Turkic "son of", "daughter of" after the father's name: Azerbaijani, Uzbek, Kazakh and Turkmen as Russian papers
// copy them, and their Latin spellings
const TURKIC_MARKER = new Set(['оглы', 'оглу', 'улы', 'кызы', 'гызы', 'қызы', 'ogly', 'oglu', 'ogli', 'kyzy', 'gyzy', 'qizi']);

/** The normalised name (words split by one space) in the order given, father's, family name when it ends in a patronymic. */
export function withPatronymicOrder(normalized: string): string {
  const last = normalized.lastIndexOf(' ');
  if (last < 0) return normalized;
  const end = normalized.slice(last + 1);
  if (TURKIC_MARKER.has(end)) {
    // (the marker itself is left out: Гейдар оглы is the father's name, as Гейдарович is)
    const words = normalized.slice(0, last).split(' ');
    return words.length >= 3 ? [...words.slice(1), words[0]].join(' ') : words.join(' ');
  }
  if (!PATRONYMIC.test(end)) return normalized;
  const words = normalized.split(' ');
  return words.length >= 3 ? [...words.slice(1), words[0]].join(' ') : normalized;
}

/** Whether a name as written ends in a patronymic (then its first word is the family name, already moved to the end). */
export const endsInPatronymic = (normalized: string): boolean => withPatronymicOrder(normalized) !== normalized;
