/**
 * Persian family names made with -far (فر, splendour: Kianfar, Mohammadifar) and with -fard (فرد, unique: Kianfard,
 * Hosseinifard): two families, whose Latin and Cyrillic spellings differ by a last d the letters read as a small thing
 * (Arabic script keeps them apart by its د). Only after a front of three letters or more (not Jafar; Mozaffar has one,
 * but no Mozaffard is a name to meet it).
 */
const FAR = /...[ -]?(?:far|фар)$/;
const FARD = /...[ -]?(?:fard|фард)$/;
const LAST_R = new Set([...'rр'].map((c) => c.charCodeAt(0)));
const LAST_D = new Set([...'dд'].map((c) => c.charCodeAt(0)));

/** Whether one word as written ends in -far and the other in -fard (Kianfar / Kianfard). */
export function farAgainstFard(a: string, b: string): boolean {
  // (most names end otherwise: tested before the expressions)
  const endA = a.charCodeAt(a.length - 1);
  const endB = b.charCodeAt(b.length - 1);
  if (LAST_R.has(endA) && LAST_D.has(endB)) return FAR.test(a) && FARD.test(b);
  return LAST_D.has(endA) && LAST_R.has(endB) && FARD.test(a) && FAR.test(b);
}
