/**
 * Said and Sayyid: سعيد (Saeed, Saïd, Saied, Sa'id, Sait, Siciid) and سيد (Sayed, Seyed, Sayyid, Syed, Seyit, Sejid, Сейид)
 * are two names — the second also the title of the Prophet's descendants — whose Latin and Cyrillic spellings differ by
 * the y of Sayyid against the long i of Said after its vowel or ayn. Letters alone read Sayed close to Saeed, and the
 * phonetic alphabet writes Saied as Sayed: the spelling as written tells them apart. A plain Said or Саид says neither:
 * German and Russian papers write Sayyid so too (Said Dschawad Mussawi = سيد جواد موسوي, Ал-Саид = السيد).
 */
export type SaidName = '' | 'said' | 'sayyid';

// (normalised text: lower case, diacritics kept, an apostrophe for the ayn; a Bengali Sayeed is Said, neither)
const SAID = /^(?:sa(?:'?ee|'?ei|ie|ï|'i)d|sait|s[ai]cii?d|سعيد)$/;
// (Sajed, Сајед are also the Sajid of ساجد: neither)
const SAYYID = /^(?:sayy?[ei][dt]|se(?:yy?|jj?)[ei][dt]|syed|сайй?[еи]д|се(?:йй?|јј?)[еи][дт]|سيد)$/;

/** Which of the two names a word as written spells, if either (of a unit's text: its last word, after any article). */
export function saidNameOf(text: string): SaidName {
  const word = text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('-')) + 1).replace(/^ال/, '');
  if (word.length > 7) return '';
  return SAID.test(word) ? 'said' : SAYYID.test(word) ? 'sayyid' : '';
}

/** Whether one unit spells Said and the other Sayyid. */
export const saidAgainstSayyid = (a: SaidName, b: SaidName): boolean => a !== '' && b !== '' && a !== b;
