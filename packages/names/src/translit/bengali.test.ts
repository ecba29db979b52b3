import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { normalizeName } from '../normalize';
import { bengaliToLatin } from './bengali';

const latin = (name: string): string => normalizeName(name).split(' ').map(bengaliToLatin).join(' ');
const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Bengali script', () => {
  it('is read as Bangladeshi papers romanise it (মোহাম্মদ রহমান = Mohammad Rahman, চৌধুরী = Choudhuri)', () => {
    expect(latin('মোহাম্মদ রহমান')).toBe('mohammad rahman');
    expect(latin('চৌধুরী')).toBe('choudhuri');
    expect(latin('খাতুন')).toBe('khatun');
  });
  it('says the vowel a consonant carries, but not at the end, before a virama or before a consonant with its own vowel', () => {
    // আলম Alam, বেগম: said before a last consonant; ইসলাম, সুলতানা: not before a syllable; আব্দুল: the virama
    expect(latin('আলম')).toBe('alam');
    expect(latin('ইসলাম')).toBe('islam');
    expect(latin('সুলতানা')).toBe('sultana');
    expect(latin('আব্দুল্লাহ')).toBe('abdullah');
  });
  it('reads ড় and য় with their nukta, written as one letter or as two (মিয়া = Mia)', () => {
    expect(latin('মিয়া')).toBe('miya');
    expect(latin('মিয\u09bcা')).toBe('miya');
    expect(latin('বড়ুয়া')).toBe('baruya');
  });
  it('finds the Latin, Cyrillic and Arabic-script spellings of the name', () => {
    expect(same('মোহাম্মদ রুবেল মিয়া', 'Md Rubel Mia')).toBe(true);
    expect(same('মিজানুর রহমান', 'Mizanur Rahman')).toBe(true);
    expect(same('মণ্ডল', 'Мондал')).toBe(true);
    expect(same('চৌধুরী', 'Chowdhury')).toBe(true);
    expect(same('রহমান', 'رحمن')).toBe(true);
    expect(same('আক্তার', 'Akhter')).toBe(true);
  });
  it('reads জ and য as z too, the ز of Arabic names that Bengali writes with them (মিজানুর = Mizanur = Mijanur, মজুমদার = Mazumder)', () => {
    expect(same('মিজানুর রহমান', 'Mizanur Rahman')).toBe(true);
    expect(same('মিজানুর রহমান', 'Mijanur Rahman')).toBe(true);
    expect(same('মজুমদার', 'Mazumder')).toBe(true);
    expect(same('জাহিদুল', 'Zahidul')).toBe(true);
  });
  it('keeps other names apart (রহিম Rahim is not Rahman, আলম Alam is not Islam)', () => {
    expect(same('রহিম', 'Rahman')).toBe(false);
    expect(same('আলম', 'Islam')).toBe(false);
    expect(same('হাসান', 'Hussein')).toBe(false);
  });
});
