import { COUNTRIES } from './countries';
import { foldText } from './text';

const BY_NAME = new Map<string, string>();
for (const c of COUNTRIES) {
  BY_NAME.set(c.alpha3.toLowerCase(), c.alpha3);
  BY_NAME.set(c.alpha2.toLowerCase(), c.alpha3);
  for (const n of c.names) BY_NAME.set(foldText(n), c.alpha3);
}
const STATELESS = new Set(['stateless', 'xxa', 'xxb', 'xxc', 'xxx', 'бездржавјанин', 'без државјанство', 'апатрид', 'بدون جنسية', 'بدون']);

/**
 * A nationality written as an ISO code or a country name / demonym in any of the route's scripts →
 * ISO alpha-3 ("Сирија", "سوريا", "Syrian", "SY" → "SYR"); "stateless" → "XXA"; unknown text →
 * its folded form (two records spelling an unlisted country the same way still agree); empty → null.
 */
export function normalizeNationality(text: string | undefined | null): string | null {
  const folded = foldText(text ?? '');
  if (folded === '') return null;
  if (STATELESS.has(folded)) return 'XXA';
  const code = BY_NAME.get(folded) ?? BY_NAME.get(folded.replace(/^(the|al|ال)\s*/u, ''));
  if (code) return code;
  if (/^[a-z]{3}$/.test(folded)) return folded.toUpperCase();
  return folded;
}

export type NationalityLevel = 'same' | 'different';

export function compareNationalities(a: string | null, b: string | null): NationalityLevel | null {
  if (!a || !b) return null;
  return a === b ? 'same' : 'different';
}
