/**
 * Serbian Cyrillic → Serbian Latin (gajica). The mapping is one-to-one by letter and official, so the
 * Latin catalogue is derived from the Cyrillic one instead of being maintained twice. ASCII text (ICU
 * argument names and plural keywords) is left as it is.
 */
const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

function upper(latin: string, nextIsUpper: boolean): string {
  if (latin.length === 1) return latin.toUpperCase();
  // Љ → "Lj" in a word, "LJ" in an all-capitals word.
  return nextIsUpper ? latin.toUpperCase() : (latin[0] as string).toUpperCase() + latin.slice(1);
}

export function serbianCyrillicToLatin(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const lower = ch.toLowerCase();
    const latin = LETTERS[lower];
    if (latin === undefined) {
      out += ch;
    } else if (lower === ch) {
      out += latin;
    } else {
      const next = chars[i + 1];
      out += upper(latin, next !== undefined && next !== next.toLowerCase());
    }
  }
  return out;
}

/** Applies a string transformation to every leaf of a nested catalogue. */
export function mapCatalogue<T>(catalogue: T, fn: (s: string) => string): T {
  if (typeof catalogue === 'string') return fn(catalogue) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(catalogue as Record<string, unknown>)) out[k] = mapCatalogue(v, fn);
  return out as T;
}
