import { describe, expect, it } from 'vitest';
import {
  compareNames, comparableTokens, detectScript, nameKeys, nameScore, normalizeName, otherScriptForms, prepareName,
  SAME_NAME_THRESHOLD, tokenKeys,
} from './index';

describe('public API', () => {
  it('detects scripts', () => {
    expect(detectScript('محمد')).toBe('arabic');
    expect(detectScript('Мухамед')).toBe('cyrillic');
    expect(detectScript('Muhamed')).toBe('latin');
    expect(detectScript('ተስፋየ')).toBe('ethiopic');
    expect(detectScript('Μωχάμεντ')).toBe('greek');
    expect(detectScript('Muhamed Мухамед')).toBe('mixed');
    expect(detectScript('  12 ')).toBe('empty');
  });

  it('normalises while keeping the script', () => {
    expect(normalizeName('  مُحَمَّد  ')).toBe('محمد');
    expect(normalizeName('MUHAMED   HUSEIN')).toBe('muhamed husein');
    expect(detectScript(normalizeName('Мухамед'))).toBe('cyrillic');
  });

  it('compares across scripts with a decision at the threshold', () => {
    const c = compareNames('محمد حسين', 'Мухамед Хусеин');
    expect(c.same).toBe(true);
    expect(c.score).toBeGreaterThanOrEqual(SAME_NAME_THRESHOLD);
    expect(c.relation).toBe('equivalent');
    expect(c.explanation.pairs).toHaveLength(2);
    expect(c.explanation.summary).toContain('محمد');
  });

  it('keeps known-different names apart', () => {
    expect(compareNames('Hassan', 'Hussein').same).toBe(false);
    expect(compareNames('Muhammad', 'Mahmoud').same).toBe(false);
    expect(compareNames('Said', 'Saad').same).toBe(false);
    expect(compareNames('Omar', 'Amr').same).toBe(false);
  });

  it('scores prepared names like compareNames', () => {
    const a = prepareName('Mohammed Hussein');
    const b = prepareName('Muhamed Husein');
    expect(a.raw).toBe('Mohammed Hussein');
    expect(nameScore(a, b)).toBeCloseTo(compareNames(a, b).score, 2);
  });

  it('gives blocking keys shared by spellings in several scripts', () => {
    expect(tokenKeys('Abdul Rahman')).toEqual(tokenKeys('عبد الرحمن'));
    expect(nameKeys('Mohammed Hussein')[0]).toBe(nameKeys('محمد حسين')[0]);
    expect(comparableTokens('Мухамед')).toEqual(comparableTokens('Muhammad'));
    expect(comparableTokens('Muhammad')[0]).toMatch(/^[a-z]+$/);
  });

  it('renders other-script forms', () => {
    const forms = otherScriptForms('Mohammed');
    expect(forms.map((f) => f.script)).toEqual(['cyrillic', 'arabic']);
    expect(otherScriptForms('محمد').map((f) => f.script)).toEqual(['latin', 'cyrillic']);
  });

  it('renders an Arabic-script name the lexicon knows as it is usually written, not letter by letter', () => {
    const form = (name: string, script: string): string | undefined => otherScriptForms(name).find((f) => f.script === script)?.text;
    expect(form('محمد حسين الخطيب', 'latin')).toBe('Mohamed Hussein al-Khatib');
    expect(form('محمد حسين الخطيب', 'cyrillic')).toBe('Мохамед Хусеин Ал-Хатиб');
    expect(form('عبد الرحمن', 'latin')).toBe('Abdul Rahman');
    expect(form('أبو بكر', 'latin')).toBe('Abu Bakr');
    // the name without its article, whose usual spelling writes the article as its sun letter (Es-Sayed, Naceur)
    expect(form('السيد', 'latin')).toBe('al-Sayed');
    expect(form('الناصر', 'latin')).toBe('al-Nasser');
    expect(form('عبد الناصر', 'latin')).toBe('Abdul Nasser');
    expect(form('عبد الرحمن', 'latin')).toBe('Abdul Rahman');
    // not the Egyptian g of ج nor the French ch, which other readers misread (Naguib, Rachid)
    expect(form('نجيب', 'latin')).toBe('Najib');
    expect(form('الرشيد', 'cyrillic')).toBe('Ал-Рашид');
    // an h of the Latin spelling that the Arabic does not write is not written in Cyrillic (Sarah = Сара)
    expect(form('سارة', 'cyrillic')).toBe('Сара');
    // a name the lexicon does not know is written by rule from its letters (a first waw is the consonant w)
    expect(form('وحيد', 'latin')).toBe('Wahid');
    // … with an a where the word needs a vowel, not between every two consonants, and a nisba's final -i
    expect(form('تهمینه', 'latin')).toBe('Tahmina');
    expect(form('باربد', 'latin')).toBe('Barbad');
    expect(form('زغاوي', 'latin')).toBe('Zaghawi');
    expect(form('زغاوي', 'cyrillic')).toBe('Загави');
    expect(form('ګلالۍ', 'latin')).toMatch(/^[A-Z][a-z]+$/);
    expect(compareNames('حسين', 'Husein').explanation.a.units[0]!.form).toBe('Hussein');
  });
});
