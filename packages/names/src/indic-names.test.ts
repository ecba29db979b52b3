import { describe, expect, it } from 'vitest';
import { compareNames, detectScript, normalizeName } from './index';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Gurmukhi and Devanagari as scripts', () => {
  it.each([
    ['ਹਰਪ੍ਰੀਤ ਕੌਰ', 'gurmukhi'], ['ਢਿੱਲੋਂ', 'gurmukhi'], ['ੳੁਮਰ', 'gurmukhi'],
    ['राम बहादुर थापा', 'devanagari'], ['सुनीता।', 'devanagari'], ['क़ासिम', 'devanagari'],
    ['ਹਰਪ੍ਰੀਤ Kaur', 'mixed'], ['हरप्रीत ਕੌਰ', 'mixed'], ['। ॥ १२३ ੧੨੩', 'empty'],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
  it('keep their nukta letters through normalisation, however they were typed (ਖ਼ਾਨ, क़ासिम)', () => {
    expect(normalizeName('ਖ਼ਾਨ')).toBe(normalizeName('ਖ\u0a3cਾਨ'));
    expect(normalizeName('\u0958ासिम')).toBe(normalizeName('क\u093cासिम'));
  });
});

describe('Punjabi names in Gurmukhi', () => {
  it('are the same names in Latin, Cyrillic and Urdu (ਹਰਪ੍ਰੀਤ ਕੌਰ = Harpreet Kaur = Харприт Каур = ہرپریت کور)', () => {
    expect(same('ਹਰਪ੍ਰੀਤ ਕੌਰ', 'Harpreet Kaur')).toBe(true);
    expect(same('ਹਰਪ੍ਰੀਤ ਕੌਰ', 'Харприт Каур')).toBe(true);
    expect(same('ਹਰਪ੍ਰੀਤ ਕੌਰ', 'ہرپریت کور')).toBe(true);
    expect(same('ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', 'Gurpreet Singh')).toBe(true);
    expect(same('ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', 'Гурприт Сингх')).toBe(true);
    expect(same('ਹੀਰ', 'Heer')).toBe(true);
    expect(same('ਹੀਰ', 'ہیر')).toBe(true);
    expect(same('ਹੀਰ', 'Хир')).toBe(true);
  });
  it('match the spellings Punjabi papers write (Jaswinder, Manjeet = Manjit, Sukhwinder, Dhillon, Bhatti)', () => {
    expect(same('ਜਸਵਿੰਦਰ', 'Jaswinder')).toBe(true);
    expect(same('ਮਨਜੀਤ', 'Manjeet')).toBe(true);
    expect(same('ਮਨਜੀਤ', 'Manjit')).toBe(true);
    expect(same('ਸੁਖਵਿੰਦਰ', 'Sukhwinder')).toBe(true);
    expect(same('ਪਰਮਜੀਤ ਸਿੰਘ ਸੰਧੂ', 'Paramjit Singh Sandhu')).toBe(true);
    expect(same('ਅਮਨਦੀਪ ਕੌਰ ਢਿੱਲੋਂ', 'Amandeep Kaur Dhillon')).toBe(true);
    expect(same('ਭੱਟੀ', 'Bhatti')).toBe(true);
    expect(same('ਭੱਟੀ', 'بھٹی')).toBe(true);
    expect(same('ਕੰਵਲਜੀਤ', 'Kanwaljit')).toBe(true);
    expect(same('ਹਰਵਿੰਦਰ', 'Harvinder')).toBe(true);
    expect(same('ਮਹਿਕ', 'Mehak')).toBe(true);
  });
  it('… and the compounds and clusters Punjabi writes without a sign (ਹਰਭਜਨ ਸਿੰਘ ਗਰੇਵਾਲ = Harbhajan Singh Grewal)', () => {
    expect(same('ਹਰਭਜਨ ਸਿੰਘ ਗਰੇਵਾਲ', 'Harbhajan Singh Grewal')).toBe(true);
    expect(same('ਹਰਭਜਨ ਸਿੰਘ ਗਰੇਵਾਲ', 'Харбхаджан Сингх Гревал')).toBe(true);
    expect(same('ਗੁਰਚਰਨ ਸਿੰਘ ਬਰਾੜ', 'Gurcharan Singh Brar')).toBe(true);
  });
  it('are the same names in Devanagari (ਹਰਪ੍ਰੀਤ ਸਿੰਘ = हरप्रीत सिंह)', () => {
    expect(same('ਹਰਪ੍ਰੀਤ ਸਿੰਘ', 'हरप्रीत सिंह')).toBe(true);
    expect(same('ਮਨਜੀਤ ਕੌਰ', 'मनजीत कौर')).toBe(true);
  });
  it('keep different names apart (ਹਰਪ੍ਰੀਤ / ਗੁਰਪ੍ਰੀਤ, ਮਨਜੀਤ / ਮਨਪ੍ਰੀਤ, ਜਸਵਿੰਦਰ / ਸੁਖਵਿੰਦਰ)', () => {
    expect(same('ਹਰਪ੍ਰੀਤ', 'ਗੁਰਪ੍ਰੀਤ')).toBe(false);
    expect(same('ਮਨਜੀਤ', 'ਮਨਪ੍ਰੀਤ')).toBe(false);
    expect(same('ਹਰਜੀਤ', 'ਹਰਪ੍ਰੀਤ')).toBe(false);
    expect(same('ਜਸਵਿੰਦਰ', 'ਸੁਖਵਿੰਦਰ')).toBe(false);
    expect(same('ਗੁਰਮੀਤ', 'ਗੁਰਦੀਪ')).toBe(false);
    expect(same('ਨਵਜੋਤ', 'ਨਵਦੀਪ')).toBe(false);
    expect(same('ਹਰਪ੍ਰੀਤ ਕੌਰ', 'Gurpreet Kaur')).toBe(false);
    expect(same('ਮਨਜੀਤ ਸਿੰਘ', 'Manpreet Singh')).toBe(false);
  });
  it('ਸਿੰਘ = Singh = Сингх = سینگ = سنگھ', () => {
    expect(same('ਸਿੰਘ', 'سنگھ')).toBe(true);
    expect(same('ਸਿੰਘ', 'Singh')).toBe(true);
    expect(same('Singh', 'Сингх')).toBe(true);
    expect(same('ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', 'Gurpreet Singh')).toBe(true);
    expect(same('Singh', 'سینگ')).toBe(true);
  });
});

