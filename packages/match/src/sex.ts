/** Sex as recorded: M / F in the languages and scripts of the route; anything else is unknown. */
export type Sex = 'M' | 'F';

const MALE = new Set(['m', 'male', 'man', 'boy', 'м', 'маж', 'мушко', 'мъж', 'муж', 'мужской', 'ذكر', 'مرد', 'άνδρας', 'α', 'muško', 'moški', 'h', 'homme']);
const FEMALE = new Set(['f', 'female', 'woman', 'girl', 'ж', 'жена', 'женско', 'женский', 'أنثى', 'انثى', 'زن', 'γυναίκα', 'θ', 'žensko', 'ženski', 'w', 'femme']);

export function parseSex(text: string | undefined | null): Sex | null {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '') return null;
  if (MALE.has(t)) return 'M';
  if (FEMALE.has(t)) return 'F';
  return null;
}

export type SexLevel = 'same' | 'different';

export function compareSex(a: Sex | null, b: Sex | null): SexLevel | null {
  if (!a || !b) return null;
  return a === b ? 'same' : 'different';
}
