/**
 * The baseline a user would otherwise pick: ICU Any-Latin (+ Latin-ASCII, lower case) then Jaro-Winkler.
 * ICU is taken from the `uconv` tool of icu-devtools when it is installed (the real ICU transform); without
 * it, a letter-by-letter table in the spirit of Any-Latin is used and the report says so.
 */
import { spawnSync } from 'node:child_process';

export interface Baseline {
  label: string;
  latin: (s: string) => string;
}

const SIMPLE: Record<string, string> = {
  // Arabic, letter by letter as ICU's Arabic-Latin does (no vowels are added)
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd',
  'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh',
  'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'ى': 'y', 'ة': 't',
  'ء': '', 'ئ': 'y', 'ؤ': 'w', 'ی': 'y', 'ک': 'k', 'گ': 'g', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh',
  // Cyrillic (ICU Cyrillic-Latin is ISO 9-like)
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ж': 'z', 'з': 'z', 'и': 'i', 'й': 'j', 'к': 'k',
  'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'h',
  'ц': 'c', 'ч': 'c', 'ш': 's', 'щ': 'sc', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'u', 'я': 'a', 'ј': 'j',
  'џ': 'dz', 'ђ': 'd', 'ћ': 'c', 'љ': 'lj', 'њ': 'nj', 'ѓ': 'g', 'ќ': 'k', 'ѕ': 'dz', 'і': 'i', 'ї': 'i', 'є': 'e',
};

function simpleLatin(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += SIMPLE[ch] ?? ch;
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, '');
}

/** Transliterates every distinct string once (one uconv process for all of them). */
export function makeBaseline(strings: Iterable<string>): Baseline {
  const unique = [...new Set(strings)].map((s) => s.replace(/[\r\n]+/g, ' '));
  const r = spawnSync('uconv', ['-x', 'Any-Latin; Latin-ASCII; Lower'], { input: unique.join('\n') + '\n', maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status === 0 && typeof r.stdout === 'string') {
    const lines = r.stdout.split('\n');
    const map = new Map<string, string>();
    unique.forEach((s, i) => map.set(s, (lines[i] ?? '').replace(/[^a-z ]/g, '')));
    const latin = (s: string): string => {
      const l = map.get(s);
      // a string left out of the batch would be compared by the stand-in under ICU's name: fail instead
      if (l === undefined) throw new Error(`the ICU baseline was not given "${s}" to transliterate: add it to makeBaseline's strings`);
      return l;
    };
    return { label: 'ICU Any-Latin (uconv) + Jaro-Winkler', latin };
  }
  return { label: 'letter-by-letter Any-Latin stand-in (no uconv) + Jaro-Winkler', latin: simpleLatin };
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = 1;
      mb[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
