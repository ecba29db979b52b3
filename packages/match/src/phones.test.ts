import { describe, expect, it } from 'vitest';
import { comparePhones, normalizePhone } from './phones';

describe('normalizePhone', () => {
  it('reads international forms', () => {
    expect(normalizePhone('+963 944 123 456')?.e164).toBe('+963944123456');
    expect(normalizePhone('00963-944-123-456')?.e164).toBe('+963944123456');
    expect(normalizePhone('+389 (0)70 123 456')?.e164).toBe('+38970123456');
  });
  it('reads local forms with trunk 0 when the country is known', () => {
    expect(normalizePhone('0944 123 456', 'SYR')?.e164).toBe('+963944123456');
    expect(normalizePhone('070/123-456', 'MKD')?.e164).toBe('+38970123456');
    expect(normalizePhone('0944 123 456')).toEqual({ e164: null, national: '944123456' });
  });
  it('reads Arabic-Indic digits', () => {
    expect(normalizePhone('+٩٦٣٩٤٤١٢٣٤٥٦')?.e164).toBe('+963944123456');
  });
  it('recognises a country code written without + or 00', () => {
    expect(normalizePhone('963944123456')?.e164).toBe('+963944123456');
  });
  it('rejects too short input', () => {
    expect(normalizePhone('12')).toBeNull();
  });
});

describe('comparePhones', () => {
  it('matches the same number in different notations', () => {
    expect(comparePhones(normalizePhone('+963 944 123 456'), normalizePhone('0944123456', 'SYR'))).toBe('exact');
    expect(comparePhones(normalizePhone('+963 944 123 456'), normalizePhone('0944123456'))).toBe('same-national');
    expect(comparePhones(normalizePhone('+963 944 123 456'), normalizePhone('+963 944 999 456'))).toBe('different');
  });
});
