import { CALLING_CODE_BY_COUNTRY, CALLING_CODES } from './calling-codes';
import type { CallingCode } from './calling-codes';

export interface Phone {
  /** E.164 (+ and digits) when the country is known, else null. */
  readonly e164: string | null;
  /** National significant number: digits without the country code or trunk 0. */
  readonly national: string;
}

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

function longestCode(digits: string): CallingCode | undefined {
  let best: CallingCode | undefined;
  for (const c of CALLING_CODES) {
    if (digits.startsWith(c.code) && (!best || c.code.length > best.code.length)) best = c;
  }
  return best;
}

/**
 * Normalises a phone number. "+963 944 123 456", "00963944123456" → +963944123456; a local
 * "0944 123 456" becomes E.164 when the caller knows the country (ISO alpha-3), else keeps only the
 * national number. Returns null for anything with too few digits to be a phone.
 */
export function normalizePhone(text: string | undefined | null, country?: string | null): Phone | null {
  const raw = (text ?? '').normalize('NFKC').replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  const international = /^\s*(\+|00)/.test(raw);
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 6) return null;
  if (international) {
    const rest = raw.trim().startsWith('+') ? digits : digits.slice(2);
    const code = longestCode(rest);
    if (code) {
      const national = rest.slice(code.code.length).replace(/^0/, '');
      return { e164: `+${code.code}${national}`, national };
    }
    return { e164: `+${rest}`, national: rest };
  }
  const national = digits.replace(/^0/, '');
  const code = country ? CALLING_CODE_BY_COUNTRY.get(country) : undefined;
  // A number already carrying a country code without + or 00 (common when copied from messengers).
  const prefixed = longestCode(digits);
  if (!digits.startsWith('0') && prefixed && prefixed.lengths.includes(digits.length - prefixed.code.length)) {
    const rest = digits.slice(prefixed.code.length);
    if (!code || code.lengths.length === 0 || !code.lengths.includes(national.length)) return { e164: `+${digits}`, national: rest };
  }
  return { e164: code ? `+${code.code}${national}` : null, national };
}

export type PhoneLevel = 'exact' | 'same-national' | 'different';

export function comparePhones(a: Phone | null, b: Phone | null): PhoneLevel | null {
  if (!a || !b) return null;
  if (a.e164 && a.e164 === b.e164) return 'exact';
  if (a.national === b.national) return 'same-national';
  // The same number written with and without its country code, when one side did not know the country.
  const tail = Math.min(a.national.length, b.national.length, 8);
  if (tail >= 7 && (a.e164 === null || b.e164 === null) && a.national.slice(-tail) === b.national.slice(-tail)) return 'same-national';
  return 'different';
}
