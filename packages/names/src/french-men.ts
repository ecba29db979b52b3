/**
 * The French men's names Lebanese, Syrian and Egyptian Christians carry, and the women's made from them with -e, a last l
 * or n written twice before it (Michel / Michelle, Pascal / Pascale, Jean / Jeanne): a brother and a sister. These only:
 * French spellings write Arab men's names with a silent -e too (Amine = Amin, Yassine = Yasin).
 */
const FRENCH_MEN = new Set(['michel', 'pascal', 'gabriel', 'joel', 'rene', 'emmanuel', 'daniel', 'marcel', 'simon', 'denis', 'jean', 'raphael',
  'louis', 'francois', 'christian', 'martin', 'noel', 'samuel', 'manuel', 'lucien', 'julien', 'fabien', 'adrien', 'gilbert', 'robert', 'albert',
  'yvon', 'paul', 'andre', 'frederic']);
// (those that are Italian men's names with -e, Michele, Daniele, Simone, only with the letter doubled, Michelle, Danielle,
// or the French è before it, Michèle, Danièle)
const ITALIAN_WITH_E = new Set(['michel', 'daniel', 'gabriel', 'samuel', 'manuel', 'simon']);
const FRENCH_GRAVE_BEFORE_LAST = /è[a-z]e$/;
const withoutMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Of a Latin word as written: 'm:' and the name for one of those men's names, 'f:' and the man's name for a woman's name
 * made from one, '' for any other (the feature units.ts keeps of a unit's text: units that differ by an accent or a
 * doubled letter alone are one unit otherwise).
 */
export function frenchGenderOf(text: string): string {
  const w = withoutMarks(text);
  if (FRENCH_MEN.has(w)) return `m:${w}`;
  if (!w.endsWith('e')) return '';
  const single = w.slice(0, -1);
  if (FRENCH_MEN.has(single) && (!ITALIAN_WITH_E.has(single) || FRENCH_GRAVE_BEFORE_LAST.test(text))) return `f:${single}`;
  // (and -ique for -ic: Frédérique, Frédéric)
  if (w.endsWith('ique') && FRENCH_MEN.has(`${w.slice(0, -3)}c`)) return `f:${w.slice(0, -3)}c`;
  const doubled = w.slice(0, -2);
  return w.length > 3 && w[w.length - 2] === doubled[doubled.length - 1] && FRENCH_MEN.has(doubled) ? `f:${doubled}` : '';
}
