/**
 * Spellings that lost their diacritics: registrations along the Balkan route are often typed without š č ć ž đ ş ç ğ ı
 * ü ê (Hatidža as Hatidza, Şêxo as Sexo, Rüştü as Rustu). For each Latin spelling with diacritics in a variant group,
 * the group's same pairs again with that spelling written without them: what recall is left when a registry drops them.
 */
import type { LabelledPair, VariantGroup } from './data';

/** The Latin spelling with its diacritics taken off as an ASCII keyboard types it (đ as dj, ı as i). */
function withoutDiacritics(spelling: string): string {
  return spelling.replace(/ı/g, 'i').replace(/İ/g, 'I').replace(/đ/g, 'dj').replace(/Đ/g, 'Dj').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

const LATIN = /^[\p{Script=Latin} '’-]+$/u;

/** Same pairs of each group with one Latin spelling written without its diacritics, against every other spelling. */
export function pairsWithoutDiacritics(groups: readonly VariantGroup[]): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (const g of groups) {
    for (const v of g.variants) {
      const bare = withoutDiacritics(v);
      if (bare === v || !LATIN.test(v)) continue;
      for (const w of g.variants) if (w !== v && w !== bare) out.push({ a: bare, b: w, kind: 'same' });
    }
  }
  return out;
}
