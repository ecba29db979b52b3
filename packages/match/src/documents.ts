import { editDistance } from './text';

/** Cyrillic and Greek capitals that look like Latin ones: a passport number copied by hand in either. */
const LOOKALIKE: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Upper-case alphanumerics only; Arabic-Indic digits → ASCII; look-alike letters → Latin. Empty → null. */
export function normalizeDocumentNumber(text: string | undefined | null): string | null {
  const t = (text ?? '')
    .normalize('NFKC')
    .replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .toUpperCase();
  let out = '';
  for (const ch of t) {
    const mapped = LOOKALIKE[ch] ?? ch;
    if (/[A-Z0-9]/.test(mapped)) out += mapped;
  }
  return out.length >= 3 ? out : null;
}

export type DocumentLevel = 'exact' | 'one-edit' | 'different';

export function compareDocuments(a: string | null, b: string | null): DocumentLevel | null {
  if (!a || !b) return null;
  if (a === b) return 'exact';
  return editDistance(a, b, 1) <= 1 ? 'one-edit' : 'different';
}