describe('Hindi and Nepali names in Devanagari', () => {
  it('are the same names in Latin, Cyrillic and Arabic script (राम बहादुर थापा = Ram Bahadur Thapa = Рам Бахадур Тхапа)', () => {
    expect(same('राम बहादुर थापा', 'Ram Bahadur Thapa')).toBe(true);
    expect(same('राम बहादुर थापा', 'Рам Бахадур Тхапа')).toBe(true);
    expect(same('सुनीता', 'Sunita')).toBe(true);
    expect(same('मोहम्मद', 'Mohammad')).toBe(true);
    expect(same('मोहम्मद', 'محمد')).toBe(true);
    expect(same('गुरुंग', 'Gurung')).toBe(true);
    expect(same('लक्ष्मी', 'Lakshmi')).toBe(true);
    expect(same('लक्ष्मी', 'Laxmi')).toBe(true);
  });
  it('… also without the vowel said after a last cluster, and -endra as -ender (भट्ट = Bhatt, सिद्धार्थ = Siddharth, सुरेन्द्र = Surender)', () => {
    expect(same('भट्ट', 'Bhatt')).toBe(true);
    expect(same('सिद्धार्थ', 'Siddharth')).toBe(true);
    expect(same('सुरेन्द्र', 'Surender')).toBe(true);
    expect(same('सुरेन्द्र', 'Mahender')).toBe(false);
  });
  it('match the spellings Hindi and Nepali papers write (Shrestha, Bishnu = Vishnu, Gyanendra, Pokhrel, Singh)', () => {
    expect(same('श्रेष्ठ', 'Shrestha')).toBe(true);
    expect(same('विष्णु', 'Bishnu')).toBe(true);
    expect(same('विष्णु', 'Vishnu')).toBe(true);
    expect(same('ज्ञानेन्द्र', 'Gyanendra')).toBe(true);
    expect(same('पोखरेल', 'Pokhrel')).toBe(true);
    expect(same('पोखरेल', 'Pokharel')).toBe(true);
    expect(same('सुरेश कुमार मिश्रा', 'Suresh Kumar Mishra')).toBe(true);
    expect(same('नरेंद्र सिंह', 'Narendra Singh')).toBe(true);
    expect(same('पवन', 'Pawan')).toBe(true);
    expect(same('हुसैन', 'Hussain')).toBe(true);
    expect(same('फ़ातिमा ख़ान', 'Fatima Khan')).toBe(true);
  });
  it('keep different names apart (सुनीता / सुनील, गीता / सीता, सुरेश / रमेश)', () => {
    expect(same('सुनीता', 'सुनील')).toBe(false);
    expect(same('सुनीता', 'Sunil')).toBe(false);
    expect(same('गीता', 'सीता')).toBe(false);
    expect(same('सुरेश', 'रमेश')).toBe(false);
    expect(same('महेश', 'मुकेश')).toBe(false);
    expect(same('पूजा', 'पूनम')).toBe(false);
    expect(same('विकास', 'विशाल')).toBe(false);
  });
});
