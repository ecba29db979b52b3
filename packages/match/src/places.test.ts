import { describe, expect, it } from 'vitest';
import { compareAddresses, comparePlaces, preparePlace } from './places';

const p = (s: string) => preparePlace(s);

describe('preparePlace', () => {
  it('finds route places and origin cities in any script', () => {
    expect(p('Ѓевѓелија')?.id).toBe('gevgelija');
    expect(p('Gevgelija')?.id).toBe('gevgelija');
    expect(p('Прешево')?.id).toBe('presevo');
    expect(p('Presevo')?.id).toBe('presevo');
    expect(p('Београд')?.id).toBe('belgrade');
    expect(p('دمشق')?.id).toBe('damascus');
    expect(p('حلب')?.id).toBe('aleppo');
    expect(p('کابل')?.id).toBe('kabul');
    expect(p('Mazar-e Sharif')?.id).toBe('mazar-i-sharif');
    expect(p('Харманли')?.country).toBe('BGR');
  });
  it('finds a known place inside a longer text', () => {
    expect(p('transit centre Tabanovce, tent 4')?.id).toBe('tabanovce');
  });
  it('keeps unknown places comparable and empty as unknown', () => {
    expect(p('Somewhere Village')?.id).toBeNull();
    expect(p('  ')).toBeNull();
  });
});

describe('comparePlaces', () => {
  it('grades places', () => {
    expect(comparePlaces(p('Šid'), p('Шид'))).toBe('same');
    expect(comparePlaces(p('Aleppo'), p('حلب'))).toBe('same');
    expect(comparePlaces(p('Aleppo'), p('Homs'))).toBe('same-country');
    expect(comparePlaces(p('Aleppo'), p('Kabul'))).toBe('different');
    expect(comparePlaces(p('Kafr Nabl'), p('Kafr Nabel'))).toBe('similar');
    expect(comparePlaces(null, p('Kabul'))).toBeNull();
  });
});

describe('compareAddresses', () => {
  it('grades free-text addresses by shared words', () => {
    expect(compareAddresses(p('8 stanley street miami 4223'), p('8 stanley street miami 4223'))).toBe('same');
    expect(compareAddresses(p('8 stanley street miami winston hills 4223'), p('8 stanely street miami winston hills 4223'))).toBe('similar');
    expect(compareAddresses(p('12 pinkerton circuit bega flats'), p('8 stanley street miami'))).toBe('different');
    expect(compareAddresses(p('Tabanovce camp'), p('Табановце'))).toBe('same-place');
  });
});
