import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { wordToSymbols } from './index';

describe('a word typed with a look-alike letter of the other alphabet', () => {
  it('reads that letter in the alphabet of the word\'s other letters (Алиpеза with a Latin p, Нassan with a Cyrillic Н)', () => {
    expect(wordToSymbols('алиpеза').symbols).toBe(wordToSymbols('алиреза').symbols);
    expect(wordToSymbols('нassan').symbols).toBe(wordToSymbols('hassan').symbols);
    expect(compareNames('Алиpеза Хосейни', 'Ali Reza Husseini').same).toBe(true);
    expect(compareNames('Ahmed Наsan Omer', 'Ahmed Hasan Omer').same).toBe(true);
  });
  it('but not a Latin h in a Cyrillic word, which stands in for Tajik ҳ (Раhим = Рахим), nor a Cyrillic с or х in a Latin one', () => {
    expect(compareNames('Раhим', 'Рахим').same).toBe(true);
    expect(compareNames('Раhим', 'Rahim').same).toBe(true);
    expect(wordToSymbols('сamir').symbols).toBe(wordToSymbols('samir').symbols);
    expect(compareNames('Хasan', 'Hasan').same).toBe(true);
  });
  it('but not a word that is half in each, nor a letter with no look-alike (Ahmad-Джан)', () => {
    expect(wordToSymbols('abвг').symbols).toBe(wordToSymbols('ab').symbols + wordToSymbols('вг').symbols);
    expect(compareNames('Ahmad-Джан', 'Ahmad Jan').same).toBe(true);
  });
});
