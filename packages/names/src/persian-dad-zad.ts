/**
 * Persian names made with -dad (داد, given: Mehrdad, Behdad, Khodadad) and with -zad (زاد, born: Mehrzad, Behzad,
 * Shahzad): two names of one front, whose Latin and Cyrillic spellings differ by the one letter the phonetic symbols read
 * as close (the ذ of Arabic names is d or z by who writes it), and which a Latin or Cyrillic spelling against the Persian
 * one reads as close too (Mehrdad / مهرزاد); a German s for z says nothing (Mirsad is a Bosnian name of its own).
 */
const DAD = /[^aeiouy\s-]dad$|[^аеиоуыэюяёй\s-]дад$|[^اوي\s]داد$/;
const ZAD = /[^aeiouy\s-]zad$|[^аеиоуыэюяёй\s-]зад$|[^اوي\s]زاد$/;
const LAST_D = new Set([...'dдد'].map((c) => c.charCodeAt(0)));
/** The shortest such name: a front of three letters (Behdad, Farzad). */
const SHORTEST = 6;

/** Whether one word as written ends in -dad and the other in -zad after a consonant (Mehrdad / Mehrzad). */
export function dadAgainstZad(a: string, b: string): boolean {
  // (most names end otherwise: tested before the expressions)
  if (a.length < SHORTEST || b.length < SHORTEST || !LAST_D.has(a.charCodeAt(a.length - 1)) || !LAST_D.has(b.charCodeAt(b.length - 1))) return false;
  return (DAD.test(a) && ZAD.test(b)) || (ZAD.test(a) && DAD.test(b));
}
