import { describe, expect, it } from 'vitest';
import { normalizeName } from '../normalize';
import { wordToSymbols } from './index';
import { devanagariOtherSpellings, devanagariToLatin, gurmukhiOtherSpellings, gurmukhiToLatin } from './indic';
import { latinToSymbols } from './latin';

const gurmukhi = (name: string): string => normalizeName(name).split(' ').map((word) => gurmukhiToLatin(word)).join(' ');
const devanagari = (name: string): string => normalizeName(name).split(' ').map((word) => devanagariToLatin(word)).join(' ');

describe('Gurmukhi script', () => {
  it('is read as Punjabi papers romanise it (ਹਰਪ੍ਰੀਤ ਕੌਰ = Harpreet Kaur, ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ = Gurpreet Singh)', () => {
    expect(gurmukhi('ਹਰਪ੍ਰੀਤ ਕੌਰ')).toBe('harpreet kaur');
    expect(gurmukhi('ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ')).toBe('gurpreet singh');
    expect(gurmukhi('ਹੀਰ')).toBe('heer');
    expect(gurmukhi('ਸੁਖਵਿੰਦਰ')).toBe('sukhwinder');
  });
  it('says the vowel a consonant carries, but not at the end or after a vowel and a consonant before a syllable', () => {
    expect(gurmukhi('ਮਨਜੀਤ')).toBe('manjeet');
    expect(gurmukhi('ਜਸਵਿੰਦਰ')).toBe('jaswinder');
    // (read from the end back: the vowel before a consonant that left its own unsaid is said)
    expect(gurmukhi('ਪਰਮਜੀਤ')).toBe('paramjeet');
    expect(gurmukhi('ਅਮਨਦੀਪ')).toBe('amandeep');
    expect(gurmukhi('ਸਿਮਰਨ')).toBe('simran');
  });
  it('reads tippi and bindi as n, the addak as a doubled consonant, and the vowel carriers ੳ ੲ with their signs', () => {
    expect(gurmukhi('ਸੰਦੀਪ')).toBe('sandeep');
    expect(gurmukhi('ਢਿੱਲੋਂ')).toBe('dhillon');
    expect(gurmukhi('ਭੱਟੀ')).toBe('bhatti');
    expect(gurmukhi('ਗਿੱਲ')).toBe('gill');
    expect(gurmukhi('ਉਮਰ')).toBe('umar');
    expect(gurmukhi('ੳੁਮਰ')).toBe('umar');
    expect(gurmukhi('ਇੰਦਰ')).toBe('inder');
  });
  it('reads the nukta letters of Persian words, as one character or two (ਖ਼ਾਨ = Khan, ਸ਼ਰਮਾ = Sharma, ਜ਼ੋਰਾ = Zora)', () => {
    expect(gurmukhi('ਖ਼ਾਨ')).toBe('khan');
    expect(gurmukhi('ਖ\u0a3cਾਨ')).toBe('khan');
    expect(gurmukhi('\u0a36ਰਮਾ')).toBe('sharma');
    expect(gurmukhi('ਸ\u0a3cਰਮਾ')).toBe('sharma');
    expect(gurmukhi('ਜ਼ੋਰਾ')).toBe('zora');
    expect(gurmukhi('ਫ਼ਤਿਹ')).toBe('fateh');
  });
  it('writes ਵ w after a consonant or before ਾ, v elsewhere (ਬਾਜਵਾ, ਰੰਧਾਵਾ = Bajwa, Randhawa; ਨਵਜੋਤ, ਸੁਖਦੇਵ = Navjot, Sukhdev)', () => {
    expect(gurmukhi('ਬਾਜਵਾ')).toBe('bajwa');
    expect(gurmukhi('ਰੰਧਾਵਾ')).toBe('randhawa');
    expect(gurmukhi('ਨਵਜੋਤ')).toBe('navjot');
    expect(gurmukhi('ਸੁਖਦੇਵ')).toBe('sukhdev');
  });
  it('reads ਹਿ after a consonant as the e Punjabi says and writes before the h (ਮਹਿਕ = Mehak, ਸਹਿਜ = Sehaj)', () => {
    expect(gurmukhi('ਮਹਿਕ')).toBe('mehak');
    expect(gurmukhi('ਸਹਿਜ')).toBe('sehaj');
    expect(gurmukhi('ਮਹਿਤਾ')).toBe('mehta');
  });
  it('gives the other spellings papers write: a compound said from its start, a first cluster with ਰ (Harbhajan, Grewal)', () => {
    expect(gurmukhiToLatin('ਹਰਭਜਨ')).toBe('harabhjan');
    expect(gurmukhiOtherSpellings('ਹਰਭਜਨ')).toContain('harbhajan');
    expect(gurmukhiOtherSpellings('ਗੁਰਚਰਨ')).toContain('gurcharan');
    expect(gurmukhiOtherSpellings('ਗਰੇਵਾਲ')).toContain('grewal');
    expect(gurmukhiOtherSpellings('ਬਰਾੜ')).toContain('brar');
    expect(gurmukhiOtherSpellings('ਹਰਵਿੰਦਰ')).toContain('harvinder');
    expect(gurmukhiOtherSpellings('ਹੀਰ')).toEqual([]);
  });
});

