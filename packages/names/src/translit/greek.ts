/** Greek → phonetic symbols (Greek police and registration records). */
import { finishSymbols } from './latin';

const LETTERS: Record<string, string> = {
  'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'D', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 'T', 'ι': 'i', 'κ': 'k', 'λ': 'l',
  'μ': 'm', 'ν': 'n', 'ξ': 'ks', 'ο': 'o', 'π': 'p', 'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'i', 'φ': 'f',
  'χ': 'x', 'ψ': 'ps', 'ω': 'o',
};

export function greekToSymbols(word: string): string {
  let w = word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  w = w.replace(/ου/g, 'U').replace(/αι/g, 'e').replace(/[εο]ι/g, 'i').replace(/μπ/g, 'b').replace(/ντ/g, 'd')
    .replace(/γκ/g, 'g').replace(/αυ/g, 'av').replace(/ευ/g, 'ev').replace(/χ(?=[ρλ])/g, 'x');
  let out = '';
  for (const ch of w) out += LETTERS[ch] ?? (/[a-zA-Z]/.test(ch) ? ch : '');
  return finishSymbols(out);
}
