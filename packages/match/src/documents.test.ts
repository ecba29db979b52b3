import { describe, expect, it } from 'vitest';
import { compareDocuments, normalizeDocumentNumber } from './documents';

describe('document numbers', () => {
  it('normalises separators, case, Cyrillic look-alikes and Arabic-Indic digits', () => {
    expect(normalizeDocumentNumber('n 123-456 78')).toBe('N12345678');
    expect(normalizeDocumentNumber('АВ 123456')).toBe('AB123456'); // Cyrillic А and В
    expect(normalizeDocumentNumber('٠١٢٣٤٥٦')).toBe('0123456');
    expect(normalizeDocumentNumber(' - ')).toBeNull();
  });
  it('grades exact, one edit, different', () => {
    expect(compareDocuments('N12345678', 'N12345678')).toBe('exact');
    expect(compareDocuments('N12345678', 'N12345687')).toBe('one-edit');
    expect(compareDocuments('N12345678', 'N1234567')).toBe('one-edit');
    expect(compareDocuments('N12345678', 'P99345678')).toBe('different');
    expect(compareDocuments(null, 'P99345678')).toBeNull();
  });
});