describe('Devanagari script', () => {
  it('is read as Hindi and Nepali papers romanise it (राम बहादुर थापा = Ram Bahadur Thapa, सुनीता = Sunita)', () => {
    expect(devanagari('राम बहादुर थापा')).toBe('ram bahadur thapa');
    expect(devanagari('सुनीता')).toBe('sunita');
    expect(devanagari('मोहम्मद')).toBe('mohammad');
    expect(devanagari('गुरुंग')).toBe('gurung');
    expect(devanagari('गुरुङ')).toBe('gurung');
    expect(devanagari('लक्ष्मी')).toBe('lakshmi');
  });
  it('says the last vowel after a cluster, not after a nasal (मिश्र, गुप्त, कृष्ण, श्रेष्ठ; आनन्द = Anand)', () => {
    expect(devanagari('मिश्र')).toBe('mishra');
    expect(devanagari('गुप्त')).toBe('gupta');
    expect(devanagari('कृष्ण')).toBe('krishna');
    expect(devanagari('आदित्य')).toBe('aditya');
    expect(devanagari('आनन्द')).toBe('anand');
    expect(devanagari('आनंद')).toBe('anand');
    expect(devanagari('नरेन्द्र')).toBe('narendra');
  });
  it('says the vowel inside a word as Hindi and Nepali do (पोखरेल = Pokhrel, नम्रता = Namrata, संजना = Sanjana)', () => {
    expect(devanagari('पोखरेल')).toBe('pokhrel');
    expect(devanagari('नम्रता')).toBe('namrata');
    expect(devanagari('संजना')).toBe('sanjana');
    expect(devanagari('विजय')).toBe('vijay');
    expect(devanagari('महर्जन')).toBe('maharjan');
  });
  it('reads anusvara and candrabindu as n, m before p, b, m, and सिंह as Singh', () => {
    expect(devanagari('प्रियंका')).toBe('priyanka');
    expect(devanagari('अंबिका')).toBe('ambika');
    expect(devanagari('चाँदनी')).toBe('chandni');
    expect(devanagari('सिंह')).toBe('singh');
  });
  it('reads the nukta letters, as one character or two (क़ासिम = Qasim, ज़ैनब = Zainab, फ़ातिमा = Fatima, पहाड़ी = Pahari)', () => {
    expect(devanagari('\u0958ासिम')).toBe('qasim');
    expect(devanagari('क\u093cासिम')).toBe('qasim');
    expect(devanagari('ज़ैनब')).toBe('zainab');
    expect(devanagari('फ़ातिमा')).toBe('fatima');
    expect(devanagari('पहाड़ी')).toBe('pahari');
    expect(devanagari('ख़ान')).toBe('khan');
  });
  it('reads ज्ञ gy, व w after a virama (ज्ञानेन्द्र = Gyanendra, विश्वास = Vishwas), and leaves the visarga out', () => {
    expect(devanagari('ज्ञानेन्द्र')).toBe('gyanendra');
    expect(devanagari('विश्वास')).toBe('vishwas');
    expect(devanagari('अरविन्द')).toBe('arvind');
    expect(devanagari('दुःखी')).toBe('dukhi');
  });
  it('gives the other spellings papers write: क्ष as x, a first व as b and ष as s in Nepali ones (Laxmi, Bishnu, Shrestha)', () => {
    expect(devanagariOtherSpellings('लक्ष्मी')).toContain('laxmi');
    expect(devanagariOtherSpellings('विष्णु')).toContain('bishnu');
    expect(devanagariOtherSpellings('श्रेष्ठ')).toContain('shrestha');
    expect(devanagariOtherSpellings('पवन')).toContain('pawan');
    expect(devanagariOtherSpellings('राम')).toEqual([]);
  });
});

describe('the words of Gurmukhi and Devanagari', () => {
  it('are read into the symbols of their Latin spellings, Punjabi and Hindi alike (ਹਰਪ੍ਰੀਤ = हरप्रीत = Harpreet)', () => {
    expect(wordToSymbols('ਹਰਪ੍ਰੀਤ').symbols).toBe(latinToSymbols('harpreet'));
    expect(wordToSymbols('ਸਿੰਘ').symbols).toBe(wordToSymbols('सिंह').symbols);
    expect(wordToSymbols('ਕੌਰ').symbols).toBe(wordToSymbols('कौर').symbols);
    expect(wordToSymbols('ਹਰਪ੍ਰੀਤ').abjad).toBe(false);
  });
});
