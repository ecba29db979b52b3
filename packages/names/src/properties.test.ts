import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparableTokens, compareNames, detectScript, nameKeys, nameScore, normalizeName, otherScriptForms, prepareName,
  SAME_NAME_THRESHOLD, tokenKeys,
} from './index';

// Name-like text: words of consonant-vowel syllables in Latin, Arabic, Cyrillic and Ethiopic letters.
const latinSyllable = fc.tuple(fc.constantFrom('b', 'd', 'f', 'h', 'j', 'k', 'l', 'm', 'n', 'r', 's', 't', 'z', 'sh', 'kh'), fc.constantFrom('a', 'i', 'u', 'e', 'o', 'aa', 'ee', 'ou')).map(([c, v]) => c + v);
const latinWord = fc.array(latinSyllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const arabicWord = fc.array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآپچژگکی'), { minLength: 2, maxLength: 7 }).map((s) => s.join(''));
const cyrillicWord = fc.array(fc.constantFrom(...'абвгдежзийклмнопрстуфхцчшщъыьэюяјљњћџѓќѕђєії'), { minLength: 2, maxLength: 8 }).map((s) => s.join(''));
const ethiopicWord = fc.array(fc.integer({ min: 0x1200, max: 0x1357 }).map((cp) => String.fromCodePoint(cp)), { minLength: 1, maxLength: 5 }).map((s) => s.join(''));
const word = fc.oneof(latinWord, arabicWord, cyrillicWord, ethiopicWord, fc.constantFrom('al', 'abd', 'abdul', 'bin', 'abu', 'ullah', 'ad-din', 'zai', 'عبد', 'ال', 'بن', 'dr.', 'sheikh', 'шейх', 'الحاج', 'г-дин', 'sayed', 'a.', 'м.', 'م'));
const nameText = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const anyText = fc.oneof(
  nameText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000\u0001\u001f\u007f', '😀👨‍👩‍👧 ✓', '\u200b\u200c\u200d\u202e\ufeff', 'Muhamed محمد Мухамед ተስፋየ 😀', '-', "'", '- - -'),
);

describe('properties', () => {
  it('comparison is symmetric', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const ab = compareNames(a, b);
        const ba = compareNames(b, a);
        expect(ab.score).toBe(ba.score);
        expect(ab.same).toBe(ba.same);
        expect(nameScore(prepareName(a), prepareName(b))).toBe(nameScore(prepareName(b), prepareName(a)));
      }),
      { numRuns: 400 },
    );
  });

  it('comparison is symmetric to the last bit when units are summed in a different order', () => {
    // found by the property above: the same unit similarities added in a's order and in b's order
    const a = 'ቪሑ хчоч abd';
    const b = 'bin جشخ ቯኁ';
    expect(nameScore(prepareName(a), prepareName(b))).toBe(nameScore(prepareName(b), prepareName(a)));
  });

  it('a name equals itself, in its own script and in every other script it can be written in', () => {
    fc.assert(
      // (not a later word zi, zee or zaada: their Arabic form زي and Cyrillic Зада are how spellings of Pashtun and Persian
      // family names write the -zai and -zada apart, احمد زی = Ahmadzai, Ахмад Зада = Ahmadzada, and the engine reads them so;
      // nor a later ba before another word, whose Arabic form با is the Hadrami Ba of family names written apart, با وزير =
      // Bawazir, one name to the engine; nor a word she or sha, whose Arabic form شه is the Shah Persian names write so, شه
      // بخش = شاه‌بخش)
      fc.property(fc.array(latinWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')).filter((n) => !/ z(?:i|ee|aa?daa?)(?= |$)/.test(n) && !/ baa? /.test(n) && !/(?:^| )sh[ae](?= |$)/.test(n)), (name) => {
        expect(compareNames(name, name).score).toBe(1);
        for (const form of otherScriptForms(name)) {
          expect(detectScript(form.text)).toBe(form.script);
          const c = compareNames(name, form.text);
          expect(c.score, `${name} / ${form.text}`).toBeGreaterThanOrEqual(SAME_NAME_THRESHOLD);
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(arabicWord, cyrillicWord, ethiopicWord), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), (name) => {
        if (prepareName(name) && tokenKeys(name).length > 0) expect(compareNames(name, name).same).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('no input throws: empty, very long, mixed scripts, emoji, control characters', () => {
    const long = fc.oneof(
      fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
      fc.constant('محمد '.repeat(2_000)),
      fc.constant('a'.repeat(10_000)),
      fc.constant('Mohammed-'.repeat(1_100)),
    );
    fc.assert(
      fc.property(fc.oneof(anyText, long), anyText, (a, b) => {
        const c = compareNames(a, b);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
        expect(typeof c.same).toBe('boolean');
        expect(typeof c.explanation.summary).toBe('string');
        expect(Array.isArray(nameKeys(a))).toBe(true);
        expect(nameKeys(a).length).toBeGreaterThan(0);
        for (const t of comparableTokens(a)) expect(t).toMatch(/^[a-z]*$/);
        expect(Array.isArray(otherScriptForms(a))).toBe(true);
        expect(typeof normalizeName(a)).toBe('string');
        expect(typeof detectScript(a)).toBe('string');
      }),
      { numRuns: 150 },
    );
  });

  it('no name of real words joined by hyphens throws, however many (Hussein-Alaa-Abdulameer-Alzubaidi)', () => {
    const words = ['hussein', 'alaa', 'abdulameer', 'alzubaidi', 'mahdi', 'alijan', 'akbari', 'mohammad', 'reza', 'ali', 'jan',
      'abdul', 'rahman', 'al', 'gul', 'khan', 'zai', 'ullah', 'bin', 'abu', 'sher', 'e', 'محمد', 'علی', 'جان', 'Ахмед', 'Али'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }), (parts) => {
        const name = parts.join('-');
        const c = compareNames(name, parts.join(' '));
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(compareNames(name, name).score).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    // (the izafat e joined after a hyphen, which fast-check found now and then: every run asks these)
    for (const name of ['hussein-alaa-e-hussein', 'abdulameer-e-hussein-hussein', 'alijan-hussein-e-Али']) {
      expect(compareNames(name, name.replace(/-/g, ' ')).score).toBeGreaterThanOrEqual(0);
    }
  });

  it('a chain of plain names joined by hyphens is the same name as written apart', () => {
    const latin = ['hussein', 'alaa', 'abdulameer', 'mahdi', 'alijan', 'akbari', 'mohammad', 'reza', 'karim', 'zubaidi'];
    const cyrillic = ['Ахмед', 'Али', 'Расул', 'Магомед', 'Гаджиев'];
    const chain = (names: string[]): fc.Arbitrary<string[]> => fc.array(fc.constantFrom(...names), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(fc.oneof(chain(latin), chain(cyrillic)), (parts) => {
        expect(compareNames(parts.join('-'), parts.join(' ')).same).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, (a) => {
        const n = normalizeName(a);
        expect(normalizeName(n)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});
